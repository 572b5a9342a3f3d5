import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, formatIsoDate } from '../calendar/isoDate'
import { isWorkingDay } from '../calendar/holidays'
import { DomainError } from '../errors'
import {
  computeDeadlines,
  DEADLINE_ERROR,
  isExtensionAllowed,
  tryComputeDeadlines
} from './deadlines'

describe('worked examples (DESIGN §2, mission.md §3.2)', () => {
  it.each([
    // EDPB example 32 pattern: påskdagen + annandag påsk
    ['2026-03-05', '2026-04-07', '2026-06-05'],
    // EDPB example 33 pattern: no 31 September
    ['2025-08-31', '2025-09-30', '2025-12-01'],
    // February has no 31st; the 28th is a Saturday
    ['2026-01-31', '2026-03-02', '2026-04-30'],
    // leap year
    ['2028-01-31', '2028-02-29', '2028-05-02'],
    // julafton is no public holiday: the date stays
    ['2025-11-24', '2025-12-24', '2026-02-24'],
    // midsommarafton likewise
    ['2025-05-20', '2025-06-20', '2025-08-20'],
    // nationaldagen on a Saturday
    ['2026-05-06', '2026-06-08', '2026-08-06']
  ])('received %s → due %s, extended %s', (receivedAt, due, extendedDue) => {
    const deadlines = computeDeadlines(receivedAt)
    expect(deadlines.due).toBe(due)
    expect(deadlines.nominalDue).toBe(due)
    expect(deadlines.extendedDue).toBe(extendedDue)
    expect(deadlines.extensionAllowedUntil).toBe(due)
  })

  it('records each step as a code with its dates', () => {
    expect(computeDeadlines('2026-03-05').trail).toEqual([
      { code: 'trail.received', params: { date: '2026-03-05' } },
      { code: 'trail.sameDate', params: { period: 'oneMonth', date: '2026-04-05' } },
      {
        code: 'trail.rolled',
        params: {
          period: 'oneMonth',
          isAdjusted: false,
          skipped: [
            { date: '2026-04-05', reason: 'easterSunday' },
            { date: '2026-04-06', reason: 'easterMonday' }
          ],
          date: '2026-04-07'
        }
      },
      { code: 'trail.due', params: { date: '2026-04-07' } },
      { code: 'trail.sameDate', params: { period: 'threeMonths', date: '2026-06-05' } },
      { code: 'trail.extendedDue', params: { date: '2026-06-05' } },
      { code: 'trail.extensionBy', params: { date: '2026-04-07' } }
    ])
  })

  it('records the end-of-month rule', () => {
    expect(computeDeadlines('2025-08-31').trail[1]).toEqual({
      code: 'trail.monthEnd',
      params: { period: 'oneMonth', day: 31, date: '2025-09-30' }
    })
  })

  it('warns about julafton and midsommarafton without moving the date', () => {
    expect(computeDeadlines('2025-11-24').planningWarnings).toEqual([
      {
        code: 'planning.eve',
        params: { which: 'due', date: '2025-12-24', eve: 'christmasEve', planBy: '2025-12-23' }
      }
    ])
    expect(computeDeadlines('2025-05-20').planningWarnings[0]?.params).toMatchObject({
      eve: 'midsummerEve',
      planBy: '2025-06-19'
    })
    expect(computeDeadlines('2026-03-05').planningWarnings).toEqual([])
  })
})

