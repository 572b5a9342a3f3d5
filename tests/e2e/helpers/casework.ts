/**
 * What a DPO does on almost every screen of an E2E walk-through: register a person and a case,
 * preview a letter, create a certificate, and check a screen for accessibility with a
 * screenshot. Shared by the specs so each reads as the DPO's steps.
 */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { swedishDateOf } from '../../../src/core/calendar/isoDate'
import type { LaunchedApp } from '../harness/launch'
import { seriousA11yViolations } from './axe'

export type Person = {
  name: string
  personnummer?: string
  email?: string
  co?: string
  street?: string
  postalCode?: string
  city?: string
  customerRefs?: string
}

/** No serious accessibility violation on the screen, then its screenshot. */
export async function checkScreen(current: LaunchedApp, name: string): Promise<void> {
  const found = await seriousA11yViolations(current.page)
  expect(found, `${name}: ${JSON.stringify(found)}`).toEqual([])
  await current.screenshot(name)
}

export async function newSubject(page: Page, person: Person): Promise<void> {
  await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
  await page.getByRole('button', { name: 'Ny registrerad' }).click()
  for (const [key, value] of Object.entries(person)) {
    if (value) await page.getByTestId(`subject-${key}`).fill(value)
  }
  await page.getByTestId('subject-save').click()
  await page.getByText('Den registrerade är sparad.').waitFor()
}

/** Registers a case for an existing person; resolves with the case page's URL. */
export async function newCase(
  page: Page,
  input: { type: string; channel: string; subject: string; daysAgo?: number }
): Promise<string> {
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click()
  await page.getByTestId('new-subject-search').fill(input.subject)
  await page
    .locator('.pick-list li', { hasText: input.subject })
    .getByRole('button', { name: 'Välj' })
    .click()
  await page.getByTestId('new-picked').waitFor()
  await page.getByTestId('new-type').selectOption(input.type)
  await page.getByTestId('new-channel').selectOption(input.channel)
  // The page's clock (a fake one in some specs), not the test's.
  const now = await page.evaluate(() => Date.now())
  await page
    .getByTestId('new-received')
    .fill(swedishDateOf(new Date(now - (input.daysAgo ?? 1) * 86_400_000)))
  await page.getByRole('button', { name: 'Registrera ärendet' }).click()
  await page.getByTestId('case-due').waitFor()
  return page.url()
}

/** Picks a template and opens its preview (the pages drawn). */
export async function fileLetter(page: Page, template: string, options: { toPost?: boolean } = {}) {
  await page.getByTestId('letter-template').selectOption(template)
  const toPost = page.getByLabel('Lägg i utskickskön (ska postas)')
  if (options.toPost !== undefined && (await toPost.isChecked()) !== options.toPost)
    await toPost.click()
  await page.getByTestId('create-letter').click()
  await waitForPreview(page)
}

export async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId('pdf-pages').waitFor({ timeout: 30_000 })
  await page.locator('[data-testid="pdf-pages"] canvas[data-drawn="true"]').first().waitFor()
}

export async function generateCertificate(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Inställningar' }).click()
  await page.getByTestId('signing-generate').click()
  await page.getByTestId('signing-current').waitFor({ timeout: 30_000 })
}
