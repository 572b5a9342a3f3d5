/**
 * Property tests of the clock-stop rules (EDPB 01/2022 §159) and the extension gate
 * (art. 12(3)) over every day of receipt of 2024–2031, each with random sets of stops:
 * overlapping, same-day, beginning after the deadline, and still running.
 *
 * The oracle below follows the rule as stated, stop by stop and day by day (a set of stopped
 * days instead of merged intervals), so it shares no code with the implementation beyond the
 * calendar primitives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWorkingDay, nextWorkingDayOnOrAfter } from '../calendar/holidays'
import { addDays, addMonths, daysBetween } from '../calendar/isoDate'
import type { IsoDate } from '../model/types'
import { computeDeadlines, isExtensionAllowed, type ClockStopInput } from './deadlines'

const RECEIPT_DAYS: IsoDate[] = []
for (let day = '2024-01-01'; day <= '2031-12-31'; day = addDays(day, 1)) RECEIPT_DAYS.push(day)

/** The rule, literally: judge each stop in date order against the end as it stands. */
function oracleEnd(
  receivedAt: IsoDate,
  months: number,
  stops: readonly ClockStopInput[],
  today: IsoDate
): { end: IsoDate; stopped: number } {
  const raw = addMonths(receivedAt, months)
  let end = nextWorkingDayOnOrAfter(raw)
  const stoppedDays = new Set<IsoDate>()
  let restart: IsoDate | null = null
  const ordered = [...stops].sort((a, b) => a.from.localeCompare(b.from))
  for (const stop of ordered) {
    if (stop.from > end) continue
    const to = stop.to ?? today
    for (let day = stop.from; day < to; day = addDays(day, 1)) stoppedDays.add(day)
    if (restart === null || to > restart) restart = to
    const byDays = nextWorkingDayOnOrAfter(addDays(raw, stoppedDays.size))
    const byRestart = nextWorkingDayOnOrAfter(restart)
    end = byDays > byRestart ? byDays : byRestart
  }
  return { end, stopped: stoppedDays.size }
}

type Scenario = { receivedAt: IsoDate; stops: ClockStopInput[]; today: IsoDate }

/** Random stops from the day of receipt up to 130 days later (well past three months). */
function scenario(receivedAt: IsoDate): fc.Arbitrary<Scenario> {
  const stop = fc.record({
    offset: fc.integer({ min: 0, max: 130 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 45 })),
    isOpen: fc.boolean()
  })
  return fc
    .record({
      stops: fc.array(stop, { maxLength: 5 }),
      todayAfter: fc.integer({ min: 0, max: 40 })
    })
    .map(({ stops, todayAfter }) => {
      const built = stops.map((item): ClockStopInput => {
        const from = addDays(receivedAt, item.offset)
        return item.isOpen ? { from } : { from, to: addDays(from, item.length) }
      })
      // Overlaps: repeat the first stop now and then.
      if (built.length > 2 && todayAfter % 3 === 0) built.push({ ...built[0]! })
      const latestFrom = built.reduce(
        (max, item) => (item.from > max ? item.from : max),
        receivedAt
      )
      return { receivedAt, stops: built, today: addDays(latestFrom, todayAfter) }
    })
}

/** Thousands of runs each: generous, so a busy machine never turns them into timeouts. */
const LONG = { timeout: 180_000 }

function seedOf(date: IsoDate): number {
  return Number(date.replace(/-/g, ''))
}

