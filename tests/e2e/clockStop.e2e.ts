/**
 * Issue 13: a suspension can only happen while the period runs (EDPB 01/2022 §159). A clock
 * stop that would begin after the deadline is refused with a Swedish message naming the
 * deadline, and the extension gate stays shut; a stop within the period is accepted and the
 * trail explains it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { computeDeadlines } from '../../src/core/deadlines/deadlines'
import { launchApp, type LaunchedApp } from './harness/launch'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

async function registerCase(app: LaunchedApp, receivedAt: string, name: string): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click()
  await page.getByTestId('new-type').selectOption('access')
  await page.getByTestId('new-received').fill(receivedAt)
  await page.getByRole('button', { name: 'Registrera ny person' }).click()
  await page.getByTestId('subject-name').fill(name)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByTestId('new-picked').waitFor()
  await page.getByRole('button', { name: 'Registrera ärendet' }).click()
  await page.getByTestId('case-due').waitFor()
}

describe('clock stops after the deadline', () => {
  it('refuses a stop that begins after the deadline, in Swedish, and keeps the gate shut', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const today = swedishDateOf(new Date())
    const receivedAt = swedishDateOf(new Date(Date.now() - 50 * 86_400_000))
    const { due } = computeDeadlines(receivedAt)
    await registerCase(app, receivedAt, 'Åsa Sentida')
    expect(await page.getByTestId('case-due').textContent()).toBe(due)

    // The question goes out today, after the deadline: the clock cannot stop any more.
    await page.getByRole('button', { name: 'Stoppa klockan' }).click()
    const refusal = page.getByText(
      `Klockan kan inte stoppas från ${today}: sista dagen var ${due}.`
    )
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain(
      'En frist kan bara stå still medan den löper (EDPB 01/2022 punkt 159).'
    )
    expect(await page.getByRole('button', { name: 'Starta klockan igen' }).count()).toBe(0)
    expect(await page.getByTestId('case-due').textContent()).toBe(due)
    expect(await page.getByText(/Tidsfristen kan inte längre förlängas/).textContent()).toContain(
      due
    )
    await app.screenshot('clock-stop-refused')
  })

  it('accepts a stop while the period runs and explains it in the trail', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const receivedAt = swedishDateOf(new Date(Date.now() - 3 * 86_400_000))
    const today = swedishDateOf(new Date())
    await registerCase(app, receivedAt, 'Örjan Väntar')
    await page.getByRole('button', { name: 'Stoppa klockan' }).click()
    await page.getByRole('button', { name: 'Starta klockan igen' }).waitFor()
    await page.getByText('Så räknades fristen').click()
    await expect
      .poll(() => page.getByTestId('case-trail').textContent())
      .toContain('och står fortfarande still')
    expect(await page.getByTestId('case-trail').textContent()).toContain(`Klockan stod still från`)
    expect(await page.getByTestId('case-trail').textContent()).toMatch(
      new RegExp(`från [a-zåäö]+ ${today}`)
    )
  })
})
