import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { luhnDigit } from '../fixtures/seed'
import { e2eMode, launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { fileLetter, newCase, newSubject } from './helpers/casework'
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

/**
 * Files of Chromium-the-browser that the Electron app does not have (session restore, browsing
 * history, URL-keyed metrics): the browser harness tolerates them, the Electron mode of the
 * scan does not (there every file of the profile counts).
 */
const BROWSER_ONLY = [
  /[\\/]Sessions[\\/]/,
  /[\\/]History(-journal)?$/,
  /[\\/]segmentation_platform[\\/]/
]

/** The property names stored in clear on the raw rows of the case tables (no middleware). */
/** Tables of records about people: the v2 tables, and the pages of subjects and cases (v3). */
const TABLES = ['cases', 'events', 'attachments', 'subjects', 'casePages', 'subjectPages']

function clearFields(page: LaunchedApp['page']) {
  return page.evaluate(async (tables) => {
    const names = (await indexedDB.databases())
      .map((db) => db.name!)
      .filter((name) => name && name !== 'scan-control')
    const out: Record<string, string[]> = {}
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const table of tables) {
        if (!db.objectStoreNames.contains(table)) continue
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(table).objectStore(table).getAll()
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[])
          request.onerror = () => reject(request.error)
        })
        const keys = new Set(out[table] ?? [])
        for (const row of rows) for (const key of Object.keys(row)) keys.add(key)
        out[table] = [...keys].sort()
      }
      db.close()
    }
    return out
  }, TABLES)
}

describe('encrypted vault', () => {
  it('leaves no trace of a person or of what links their cases in any file of the profile', async () => {
    app = await launchApp()
    const { page, userDataDir, dataFolder } = app
    await setUpVault(page)
    await app.screenshot('vault-unlocked-overview')
    const marker = uniqueMarker()
    const tag = marker.name.split(' ')[0]!
    const email = `${tag.toLowerCase()}@example.se`
    const person = {
      name: marker.name,
      personnummer: `${marker.personnummer10.slice(0, 6)}-${marker.personnummer10.slice(6)}`,
      email,
      phone: `070-${marker.personnummer10.slice(3, 10)}`,
      street: `${tag}gatan 7`,
      postalCode: '17562',
      city: `${tag}stad`,
      customerRefs: `K-${tag}`
    }
    await newSubject(page, person)
    await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
    await page.getByRole('cell', { name: marker.name }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('vault-subjects')
    // A case received on a day no other file has reason to name, with its due date.
    await newCase(page, { type: 'access', channel: 'letter', subject: marker.name, daysAgo: 17 })
    const now = await page.evaluate(() => Date.now())
    const receivedAt = swedishDateOf(new Date(now - 17 * 86_400_000))
    const due = /\d{4}-\d{2}-\d{2}/.exec((await page.getByTestId('case-due').textContent()) ?? '')
    expect(due).not.toBeNull()
    await fileLetter(page, 'receiptAcknowledgement', { toPost: false })
    await page.getByTestId('letter-file').click()
    await page.getByText(/är sparat i ärendet|skapas osignerat/).waitFor()

    // Nothing links the person to the case or dates it in clear: blind indexes and sealed values.
    const fields = await clearFields(page)
    // A case page keeps its members' ids in clear (they were primary keys before, ADR 0015).
    expect(fields['casePages']).toEqual(['bidx_subject', 'enc', 'id', 'ids', 'v'])
    expect(fields['subjectPages']).toEqual(['bidx_email', 'bidx_pnr', 'enc', 'id', 'ids', 'v'])
    expect(fields['events']).toEqual(['bidx_case', 'enc', 'id', 'v'])
    expect(fields['attachments']).toEqual(['bidx_case', 'enc', 'id', 'v'])
    for (const table of TABLES)
      for (const name of ['subjectId', 'caseId', 'type', 'status', 'due', 'receivedAt', 'name'])
        expect(fields[table], `${table}.${name}`).not.toContain(name)

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

    expect(listFiles(userDataDir).length).toBeGreaterThan(0)
    expect(findInFiles([userDataDir], [control]).length).toBeGreaterThan(0)
    const needles = [
      marker.name,
      tag,
      marker.personnummer12,
      marker.personnummer10,
      `${marker.personnummer12.slice(0, 8)}-${marker.personnummer12.slice(8)}`,
      person.personnummer,
      email,
      person.phone,
      person.street,
      person.city,
      person.customerRefs,
      receivedAt,
      due![0]
    ]
    // The whole profile and main's data folder, every file.
    const hits = findInFiles([userDataDir, dataFolder], needles)
    const tolerated = (file: string) =>
      e2eMode() === 'browser' && BROWSER_ONLY.some((pattern) => pattern.test(file))
    expect(hits.filter((hit) => !tolerated(hit.file))).toEqual([])
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
