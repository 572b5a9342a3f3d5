import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { deadlineEvents, POST_BY_WORKING_DAYS } from './deadlineCalendar'
import { workingDaysBefore } from './holidays'
import { buildIcs, escapeIcsText, foldIcsLine } from './ics'

const encoder = new TextEncoder()

describe('iCalendar text (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg')
  })

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'åäö'.repeat(40)}`
    const folded = foldIcsLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(1)
    for (const part of folded) expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
  })

  it('parses with ical.js: all-day events with the summary as given', () => {
    const ics = buildIcs(
      [
        { uid: 'a@test', date: '2026-04-07', summary: 'DSR-2026-0001, frist; "x"\nny rad' },
        { uid: 'b@test', date: '2026-12-31', summary: 'Å'.repeat(100) }
      ],
      { now: new Date('2026-03-05T10:00:00Z'), prodId: '-//Test//SV', name: 'Frister' }
    )
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.split('\r\n').every((line) => encoder.encode(line).length <= 75)).toBe(true)
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const events = calendar.getAllSubcomponents('vevent').map((item) => new ICAL.Event(item))
    expect(events.map((event) => event.summary)).toEqual([
      'DSR-2026-0001, frist; "x"\nny rad',
      'Å'.repeat(100)
    ])
    expect(events[0]!.startDate.isDate).toBe(true)
    expect(events[0]!.startDate.toString()).toBe('2026-04-07')
    expect(events[0]!.endDate.toString()).toBe('2026-04-08')
    expect(events[1]!.endDate.toString()).toBe('2027-01-01')
  })
})

describe('deadline entries of open cases', () => {
  it('counts working days back over weekends, holidays and the eves that are not worked', () => {
    // Tuesday 2026-04-07 minus 3 working days: Thursday 2 April (Långfredag 3, Annandag påsk 6).
    expect(workingDaysBefore('2026-04-07', 3)).toBe('2026-03-31')
    // Monday 28 December 2026: 24 (julafton) and 25/26 do not count.
    expect(workingDaysBefore('2026-12-28', 2)).toBe('2026-12-22')
  })

  it('gives the due date and a post-by date, the extended date once extended, nothing for closed cases', () => {
    const events = deadlineEvents(
      [
        testCase({ reference: 'DSR-2026-0002', receivedAt: '2026-03-05' }),
        testCase({
          reference: 'DSR-2026-0001',
          receivedAt: '2026-01-31',
          status: 'extended',
          extension: {
            reason: 'complexity',
            explanation: 'x',
            decidedAt: '2026-02-10',
            newDue: '2026-04-30'
          }
        }),
        testCase({ reference: 'DSR-2026-0003', status: 'closed' })
      ],
      '2026-03-10'
    )
    expect(events).toEqual([
      { reference: 'DSR-2026-0002', type: 'access', kind: 'postBy', date: '2026-03-31' },
      { reference: 'DSR-2026-0002', type: 'access', kind: 'due', date: '2026-04-07' },
      { reference: 'DSR-2026-0001', type: 'access', kind: 'postBy', date: '2026-04-27' },
      { reference: 'DSR-2026-0001', type: 'access', kind: 'extendedDue', date: '2026-04-30' }
    ])
    expect(POST_BY_WORKING_DAYS).toBe(3)
  })
})
