/**
 * Issue 10: one live query feeds every screen. The IndexedDB reads of the page are counted per
 * object store (an init script wraps get/getAll/openCursor/… of IDBObjectStore and IDBIndex)
 * while the DPO unlocks and visits every screen: the cases, subjects and events tables are read
 * in full at most once per unlock (the store loads from the sealed digests), and never again
 * when she moves between screens; opening a case reads that case's row and events by key or
 * index, and the digests are not read again either.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { launchApp, type LaunchedApp } from './harness/launch'
import {
  fullReadBeside,
  IDB_READ_COUNTER,
  idbReads,
  readsBetween,
  resetIdbReads,
  type IdbReads
} from './helpers/idbReads'
import { setUpVault, unlockVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

// Subjects and cases are stored in pages (record format v3, ADR 0015).
const SUMMARISED = ['casePages', 'subjectPages', 'events'] as const
const daysAgo = (days: number) => swedishDateOf(new Date(Date.now() - days * 86_400_000))

async function registerCase(page: Page, type: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click()
  await page.getByTestId('new-type').selectOption(type)
  await page.getByTestId('new-received').fill(daysAgo(3))
  await page.getByRole('button', { name: 'Registrera ny person' }).click()
  await page.getByTestId('subject-name').fill(name)
  await page.getByTestId('subject-street').fill('Storgatan 1')
  await page.getByTestId('subject-postalCode').fill('17562')
  await page.getByTestId('subject-city').fill('Järfälla')
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByTestId('new-picked').waitFor()
  await page.getByRole('button', { name: 'Registrera ärendet' }).click()
  await page.getByTestId('case-due').waitFor()
}

const fullReads = (reads: IdbReads, store: string) => reads[store]?.full ?? 0
const anyReads = (reads: IdbReads, store: string) =>
  (reads[store]?.full ?? 0) + (reads[store]?.keyed ?? 0)

describe('one store feeds every screen', () => {
  it('reads cases, subjects and events in full at most once per unlock, never between screens', async () => {
    app = await launchApp({ initScript: IDB_READ_COUNTER })
    const { page } = app
    await setUpVault(page)
    await registerCase(page, 'access', 'Anna Läsning')
    await registerCase(page, 'erasure', 'Bertil Läsning')
    await page.getByRole('button', { name: 'Stoppa klockan' }).click()
    await page.getByRole('button', { name: 'Starta klockan igen' }).waitFor()

    // A new unlock: the store loads once, from the digests.
    await page.getByTestId('lock-button').click()
    await page.getByTestId('unlock-passphrase').waitFor()
    await resetIdbReads(page)
    await unlockVault(page)
    await page.getByRole('link', { name: 'Ärenden' }).click()
    await page.getByTestId('case-status-filter').selectOption('all')
    await expect.poll(() => page.getByTestId('case-count').textContent()).toBe('2 av 2 ärenden')
    // The archive is read in the background; the baseline is taken once the store is complete.
    await expect.poll(() => page.getByTestId('store-incomplete').count()).toBe(0)
    const loaded = await idbReads(page)
    console.log('IndexedDB reads of the unlock:', JSON.stringify(loaded))
    expect(anyReads(loaded, 'digests'), JSON.stringify(loaded)).toBeGreaterThan(0)
    for (const store of SUMMARISED)
      expect(
        fullReads(loaded, store),
        `${store} on unlock: ${JSON.stringify(loaded)}`
      ).toBeLessThanOrEqual(1)

    // Every screen, twice over for the lists; two cases and a subject opened.
    const screens: [string, () => Promise<void>][] = [
      [
        'dashboard',
        async () => {
          await page.getByRole('link', { name: 'Översikt' }).click()
          await page.getByRole('heading', { name: 'Översikt' }).waitFor()
        }
      ],
      [
        'case list',
        async () => {
          await page.getByRole('link', { name: 'Ärenden' }).click()
          await page.getByTestId('case-count').waitFor()
        }
      ],
      [
        'case detail (access)',
        async () => {
          await page
            .getByRole('link', { name: 'DSR-' + new Date().getFullYear() + '-0001' })
            .click()
          await page.getByTestId('case-due').waitFor()
        }
      ],
      [
        'subjects',
        async () => {
          await page.getByRole('link', { name: 'Registrerade' }).click()
          await page.getByTestId('subjects-table').waitFor()
        }
      ],
      [
        'subject detail',
        async () => {
          await page.getByRole('link', { name: 'Bertil Läsning' }).click()
          await page.getByTestId('subject-cases').waitFor()
        }
      ],
      [
        'case detail (erasure, from the subject)',
        async () => {
          await page.getByTestId('subject-cases').getByRole('link').first().click()
          await page.getByTestId('case-erasure').waitFor({ state: 'attached' })
        }
      ],
      [
        'mail queue',
        async () => {
          await page.getByRole('link', { name: 'Utskick' }).click()
          await page.getByRole('heading', { name: 'Utskickskö' }).waitFor()
        }
      ],
      [
        'reports',
        async () => {
          await page.getByRole('link', { name: 'Årsrapport' }).click()
          await page.getByTestId('reports-total').waitFor()
        }
      ],
      [
        'audit log',
        async () => {
          await page.getByRole('link', { name: 'Granskningslogg' }).click()
          await page.getByTestId('audit-table').locator('tbody tr').first().waitFor()
        }
      ],
      [
        'settings',
        async () => {
          await page.getByRole('link', { name: 'Inställningar' }).click()
          await page.getByTestId('inventory-table').waitFor()
        }
      ],
      [
        'dashboard again',
        async () => {
          await page.getByRole('link', { name: 'Översikt' }).click()
          await page.getByRole('heading', { name: 'Översikt' }).waitFor()
        }
      ],
      [
        'case list again',
        async () => {
          await page.getByRole('link', { name: 'Ärenden' }).click()
          await page.getByTestId('case-count').waitFor()
        }
      ]
    ]
    const perScreen: Record<string, IdbReads> = {}
    let before = loaded
    for (const [name, visit] of screens) {
      await visit()
      const after = await idbReads(page)
      perScreen[name] = readsBetween(before, after)
      before = after
    }
    console.log('IndexedDB reads per screen after the load:', JSON.stringify(perScreen))

    const moving = readsBetween(loaded, before)
    for (const store of [...SUMMARISED, 'digests'])
      expect(fullReads(moving, store), `${store} read in full between screens`).toBe(0)
    expect(anyReads(moving, 'digests'), 'digests read between screens').toBe(0)
    // Keyed reads of cases and events only where a case is opened (its row, its events).
    for (const [name, reads] of Object.entries(perScreen)) {
      const opensCase = name.startsWith('case detail')
      if (!opensCase) {
        expect(anyReads(reads, 'casePages'), `cases read on ${name}`).toBe(0)
        expect(anyReads(reads, 'events'), `events read on ${name}`).toBe(0)
      } else {
        expect(reads['casePages']?.keyed ?? 0, `case pages read on ${name}`).toBeLessThanOrEqual(1)
        expect(reads['events']?.keyed ?? 0, `event reads on ${name}`).toBeLessThanOrEqual(1)
      }
      // Subjects are read by key only, for the one person shown.
      expect(
        reads['subjectPages']?.keyed ?? 0,
        `subject pages read on ${name}`
      ).toBeLessThanOrEqual(1)
    }
    // The counter sees the reads: the access case, not opened since the unlock, was read once.
    expect(perScreen['case detail (access)']?.['casePages']).toEqual({
      full: 0,
      keyed: 1,
      count: 0
    })
    expect(perScreen['case detail (access)']?.['events']).toEqual({ full: 0, keyed: 1, count: 0 })
    // Over the whole unlock, still at most one full read of each summarised table.
    const total = await idbReads(page)
    for (const store of SUMMARISED)
      expect(fullReads(total, store), `${store} since the unlock`).toBeLessThanOrEqual(1)

    // The counter sees a full read when there is one: one made here, beside the app.
    await fullReadBeside(page, 'casePages')
    expect(fullReads(readsBetween(total, await idbReads(page)), 'casePages')).toBe(1)
  })
})
