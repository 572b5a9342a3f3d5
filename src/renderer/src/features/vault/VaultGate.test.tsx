/**
 * The passphrase strength rules in the vault screens (issue 14 item 5): a weak new passphrase
 * is refused with the checker's feedback, a suggested one is accepted, and a weak passphrase
 * an existing vault was made with is flagged after unlock with an offer to change it.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createKeyring,
  generateRecoveryKey,
  hkdfSha256,
  newArgon2Params,
  newDataKey,
  passphraseStrength,
  utf8,
  type PassphraseKdf
} from '@core/crypto'
import { createDb, setActiveDbName } from '../../data/db'
import { saveKeyring } from '../../data/repos/keyring.repo'
import { I18nProvider } from '../../lib/i18n'
import { VaultGate } from './VaultGate'
import { VaultProvider } from './VaultProvider'

// Argon2id runs in main; a fast stand-in with the same contract.
const fakeKdf: PassphraseKdf = async (passphrase, params) =>
  hkdfSha256(utf8(passphrase), utf8(params.salt), 'test-kdf')

let root: Root
let container: HTMLElement

beforeEach(() => {
  // A fresh in-memory database per test (fake-indexeddb).
  setActiveDbName(`vault-gate-${crypto.randomUUID()}`)
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  Object.defineProperty(window, 'api', {
    configurable: true,
    value: {
      invoke: vi.fn(async () => ({ ok: true, value: {} })),
      on: vi.fn(() => () => {})
    }
  })
  container = document.createElement('div')
  document.body.appendChild(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

function renderGate(): void {
  act(() =>
    root.render(
      <I18nProvider>
        <VaultProvider kdf={fakeKdf} reload={() => {}}>
          <VaultGate>
            <p data-testid="app">app</p>
          </VaultGate>
        </VaultProvider>
      </I18nProvider>
    )
  )
}

const byTestId = (id: string) => container.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)

async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find()
    if (found) return found
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
    })
  }
  throw new Error('never appeared')
}

function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click()
  })
}

describe('vault screens and passphrase strength', () => {
  it('refuses Sommar2024!! at setup with the reason, and accepts a suggested passphrase', async () => {
    renderGate()
    const passphrase = await waitFor(() => byTestId('new-passphrase'))
    type(passphrase, 'Sommar2024!!')
    type(byTestId('confirm-passphrase')!, 'Sommar2024!!')
    await click(button('Skapa krypterat register'))
    expect(container.textContent).toContain('Lösenfrasen är för lätt att gissa.')
    expect(container.textContent).toContain(
      'Ett vanligt ord med siffror och tecken före eller efter är det första en angripare provar.'
    )
    expect(byTestId('recovery-key')).toBeNull()

    await click(button('Föreslå en lösenfras'))
    const suggested = byTestId('new-passphrase')!.value
    expect(suggested.split('-')).toHaveLength(5)
    expect(byTestId('confirm-passphrase')!.value).toBe(suggested)
    expect(byTestId('suggested-passphrase')!.textContent).toContain(suggested)
    expect(passphraseStrength(suggested).isStrongEnough).toBe(true)
    await click(button('Skapa krypterat register'))
    await waitFor(() => byTestId('recovery-key'))
  })

  it('flags a weak passphrase of an existing vault after unlock and offers to change it', async () => {
    // A vault made before the strength check, with a passphrase it would refuse today.
    const weak = 'Sommar2024!!'
    const db = createDb()
    const kdf = newArgon2Params()
    const keyring = createKeyring({
      dek: newDataKey(),
      passphraseKek: await fakeKdf(weak, kdf),
      kdf,
      recoveryKey: generateRecoveryKey(),
      now: new Date('2025-06-01T10:00:00Z')
    })
    await saveKeyring(db, keyring, new Date('2025-06-01T10:00:00Z'))
    db.close()

    renderGate()
    type(await waitFor(() => byTestId('unlock-passphrase')), weak)
    await click(button('Lås upp'))
    await waitFor(() =>
      [...container.querySelectorAll('h1')].find(
        (h) => h.textContent === 'Byt till en starkare lösenfras'
      )
    )
    expect(byTestId('app')).toBeNull()

    // A weak replacement is refused too; a strong one is saved and opens the app.
    type(byTestId('new-passphrase')!, 'Vinter2025!!')
    type(byTestId('confirm-passphrase')!, 'Vinter2025!!')
    await click(button('Byt lösenfras'))
    expect(container.textContent).toContain('Lösenfrasen är för lätt att gissa.')
    const strong = 'Blåbär i november smakar salt'
    type(byTestId('new-passphrase')!, strong)
    type(byTestId('confirm-passphrase')!, strong)
    await click(button('Byt lösenfras'))
    await waitFor(() => byTestId('app'))
  })

  it('lets the DPO continue without changing it', async () => {
    const weak = 'Vinter2025!!'
    const db = createDb()
    const kdf = newArgon2Params()
    await saveKeyring(
      db,
      createKeyring({
        dek: newDataKey(),
        passphraseKek: await fakeKdf(weak, kdf),
        kdf,
        recoveryKey: generateRecoveryKey(),
        now: new Date('2025-06-01T10:00:00Z')
      }),
      new Date('2025-06-01T10:00:00Z')
    )
    db.close()
    renderGate()
    type(await waitFor(() => byTestId('unlock-passphrase')), weak)
    await click(button('Lås upp'))
    await click(
      await waitFor(() =>
        [...container.querySelectorAll('button')].find((b) =>
          b.textContent?.startsWith('Fortsätt utan att byta')
        )
      )
    )
    await waitFor(() => byTestId('app'))
  })

  it('goes straight to the app after unlocking with a strong passphrase', async () => {
    const strong = 'Gröna äpplen dansar i månsken'
    const db = createDb()
    const kdf = newArgon2Params()
    await saveKeyring(
      db,
      createKeyring({
        dek: newDataKey(),
        passphraseKek: await fakeKdf(strong, kdf),
        kdf,
        recoveryKey: generateRecoveryKey(),
        now: new Date('2025-06-01T10:00:00Z')
      }),
      new Date('2025-06-01T10:00:00Z')
    )
    db.close()
    renderGate()
    type(await waitFor(() => byTestId('unlock-passphrase')), strong)
    await click(button('Lås upp'))
    await waitFor(() => byTestId('app'))
  })
})