describe('clock stops (EDPB §159)', () => {
  it('pushes the adjusted dates by the stopped days and keeps the nominal ones', () => {
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-03-06', to: '2026-03-12' }]
    })
    expect(deadlines.stoppedDays).toBe(6)
    expect(deadlines.nominalDue).toBe('2026-04-07')
    // 2026-04-05 + 6 = 2026-04-11 (Saturday) → Monday 2026-04-13
    expect(deadlines.due).toBe('2026-04-13')
    expect(deadlines.extendedDue).toBe('2026-06-11')
    expect(deadlines.extensionAllowedUntil).toBe('2026-04-13')
    expect(deadlines.trail).toContainEqual({
      code: 'trail.stopCounted',
      params: {
        period: 'oneMonth',
        from: '2026-03-06',
        to: '2026-03-12',
        isRunning: false,
        days: 6,
        merged: 1,
        end: '2026-04-07'
      }
    })
    expect(deadlines.trail).toContainEqual({
      code: 'trail.adjustedRaw',
      params: {
        period: 'oneMonth',
        raw: '2026-04-05',
        days: 6,
        isRunning: false,
        date: '2026-04-11'
      }
    })
    expect(deadlines.trail).toContainEqual({
      code: 'trail.adjustedEnd',
      params: { period: 'oneMonth', date: '2026-04-13' }
    })
  })

  it('counts overlapping stops once', () => {
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [
        { from: '2026-03-06', to: '2026-03-12' },
        { from: '2026-03-10', to: '2026-03-16' },
        { from: '2026-03-20', to: '2026-03-21' }
      ]
    })
    expect(deadlines.stoppedDays).toBe(11)
  })

  it('counts a running stop up to today', () => {
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-03-06' }],
      today: '2026-03-09'
    })
    expect(deadlines.stoppedDays).toBe(3)
    expect(deadlines.isClockRunning).toBe(true)
  })

  it('ignores a stop that begins after the one-month deadline, for that period only', () => {
    // Received 2026-03-05: due 2026-04-07, extended 2026-06-05. The stop begins 2026-04-08.
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-04-08', to: '2026-04-20' }]
    })
    expect(deadlines.due).toBe('2026-04-07')
    expect(deadlines.stoppedDays).toBe(0)
    expect(deadlines.extensionAllowedUntil).toBe('2026-04-07')
    expect(isExtensionAllowed(deadlines, '2026-04-10')).toBe(false)
    expect(deadlines.trail).toContainEqual({
      code: 'trail.stopIgnored',
      params: { period: 'oneMonth', from: '2026-04-08', end: '2026-04-07' }
    })
    // The three-month period was still running: 12 days count there.
    expect(deadlines.extendedStoppedDays).toBe(12)
    expect(deadlines.extendedDue).toBe('2026-06-17')
  })

  it('never ends before the clock restarts when a stop begins on a rolled last day', () => {
    // Raw end 2026-04-05 (påskdagen) rolls to 2026-04-07; the stop runs 04-07 → 04-08.
    // Raw + 1 day = 2026-04-06 (annandag påsk) → 2026-04-07, before the restart: 2026-04-08.
    const oneDay = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-04-07', to: '2026-04-08' }]
    })
    expect(oneDay.stoppedDays).toBe(1)
    expect(oneDay.due).toBe('2026-04-08')
    expect(oneDay.trail).toContainEqual({
      code: 'trail.notBeforeRestart',
      params: { period: 'oneMonth', restart: '2026-04-08', date: '2026-04-08' }
    })
    // Restarting on Saturday 2026-04-11: raw + 4 = 04-09, but not before the restart, which
    // is itself a day off, so Monday 2026-04-13 (art. 3(4)).
    const toSaturday = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-04-07', to: '2026-04-11' }]
    })
    expect(toSaturday.due).toBe('2026-04-13')
  })

  it('counts a same-day stop as zero days', () => {
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-03-10', to: '2026-03-10' }]
    })
    expect(deadlines.stoppedDays).toBe(0)
    expect(deadlines.due).toBe('2026-04-07')
  })

  it('judges each stop against the end adjusted by the stops before it', () => {
    // The first stop moves the end to 2026-04-13, so a stop from 2026-04-10 still counts,
    // and one from 2026-04-20 (after the new end 2026-04-16) does not.
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [
        { from: '2026-04-20', to: '2026-04-22' },
        { from: '2026-03-06', to: '2026-03-12' },
        { from: '2026-04-10', to: '2026-04-15' }
      ]
    })
    expect(deadlines.stoppedDays).toBe(11)
    expect(deadlines.due).toBe('2026-04-16')
    expect(deadlines.trail.filter((step) => step.code === 'trail.stopIgnored')).toEqual([
      {
        code: 'trail.stopIgnored',
        params: { period: 'oneMonth', from: '2026-04-20', end: '2026-04-16' }
      }
    ])
  })

  it('ignores a running stop that began after the deadline, but counts it while a period runs', () => {
    const deadlines = computeDeadlines('2026-03-05', {
      clockStops: [{ from: '2026-04-09' }],
      today: '2026-04-20'
    })
    expect(deadlines.due).toBe('2026-04-07')
    expect(deadlines.extendedStoppedDays).toBe(11)
    expect(deadlines.extendedDue).toBe('2026-06-16')
    expect(deadlines.isClockRunning).toBe(true)
  })

  it('refuses impossible stops with typed errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        return error instanceof DomainError ? error.code : 'untyped'
      }
      return null
    }
    expect(
      code(() =>
        computeDeadlines('2026-03-05', { clockStops: [{ from: '2026-03-10', to: '2026-03-06' }] })
      )
    ).toBe(DEADLINE_ERROR.stopOrder)
    expect(
      code(() =>
        computeDeadlines('2026-03-05', { clockStops: [{ from: '2026-03-01', to: '2026-03-06' }] })
      )
    ).toBe(DEADLINE_ERROR.stopBeforeReceipt)
    expect(
      code(() => computeDeadlines('2026-03-05', { clockStops: [{ from: '2026-03-06' }] }))
    ).toBe(DEADLINE_ERROR.openStopNeedsToday)
  })
})

