import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addDays, addMonths, swedishDateOf } from '../../src/core/calendar/isoDate'
import { eml } from '../fixtures/email'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { dropFile } from './helpers/drop'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

const TABLES = ['cases', 'events', 'attachments', 'attachmentData', 'subjects'] as const

/** Records per table, straight from IndexedDB (the app's database, its own connection). */
function countRows(page: Page): Promise<Record<(typeof TABLES)[number], number>> {
  return page.evaluate(async (tables) => {
    const name = localStorage.getItem('dpo-desk.active-db') ?? 'dpo-desk'
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const count = (table: string, index?: string) =>
      new Promise<number>((resolve, reject) => {
        const store = db.transaction(table, 'readonly').objectStore(table)
        const request = index ? store.index(index).count() : store.count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    // Subjects and cases are members of sealed pages (ADR 0015): one entry each in the pages'
    // index of member ids; rows of the v2 tables count too.
    const pagesOf: Record<string, string> = { cases: 'casePages', subjects: 'subjectPages' }
    const counts: Record<string, number> = {}
    for (const table of tables) {
      const pages = pagesOf[table]
      counts[table] = (await count(table)) + (pages ? await count(pages, 'ids') : 0)
    }
    db.close()
    return counts as Record<(typeof tables)[number], number>
  }, TABLES)
}

describe("the app's own storage limitation (issue 16)", () => {
  it('deletes a case closed more than five years ago with its attachments; the annual report still counts it', async () => {
    // The page's clock is the test's: today a request comes in by e-mail, is answered and
    // closed; then the clock moves six years on.
    app = await launchApp({ fakeClock: true })
    const { page } = app
    await setUpVault(page)
    const now = new Date()
    const year = swedishDateOf(now).slice(0, 4)
    await dropFile(page, {
      name: 'begaran.eml',
      type: 'message/rfc822',
      bytes: eml(
        {
          From: 'Åsa Ek <asa@example.se>',
          Subject: 'Begäran om registerutdrag',
          Date: new Date(now.getTime() - 3_600_000).toUTCString(),
          'MIME-Version': '1.0',
          'Content-Type': 'multipart/mixed; boundary="b"'
        },
        [
          '--b',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Jag vill ha ett registerutdrag.',
          '--b--',
          ''
        ].join('\r\n')
      )
    })
    await page.getByTestId('intake-register').click()
    await page.getByTestId('subject-save').click()
    await page.getByTestId('intake-matched').waitFor()
    await page.getByTestId('intake-create').click()
    await page.getByTestId('case-due').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `DSR-${year}-0001`
    )
    await page.getByRole('button', { name: 'Ändra status till Besvarad' }).click()
    await page.getByRole('button', { name: 'Avsluta ärendet' }).click()
    await page.getByRole('button', { name: 'Öppna igen' }).waitFor()
    const before = await countRows(page)
    // The original .eml is the case's one attachment.
    expect(before).toMatchObject({ cases: 1, attachments: 1, attachmentData: 1, subjects: 1 })
    expect(before.events).toBeGreaterThan(0)

    // Five years and a day later the case is due for deletion (not a day before).
    const closedOn = swedishDateOf(new Date())
    const deletableFrom = addDays(addMonths(closedOn, 60), 1)
    await page.getByRole('link', { name: 'Inställningar' }).click()
    await page.getByTestId('retention-years').waitFor()
    expect(await page.getByText('Inga ärenden ska gallras nu').count()).toBe(1)
    await page.clock.setSystemTime(new Date(`${deletableFrom}T10:00:00`))
    await page.getByRole('link', { name: 'Översikt' }).click()
    await page.getByRole('link', { name: 'Inställningar' }).click()
    await page.getByTestId('retention-due').waitFor()
    expect(await page.getByTestId('retention-due').textContent()).toContain(`DSR-${year}-0001`)
    expect(await page.getByTestId('retention-due').textContent()).toContain(deletableFrom)
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByTestId('retention-delete').click()
    await page.getByTestId('retention-confirm').click()
    await page
      .getByText('1 ärende raderade (1 bilaga, 1 person). Årsrapporten räknar med dem.')
      .waitFor()
    await app.screenshot('screen-retention-deleted')

    // Gone from IndexedDB: the case, its events, the attachment's metadata and bytes, the person.
    expect(await countRows(page)).toEqual({
      cases: 0,
      events: 0,
      attachments: 0,
      attachmentData: 0,
      subjects: 0
    })
    await page.getByRole('link', { name: 'Ärenden' }).click()
    await page.getByTestId('case-status-filter').selectOption('all')
    await expect.poll(() => page.getByTestId('case-count').textContent()).toMatch(/^0 /)

    // The annual report of the year it came in still counts it, answered within a month.
    await page.getByRole('link', { name: 'Årsrapport' }).click()
    await page.getByRole('combobox', { name: 'År' }).selectOption(year)
    await expect.poll(() => page.getByTestId('reports-total').textContent()).toBe('1')
    expect(await page.getByTestId('reports-deleted').textContent()).toContain(
      '1 av ärendena har raderats'
    )
    expect(
      await page.getByRole('row', { name: /Besvarade inom en månad/ }).textContent()
    ).toContain('100 %')

    // The audit log records the deletion and still verifies.
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page.getByText(`DSR-${year}-0001: raderat när lagringstiden gått ut`).waitFor()
    await page.getByTestId('audit-verify').click()
    await page.getByText(/Loggen är obruten/).waitFor()
  })
})
