import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { setUpVault, unlockVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

async function createSubject(page: LaunchedApp['page'], name: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny registrerad' }).click()
  await page.getByTestId('subject-name').fill(name)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByText('Den registrerade är sparad.').waitFor()
}

/** The high-water mark main keeps in its data folder, once it counts `count` events. */
async function waitForMark(dataFolder: string, count: number): Promise<void> {
  const file = path.join(dataFolder, 'audit-mark.json')
  const deadline = Date.now() + 30_000
  for (;;) {
    if (
      existsSync(file) &&
      (JSON.parse(readFileSync(file, 'utf8')) as { count: number }).count === count
    )
      return
    if (Date.now() > deadline) throw new Error(`main's audit mark never reached ${count}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('audit log completeness', () => {
  it('warns at the next unlock when the last events were deleted in IndexedDB', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await page.getByRole('link', { name: 'Registrerade' }).click()
    for (const name of ['Märta Åkesson', 'Åke Östberg', 'Karin Ek']) await createSubject(page, name)
    await waitForMark(app.dataFolder, 3)

    await page.getByTestId('lock-button').click()
    await page.getByTestId('unlock-passphrase').waitFor()
    // Someone with the profile files deletes the last two events and the stored head: the
    // hash chain alone would still verify.
    const deleted = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const name = localStorage.getItem('dpo-desk.active-db') ?? 'dpo-desk'
          const request = indexedDB.open(name)
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const idb = request.result
            const tx = idb.transaction(['auditLog', 'settings'], 'readwrite')
            const log = tx.objectStore('auditLog')
            const keys = log.index('seq').getAllKeys()
            keys.onsuccess = () => {
              const last = (keys.result as IDBValidKey[]).slice(-2)
              for (const key of last) log.delete(key)
              tx.objectStore('settings').delete('audit-head')
              tx.oncomplete = () => {
                idb.close()
                resolve(last.length)
              }
            }
            tx.onerror = () => reject(tx.error)
          }
        })
    )
    expect(deleted).toBe(2)

    await unlockVault(page)
    const warning = page.getByTestId('audit-integrity-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toContain(
      'De senaste 2 händelserna saknas i granskningsloggen (nr 2–3)'
    )
    expect(await warning.textContent()).toMatch(/registrerades efter \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('audit-incomplete-warning')

    // Recording the gap writes it into the log; the next unlock no longer warns.
    await page.getByRole('button', { name: 'Anteckna avvikelsen i loggen' }).click()
    await page.getByText('Avvikelsen är antecknad i granskningsloggen.').waitFor()
    await waitForMark(app.dataFolder, 2)
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page.getByRole('cell', { name: /Avvikelse i granskningsloggen antecknad/ }).waitFor()
    await page.getByTestId('lock-button').click()
    await unlockVault(page)
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page.getByTestId('audit-verify').click()
    await page.getByText(/Loggen är obruten: alla 2 händelser stämmer/).waitFor()
    expect(await page.getByTestId('audit-integrity-warning').count()).toBe(0)
  })
})
