import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { computeDeadlines } from '../../src/core/deadlines/deadlines'
import { workingDaysBefore } from '../../src/core/calendar/holidays'
import type { Page } from 'playwright-core'
import { launchApp, type LaunchedApp } from './harness/launch'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

const PEOPLE = [
  { name: 'Märta Åkesson-Öberg', pnr: '19640823-3234', email: 'marta@example.se', type: 'access' },
  { name: 'Örjan Lind', pnr: '19811218-9876', email: 'orjan.lind@example.se', type: 'erasure' }
]

async function registerCase(page: Page, person: (typeof PEOPLE)[number], receivedAt: string) {
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click()
  await page.getByTestId('new-type').selectOption(person.type)
  await page.getByTestId('new-received').fill(receivedAt)
  await page.getByRole('button', { name: 'Registrera ny person' }).click()
  await page.getByTestId('subject-name').fill(person.name)
  await page.getByTestId('subject-personnummer').fill(person.pnr)
  await page.getByTestId('subject-email').fill(person.email)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByTestId('new-picked').waitFor()
  await page.getByRole('button', { name: 'Registrera ärendet' }).click()
  await page.getByTestId('case-due').waitFor()
}

function parse(file: string) {
  const text = readFileSync(file, 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((item) => new ICAL.Event(item))
  return { text, events }
}

describe('deadlines as a calendar file (issue 16)', () => {
  it('exports every open case, or one, as .ics that a standard parser reads and that names no one', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const receivedAt = swedishDateOf(new Date(Date.now() - 5 * 86_400_000))
    for (const person of PEOPLE) await registerCase(page, person, receivedAt)
    // The second case is extended.
    await page.getByRole('button', { name: 'Förläng tidsfristen' }).click()
    await page.getByTestId('extend-reason').selectOption('complexity')
    await page.getByTestId('extend-explanation').fill('Uppgifter i flera system.')
    await page.getByRole('button', { name: 'Förläng tidsfristen' }).click()
    await page.getByTestId('case-extended').waitFor()

    const folder = mkdtempSync(path.join(tmpdir(), 'dpo-ics-'))
    const one = path.join(folder, 'ett.ics')
    await app.dialogs.answerSave(one)
    await page.getByTestId('calendar-export-case').click()
    await page.getByText(/2 kalenderposter sparade/).waitFor()
    const year = new Date().getFullYear()
    const deadlines = computeDeadlines(receivedAt)
    expect(parse(one).events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      [
        `DSR-${year}-0002 · Radering · posta svaret senast`,
        workingDaysBefore(deadlines.extendedDue, 3)
      ],
      [`DSR-${year}-0002 · Radering · sista dag att svara (förlängd frist)`, deadlines.extendedDue]
    ])

    const all = path.join(folder, 'alla.ics')
    await page.getByRole('link', { name: 'Ärenden' }).click()
    await app.dialogs.answerSave(all)
    await page.getByTestId('calendar-export').click()
    await page.getByText(/4 kalenderposter sparade/).waitFor()
    const { text, events } = parse(all)
    expect(events).toHaveLength(4)
    expect(events.every((event) => event.startDate.isDate)).toBe(true)
    expect(events.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        `DSR-${year}-0001 · Registerutdrag · sista dag att svara`,
        `DSR-${year}-0001 · Registerutdrag · posta svaret senast`
      ])
    )
    expect(
      events.find((e) => e.summary.endsWith('sista dag att svara'))!.startDate.toString()
    ).toBe(deadlines.due)
    // Nothing about the people: no names, personnummer (any form) or e-mail addresses.
    for (const person of PEOPLE) {
      for (const part of [person.name, ...person.name.split(/[ -]/), person.email, person.pnr])
        expect(text, part).not.toContain(part)
      expect(text.replace(/\D/g, '')).not.toContain(person.pnr.replace(/\D/g, '').slice(2))
    }
    expect(text).not.toMatch(/[^\s:;@]+@(?!dpo-desk)[^\s]+\.[a-z]{2,}/)
  })
})
