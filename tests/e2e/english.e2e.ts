/**
 * Issue 10: with the interface in English, no Swedish text from the core shows anywhere: the
 * dashboard, the case list, a case (deadline trail, free copy, tasks, erasure), the data
 * subject, the audit log and the settings. What counts as Swedish text from the core: every
 * literal fragment of the Swedish catalog's messages for core codes (trail steps, planning
 * warnings, free-copy status, alerts, audit texts, tasks, statuses, types, channels, reasons,
 * decisions, legal bases, holidays, errors) that the English catalog does not also contain, plus
 * the renderer's own defaults for stored text (the copy scope, the permitted use of a block, the
 * registerutdrag's name).
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { CORE_ERROR_CODES, CORE_MESSAGE_KEYS } from '../../src/core/codes'
import { en, sv } from '../../src/renderer/src/lib/i18n/catalog'
import { launchApp, type LaunchedApp } from './harness/launch'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

/** The literal text of a catalog message: what is left outside `{arguments}` and ICU keys. */
function literals(template: string): string[] {
  const out: string[] = []
  let text = ''
  let index = 0
  const flush = () => {
    if (text.trim()) out.push(text.trim())
    text = ''
  }
  const body = (nested: boolean): void => {
    while (index < template.length) {
      const char = template[index]!
      if (char === '}' && nested) {
        index++
        return
      }
      if (char === '{') {
        flush()
        index++
        argument()
        continue
      }
      if (char === '#') {
        flush()
        index++
        continue
      }
      text += char
      index++
    }
  }
  const argument = (): void => {
    const head = /^[^,}]*(,\s*(plural|select)\s*,)?/.exec(template.slice(index))!
    if (!head[1]) {
      index = template.indexOf('}', index) + 1
      return
    }
    index += head[0].length
    for (;;) {
      while (template[index] === ' ') index++
      if (template[index] === '}' || index >= template.length) {
        index++
        return
      }
      index = template.indexOf('{', index) + 1
      body(true)
      flush()
    }
  }
  body(false)
  flush()
  return out
}

const RENDERER_DEFAULTS = ['copyScope.all', 'detail.allowedUseDefault', 'letter.registerutdrag']
const KEYS = [
  ...CORE_MESSAGE_KEYS,
  ...CORE_ERROR_CODES.map((code) => `error.${code}`),
  ...RENDERER_DEFAULTS
]
const ENGLISH = Object.values(en).join('\n')
const catalog = sv as Record<string, string>

type Fragment = { key: string; text: string; pattern: RegExp }
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Swedish fragments to look for: with at least four letters and not also English text. */
const FRAGMENTS: Fragment[] = [
  ...new Map(
    KEYS.flatMap((key) => literals(catalog[key] ?? ''))
      .map((text) => text.replace(/^[\s.,:;()–-]+|[\s.,:;()–-]+$/g, ''))
      .filter((text) => (text.match(/\p{L}/gu) ?? []).length >= 4 && !ENGLISH.includes(text))
      .map((text) => [text, text])
  ).values()
].map((text) => ({
  key: KEYS.find((key) => literals(catalog[key] ?? '').some((part) => part.includes(text)))!,
  text,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u')
}))

/** The Swedish core fragments on the current screen (visible text of the main area). */
async function swedishOnScreen(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText()
  return FRAGMENTS.filter((fragment) => fragment.pattern.test(text)).map(
    (fragment) => `${fragment.key}: "${fragment.text}"`
  )
}

async function checkScreen(name: string): Promise<void> {
  const { page } = app!
  expect(await swedishOnScreen(page), name).toEqual([])
  await app!.screenshot(`english-${name}`)
}

const daysAgo = (days: number) => swedishDateOf(new Date(Date.now() - days * 86_400_000))

async function newCase(page: Page, type: string, receivedAt: string, pickExisting: boolean) {
  await page.getByRole('button', { name: 'New case' }).first().click()
  await page.getByTestId('new-type').selectOption(type)
  await page.getByTestId('new-received').fill(receivedAt)
  if (pickExisting) {
    await page.getByTestId('new-subject-search').fill('Mary')
    await page.getByRole('button', { name: 'Choose' }).first().click()
  } else {
    await page.getByRole('button', { name: 'Register a new person' }).click()
    await page.getByTestId('subject-name').fill('Mary English')
    await page.getByTestId('subject-street').fill('Storgatan 1')
    await page.getByTestId('subject-postalCode').fill('17562')
    await page.getByTestId('subject-city').fill('Järfälla')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
  }
  await page.getByTestId('new-picked').waitFor()
  await page.getByRole('button', { name: 'Register the case' }).click()
  await page.getByTestId('case-due').waitFor()
}