describe('invalid input', () => {
  it.each(['2026-02-30', '05/03/2026', '', '2026-3-5'])(
    'returns a typed error for %j, never a date',
    (input) => {
      const result = tryComputeDeadlines(input)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toMatch(/^DATE_/)
        expect(result.error).not.toHaveProperty('message')
      }
    }
  )
})

describe('extension gate', () => {
  const deadlines = computeDeadlines('2026-03-05')
  it('allows an extension up to and including the one-month due date', () => {
    expect(isExtensionAllowed(deadlines, '2026-03-05')).toBe(true)
    expect(isExtensionAllowed(deadlines, '2026-04-07')).toBe(true)
  })
  it('refuses it the day after', () => {
    expect(isExtensionAllowed(deadlines, '2026-04-08')).toBe(false)
  })
})

describe('properties over every day 2024–2030', () => {
  const days: string[] = []
  for (let day = '2024-01-01'; day <= '2030-12-31'; day = addDays(day, 1)) days.push(day)

  it('always lands on a working day, on or after the raw month date and at most 4 days later', () => {
    for (const receivedAt of days) {
      const { due, extendedDue } = computeDeadlines(receivedAt)
      const raw = addMonths(receivedAt, 1)
      expect(isWorkingDay(due), receivedAt).toBe(true)
      expect(isWorkingDay(extendedDue), receivedAt).toBe(true)
      expect(due >= raw, receivedAt).toBe(true)
      expect(daysBetween(raw, due), receivedAt).toBeLessThanOrEqual(4)
      expect(daysBetween(receivedAt, due), receivedAt).toBeGreaterThanOrEqual(28)
      expect(extendedDue > due, receivedAt).toBe(true)
    }
  })

  it('handles every month end of every year', () => {
    for (let year = 2024; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = formatIsoDate({
          year,
          month,
          day: new Date(Date.UTC(year, month, 0)).getUTCDate()
        })
        const { due } = computeDeadlines(last)
        expect(due.slice(0, 7) >= addMonths(last, 1).slice(0, 7), last).toBe(true)
      }
    }
  })
})
