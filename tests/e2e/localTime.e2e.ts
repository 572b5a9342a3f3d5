/**
 * Issue 10: times are shown in the computer's time zone (the audit log showed UTC without
 * saying so: 08:43 Swedish time as 07:43). The expected time is computed for the page's own time
 * zone (Europe/Stockholm in the browser harness, the system's in Electron).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type LaunchedApp } from './harness/launch'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

function localMinute(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

describe('local time', () => {
  it('shows audit log times in the local time zone, not UTC', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
    // The browser harness runs the page with timezoneId 'Europe/Stockholm' (launch.ts).
    if (app.mode === 'browser') expect(timeZone).toBe('Europe/Stockholm')
    const before = new Date()
    await page.getByRole('button', { name: 'Nytt ärende' }).first().click()
    await page.getByRole('button', { name: 'Registrera ny person' }).click()
    await page.getByTestId('subject-name').fill('Tora Tidszon')
    await page.getByRole('button', { name: 'Spara', exact: true }).click()
    await page.getByTestId('new-picked').waitFor()
    await page.getByRole('button', { name: 'Registrera ärendet' }).click()
    await page.getByTestId('case-due').waitFor()
    const after = new Date()

    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    const firstRow = page.getByTestId('audit-table').locator('tbody tr').first()
    await firstRow.waitFor()
    const shown = (await firstRow.locator('td').nth(1).textContent())?.trim()
    const expected = new Set([localMinute(before, timeZone), localMinute(after, timeZone)])
    expect(expected.has(shown!), `${shown} in ${timeZone}`).toBe(true)
    if (timeZone === 'Europe/Stockholm') {
      // Stockholm is never at UTC: the old display would have shown another hour.
      expect(shown).not.toBe(localMinute(after, 'UTC'))
      expect(shown).not.toBe(localMinute(before, 'UTC'))
    }
    // The event itself reads in Swedish from its code.
    expect(await firstRow.locator('td').nth(3).textContent()).toMatch(
      /^DSR-\d{4}-0001: registrerad \(Registerutdrag, mottagen \d{4}-\d{2}-\d{2}\)$/
    )
  })
})