describe('clock stops over every day of receipt 2024–2031 (EDPB §159)', LONG, () => {
  it('agree with the rule as stated, for both periods', () => {
    for (const receivedAt of RECEIPT_DAYS) {
      fc.assert(
        fc.property(scenario(receivedAt), ({ stops, today }) => {
          const deadlines = computeDeadlines(receivedAt, { clockStops: stops, today })
          const one = oracleEnd(receivedAt, 1, stops, today)
          const three = oracleEnd(receivedAt, 3, stops, today)
          expect(deadlines.due).toBe(one.end)
          expect(deadlines.stoppedDays).toBe(one.stopped)
          expect(deadlines.extendedDue).toBe(three.end)
          expect(deadlines.extendedStoppedDays).toBe(three.stopped)
        }),
        { numRuns: 12, seed: seedOf(receivedAt) }
      )
    }
  })

  it('always end on a working day, never before the nominal date or a counted restart', () => {
    for (const receivedAt of RECEIPT_DAYS) {
      fc.assert(
        fc.property(scenario(receivedAt), ({ stops, today }) => {
          const d = computeDeadlines(receivedAt, { clockStops: stops, today })
          expect(isWorkingDay(d.due)).toBe(true)
          expect(isWorkingDay(d.extendedDue)).toBe(true)
          expect(d.due >= d.nominalDue).toBe(true)
          expect(d.extendedDue >= d.nominalExtendedDue).toBe(true)
          expect(d.extendedDue > d.due).toBe(true)
          for (const step of d.trail) {
            if (step.code !== 'trail.stopCounted') continue
            const end = step.params.period === 'oneMonth' ? d.due : d.extendedDue
            expect(step.params.from <= step.params.end).toBe(true)
            expect(end >= step.params.to).toBe(true)
          }
          for (const step of d.trail) {
            if (step.code !== 'trail.stopIgnored') continue
            const end = step.params.period === 'oneMonth' ? d.due : d.extendedDue
            expect(step.params.from > end).toBe(true)
          }
        }),
        { numRuns: 8, seed: seedOf(receivedAt) + 1 }
      )
    }
  })

  it('do not depend on the order of the stops, and a running stop equals one ending today', () => {
    for (const receivedAt of RECEIPT_DAYS) {
      fc.assert(
        fc.property(scenario(receivedAt), ({ stops, today }) => {
          const d = computeDeadlines(receivedAt, { clockStops: stops, today })
          const reversed = computeDeadlines(receivedAt, { clockStops: [...stops].reverse(), today })
          expect([reversed.due, reversed.extendedDue]).toEqual([d.due, d.extendedDue])
          const closed = stops.map((stop) => ({ from: stop.from, to: stop.to ?? today }))
          const ended = computeDeadlines(receivedAt, { clockStops: closed })
          expect([ended.due, ended.extendedDue]).toEqual([d.due, d.extendedDue])
        }),
        { numRuns: 6, seed: seedOf(receivedAt) + 2 }
      )
    }
  })
})

describe('extension gate over every day of receipt 2024–2031 (art. 12(3))', LONG, () => {
  it('is open exactly up to the adjusted one-month date, and a later stop never reopens it', () => {
    for (const receivedAt of RECEIPT_DAYS) {
      fc.assert(
        fc.property(
          scenario(receivedAt),
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 0, max: 60 }),
          ({ stops, today }, delay, length) => {
            const d = computeDeadlines(receivedAt, { clockStops: stops, today })
            expect(d.extensionAllowedUntil).toBe(d.due)
            expect(isExtensionAllowed(d, d.due)).toBe(true)
            expect(isExtensionAllowed(d, addDays(d.due, 1))).toBe(false)
            expect(isExtensionAllowed(d, receivedAt)).toBe(true)
            // A stop that begins after the deadline has passed changes nothing for it.
            const from = addDays(d.due, delay)
            const late = computeDeadlines(receivedAt, {
              clockStops: [...stops, { from, to: addDays(from, length) }],
              today
            })
            expect(late.due).toBe(d.due)
            expect(late.extensionAllowedUntil).toBe(d.extensionAllowedUntil)
            expect(isExtensionAllowed(late, addDays(d.due, 1))).toBe(false)
          }
        ),
        { numRuns: 8, seed: seedOf(receivedAt) + 3 }
      )
    }
  })

  it('without stops, is open for at least 28 days and ends on the nominal date', () => {
    for (const receivedAt of RECEIPT_DAYS) {
      const d = computeDeadlines(receivedAt)
      expect(d.extensionAllowedUntil).toBe(d.nominalDue)
      expect(daysBetween(receivedAt, d.extensionAllowedUntil)).toBeGreaterThanOrEqual(28)
    }
  })
})