async function saved(page: Page): Promise<void> {
  await page.getByText('Saved.').last().waitFor()
}

describe('the interface in English', () => {
  it('shows no Swedish text from the core on any screen', async () => {
    // The list must be long enough to mean something (and would hide a broken extraction).
    expect(FRAGMENTS.length).toBeGreaterThan(250)
    const texts = FRAGMENTS.map((fragment) => fragment.text)
    for (const expected of [
      'Mottagningsdagen räknas inte',
      'Kostnadsfri kopia tillgänglig',
      'Alla uppgifter'
    ])
      expect(
        texts.some((text) => text.includes(expected)),
        expected
      ).toBe(true)

    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await page.getByLabel('Språk').selectOption('en')
    await page.getByRole('link', { name: 'About' }).waitFor()

    // An access case with a clock stop, a done task, an extension, a copy and a registerutdrag.
    await newCase(page, 'access', daysAgo(6), false)
    await page.getByTestId('clock-question-sent').fill(daysAgo(4))
    await page.getByRole('button', { name: 'Stop the clock' }).click()
    await page.getByRole('button', { name: 'Restart the clock' }).click()
    await page.getByRole('button', { name: 'Stop the clock' }).waitFor()
    // The checkbox shows the stored state: it is ticked once the write is done.
    const task = page.getByTestId('case-tasks').getByRole('checkbox').first()
    await task.click()
    await expect.poll(() => task.isChecked()).toBe(true)
    await page.getByTestId('extend-explanation').fill('The data is held in five systems.')
    await page.getByRole('button', { name: 'Extend the deadline' }).click()
    await page.getByTestId('case-extended').waitFor()
    await page.getByRole('button', { name: 'Record delivered copy' }).click()
    await page.getByTestId('case-copy').waitFor()
    await page.getByText('Data in the copy').click()
    await page.getByTestId('create-registerutdrag').click()
    await page.getByTestId('pdf-pages').waitFor({ timeout: 30_000 })
    await page.getByTestId('letter-file').click()
    // Filed in the case under its English name (unsigned: no certificate in this profile).
    await page.getByText('Copy of personal data', { exact: true }).waitFor({ timeout: 30_000 })
    await page.getByText('How the deadline was computed').click()
    await page.getByTestId('case-trail').waitFor()
    expect(await page.getByTestId('case-free-copy').textContent()).not.toBe('')
    await checkScreen('case-access')

    // An erasure case: one category erased, one blocked; the art. 19 checklist beside them.
    await newCase(page, 'erasure', daysAgo(2), true)
    await page.getByRole('radio', { name: 'Block' }).check()
    await page.getByRole('button', { name: 'Save decision' }).click()
    await saved(page)
    await page.getByTestId('erasure-category').selectOption({ index: 1 })
    await page.getByRole('radio', { name: 'Erase' }).check()
    await page.getByRole('button', { name: 'Save decision' }).click()
    await expect.poll(() => page.getByTestId('case-erasure').locator('tr').count()).toBe(2)
    await page.getByText('How the deadline was computed').click()
    await checkScreen('case-erasure')

    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    await checkScreen('dashboard')

    await page.getByRole('link', { name: 'Cases' }).click()
    await page.getByTestId('case-status-filter').selectOption('all')
    await expect.poll(() => page.getByTestId('case-count').textContent()).toMatch(/^2 of 2/)
    await checkScreen('case-list')

    await page.getByRole('link', { name: 'Data subjects' }).click()
    await page.getByRole('link', { name: 'Mary English' }).click()
    await page.getByTestId('subject-cases').waitFor()
    await checkScreen('subject')

    await page.getByRole('link', { name: 'Audit log' }).click()
    await page.getByTestId('audit-table').locator('tbody tr').first().waitFor()
    await page.getByTestId('audit-verify').click()
    await page.getByText(/The log is intact/).waitFor()
    await checkScreen('audit-log')

    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByTestId('inventory-table').waitFor()
    await checkScreen('settings')

    // The check sees Swedish where there is some: the same case list in Swedish.
    await page.getByRole('banner').getByLabel('Language').selectOption('sv')
    await page.getByRole('link', { name: 'Ärenden' }).click()
    await page.getByTestId('case-status-filter').selectOption('all')
    await expect.poll(() => page.getByTestId('case-count').textContent()).toMatch(/^2 av 2/)
    expect(await swedishOnScreen(page)).toEqual(
      expect.arrayContaining(['type.access: "Registerutdrag"', 'type.erasure: "Radering"'])
    )
  })
})
