import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { luhnDigit } from '../fixtures/seed'
import { e2eMode, launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { findInFiles, listFiles } from './helpers/profileScan'
import { setUpVault, TEST_PASSPHRASE, unlockVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

function uniqueMarker(): { name: string; personnummer10: string; personnummer12: string } {
  const letters = randomBytes(8)
    .toString('hex')
    .replace(/[0-9]/g, (digit) => 'qwxzjkvbfg'[Number(digit)]!)
  const nine = `7${String(randomBytes(1)[0]! % 10)}0${String(1 + (randomBytes(1)[0]! % 9))}1${String(1 + (randomBytes(1)[0]! % 9))}${String(100 + (randomBytes(2).readUInt16BE() % 900))}`
  const ten = `${nine}${luhnDigit(nine)}`
  return { name: `Zyx${letters} Qwertsson`, personnummer10: ten, personnummer12: `19${ten}` }
}

async function createSubject(
  app: LaunchedApp,
  name: string,
  personnummer: string,
  email: string
): Promise<void> {
  const { page } = app
  await page.getByRole('link', { name: 'Registrerade' }).click()
  await page.getByRole('button', { name: 'Ny registrerad' }).click()
  await page.getByTestId('subject-name').fill(name)
  await page.getByTestId('subject-personnummer').fill(personnummer)
  await page.getByTestId('subject-email').fill(email)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByText('Den registrerade är sparad.').waitFor()
}

describe('encrypted vault', () => {
  it('leaves no trace of a subject in any file of the IndexedDB folder', async () => {
    app = await launchApp()
    const { page, userDataDir } = app
    await setUpVault(page)
    await app.screenshot('vault-unlocked-overview')
    const marker = uniqueMarker()
    const email = `${marker.name.split(' ')[0]!.toLowerCase()}@example.se`
    await createSubject(
      app,
      marker.name,
      `${marker.personnummer10.slice(0, 6)}-${marker.personnummer10.slice(6)}`,
      email
    )
    await page.getByRole('cell', { name: marker.name }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('vault-subjects')

    // Positive control: plaintext written to IndexedDB by the page IS found by the same scan.
    const control = `Kontrollmarkör${randomBytes(6).toString('hex')}`
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('scan-control', 1)
          request.onupgradeneeded = () => request.result.createObjectStore('plain')
          request.onsuccess = () => {
            const tx = request.result.transaction('plain', 'readwrite')
            tx.objectStore('plain').put({ text }, 'x')
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          }
          request.onerror = () => reject(request.error)
        }),
      control
    )
    await app.close({ keepProfile: true })
    const appAfterClose = app
    app = undefined

    // Chromium keeps a profile's storage under Default/, Electron directly in userData.
    const profileRoot = e2eMode() === 'electron' ? userDataDir : path.join(userDataDir, 'Default')
    const indexedDbFolder = path.join(profileRoot, 'IndexedDB')
    const files = listFiles(indexedDbFolder)
    expect(files.length).toBeGreaterThan(0)
    expect(findInFiles([indexedDbFolder], [control]).length).toBeGreaterThan(0)

    const needles = [
      marker.name,
      marker.name.split(' ')[0]!,
      marker.personnummer12,
      marker.personnummer10,
      `${marker.personnummer12.slice(0, 8)}-${marker.personnummer12.slice(8)}`,
      `${marker.personnummer10.slice(0, 6)}-${marker.personnummer10.slice(6)}`,
      email
    ]
    const storage = ['IndexedDB', 'Local Storage', 'Session Storage'].map((folder) =>
      path.join(profileRoot, folder)
    )
    expect(findInFiles(storage, needles)).toEqual([])
    await appAfterClose.close()
  })

  it('locks on a lock-screen event, drops the data from the page, and unlocks again', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await createSubject(app, 'Märta Åkesson-Öberg', '', 'marta@example.se')
    await page.getByRole('cell', { name: 'Märta Åkesson-Öberg' }).waitFor()

    await app.emit('app:lock-requested', { reason: 'lock-screen' })
    await page.getByText('Programmet låstes när datorns skärm låstes.').waitFor()
    expect(await page.content()).not.toContain('Märta')
    await app.screenshot('vault-locked')

    await page.getByTestId('unlock-passphrase').fill('en helt fel lösenfras')
    await page.getByRole('button', { name: 'Lås upp' }).click()
    await page.getByText('Fel lösenfras. Försök igen.').waitFor()
    await app.screenshot('vault-wrong-passphrase')

    await unlockVault(page)
    await page.getByRole('link', { name: 'Registrerade' }).click()
    await page.getByRole('cell', { name: 'Märta Åkesson-Öberg' }).waitFor()
  })

  it('refuses an easily guessed passphrase with the reason and offers a generated one', async () => {
    app = await launchApp()
    const { page } = app
    await page.getByTestId('new-passphrase').fill('Sommar2024!!')
    await page.getByTestId('confirm-passphrase').fill('Sommar2024!!')
    await page.getByRole('button', { name: 'Skapa krypterat register' }).click()
    await page.getByText('Lösenfrasen är för lätt att gissa.').waitFor()
    await page.getByText(/Ett vanligt ord med siffror och tecken/).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('vault-weak-passphrase')
    await page.getByRole('button', { name: 'Föreslå en lösenfras' }).click()
    const suggested = await page.getByTestId('new-passphrase').inputValue()
    expect(suggested.split('-')).toHaveLength(5)
    expect(await page.getByTestId('confirm-passphrase').inputValue()).toBe(suggested)
    await page.getByTestId('suggested-passphrase').getByText(suggested).waitFor()
    await app.screenshot('vault-suggested-passphrase')
    await page.getByRole('button', { name: 'Skapa krypterat register' }).click()
    await page.getByTestId('recovery-key').waitFor({ timeout: 30_000 })
  })

  it('unlocks with the recovery key and requires a new passphrase', async () => {
    app = await launchApp()
    const { page } = app
    const recoveryKey = await setUpVault(page)
    await page.getByTestId('lock-button').click()
    await page.getByText('Programmet är låst.').waitFor()
    await page.getByRole('button', { name: /använd återställningsnyckeln/ }).click()
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1)
    await page.getByTestId('unlock-recovery').fill(typo)
    await page.getByRole('button', { name: 'Lås upp' }).click()
    await page.getByText('Nyckeln innehåller ett skrivfel').waitFor()
    await page.getByTestId('unlock-recovery').fill(recoveryKey.toLowerCase().replace(/-/g, ' '))
    await page.getByRole('button', { name: 'Lås upp' }).click()
    await page.getByRole('heading', { name: 'Välj en ny lösenfras' }).waitFor()
    await page.getByTestId('new-passphrase').fill('ett nytt minnesvärt lösenord')
    await page.getByTestId('confirm-passphrase').fill('ett nytt minnesvärt lösenord')
    await page.getByRole('button', { name: 'Spara ny lösenfras' }).click()
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor()
    await page.getByTestId('lock-button').click()
    await unlockVault(page, 'ett nytt minnesvärt lösenord')
  })

  it('locks by itself after the idle time', async () => {
    // The fake clock is in place before the app's first script, so every timer is the test's.
    app = await launchApp({ fakeClock: true })
    const { page } = app
    await setUpVault(page, TEST_PASSPHRASE)
    await page.getByRole('link', { name: 'Inställningar' }).click()
    await page.getByTestId('idle-minutes').fill('2')
    await page
      .getByRole('form', { name: /Lås automatiskt/ })
      .getByRole('button', { name: 'Spara', exact: true })
      .click()
    await page.getByText('Tiden för automatisk låsning är sparad.').waitFor()
    // Wait on state: the stored setting has come back through the live query.
    await expect.poll(() => page.getByTestId('idle-minutes').inputValue()).toBe('2')
    // Idle time counts from the last action (the click on Spara), whenever the app re-reads
    // the setting, so the outcome does not depend on how fast this machine is.
    await page.clock.fastForward('01:00')
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(true)
    expect(await page.getByTestId('unlock-passphrase').count()).toBe(0)
    await page.clock.fastForward('01:30')
    await page.getByText('Programmet låstes eftersom det inte användes på en stund.').waitFor()
    await app.screenshot('vault-idle-locked')
  })
})
