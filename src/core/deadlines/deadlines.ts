/**
 * Legal deadlines of a request (GDPR art. 12(3)), counted as EDPB Guidelines 01/2022 §§160–161
 * apply EU Reg. (EEC, Euratom) 1182/71:
 * - the day of receipt is not counted (art. 3(1));
 * - one month ends on the same date of the next month, or on that month's last day when it has
 *   no such date (art. 3(2)(c));
 * - an end on a Saturday, Sunday or Swedish public holiday moves to the next working day
 *   (art. 3(4)); midsommarafton, julafton and nyårsafton do not move it (they are only flagged);
 * - the extended deadline is counted the same way with three months from receipt.
 *
 * Clock stops (EDPB §159: the time may be suspended while the controller waits for information
 * it asked for without undue delay, to identify the person or have the request specified). A
 * suspension can only happen while the period runs, so each period (one month, three months)
 * judges the stops on its own, in date order:
 * - a stop counts only if it begins on or before the period's current adjusted end (a stop that
 *   begins after the deadline has passed changes nothing, and so cannot reopen the extension
 *   gate);
 * - stopped days are calendar days from the day the clock stopped up to, not including, the day
 *   it restarted (a running stop counts up to today); overlapping stops count once;
 * - the adjusted end is the art. 3(4) roll of (raw end + stopped days), and never before the
 *   day the clock restarts (a stop on a rolled last day would otherwise end before it restarts;
 *   a restart on a day off rolls to the next working day like any end of a period).
 * `nominalDue` and `nominalExtendedDue` ignore every stop.
 *
 * Everything the computation did is returned as a trail of codes with parameters, which the
 * renderer turns into sentences.
 */
import { addDays, addMonths, daysBetween, isIsoDate, parseIsoDate } from '../calendar/isoDate'
import {
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  nonWorkingReason,
  planningEve,
  type NonWorkingReason,
  type PlanningEveId
} from '../calendar/holidays'
import { attempt, DomainError, type CoreMessage, type CoreResult } from '../errors'
import type { IsoDate } from '../model/types'

export type ClockStopInput = { from: IsoDate; to?: IsoDate }

export type DeadlineOptions = {
  clockStops?: readonly ClockStopInput[]
  /** Needed only for a stop that is still running (no `to`): it counts up to this day. */
  today?: IsoDate
}

/** The two periods of art. 12(3): one month, and three months when extended. */
export type Period = 'oneMonth' | 'threeMonths'

export type NonWorkingDay = { date: IsoDate; reason: NonWorkingReason }

/** One step of the computation, for "how the deadline was computed". */
export type TrailStep =
  /** The request arrived on `date`; that day is not counted (art. 3(1)). */
  | CoreMessage<'trail.received', { date: IsoDate }>
  /** The period ends on the same date `date` (art. 3(2)(c)). */
  | CoreMessage<'trail.sameDate', { period: Period; date: IsoDate }>
  /** The end month has no day `day`: the period ends on its last day `date` (art. 3(2)(c)). */
  | CoreMessage<'trail.monthEnd', { period: Period; day: number; date: IsoDate }>
  /** The end falls on days off (`skipped`) and moves to the working day `date` (art. 3(4)). */
  | CoreMessage<
      'trail.rolled',
      { period: Period; isAdjusted: boolean; skipped: NonWorkingDay[]; date: IsoDate }
    >
  /** The one-month deadline without clock stops. */
  | CoreMessage<'trail.due', { date: IsoDate }>
  /** The three-month deadline without clock stops. */
  | CoreMessage<'trail.extendedDue', { date: IsoDate }>
  /**
   * A stop (or `merged` overlapping stops) from `from` to `to` counts for `period`: it began on
   * or before that period's end at the time, `end`. `isRunning` when it has not ended (`to` is
   * today then).
   */
  | CoreMessage<
      'trail.stopCounted',
      {
        period: Period
        from: IsoDate
        to: IsoDate
        isRunning: boolean
        days: number
        merged: number
        end: IsoDate
      }
    >
  /** A stop began on `from`, after `period` had already ended on `end`: it does not count. */
  | CoreMessage<'trail.stopIgnored', { period: Period; from: IsoDate; end: IsoDate }>
  /** Raw end `raw` of `period` plus `days` stopped days is `date`. */
  | CoreMessage<
      'trail.adjustedRaw',
      { period: Period; raw: IsoDate; days: number; isRunning: boolean; date: IsoDate }
    >
  /** The adjusted end would be before the clock restarted on `restart`; it is `date` instead. */
  | CoreMessage<'trail.notBeforeRestart', { period: Period; restart: IsoDate; date: IsoDate }>
  /** The adjusted end of `period`. */
  | CoreMessage<'trail.adjustedEnd', { period: Period; date: IsoDate }>
  /** An extension must be decided and notified by `date` (art. 12(3)). */
  | CoreMessage<'trail.extensionBy', { date: IsoDate }>

export type TrailCode = TrailStep['code']

export const TRAIL_CODES = [
  'trail.received',
  'trail.sameDate',
  'trail.monthEnd',
  'trail.rolled',
  'trail.due',
  'trail.extendedDue',
  'trail.stopCounted',
  'trail.stopIgnored',
  'trail.adjustedRaw',
  'trail.notBeforeRestart',
  'trail.adjustedEnd',
  'trail.extensionBy'
] as const satisfies readonly TrailCode[]

/**
 * A deadline falls on midsommarafton, julafton or nyårsafton (`eve`): it does not move, but the
 * day is normally off, so plan to answer by `planBy`.
 */
export type PlanningWarning = CoreMessage<
  'planning.eve',
  { which: 'due' | 'extendedDue'; date: IsoDate; eve: PlanningEveId; planBy: IsoDate }
>
export const PLANNING_CODES = ['planning.eve'] as const satisfies readonly PlanningWarning['code'][]

export type Deadlines = {
  /** Legal one-month deadline, adjusted for the clock stops that count for it. */
  due: IsoDate
  /** Legal deadline when extended by two further months, adjusted likewise. */
  extendedDue: IsoDate
  /** The one-month deadline without clock stops. */
  nominalDue: IsoDate
  /** The extended deadline without clock stops. */
  nominalExtendedDue: IsoDate
  /** The last day on which the DPO may extend and must send the extension notice. */
  extensionAllowedUntil: IsoDate
  /** Calendar days the clock was stopped for the one-month period. */
  stoppedDays: number
  /** Calendar days the clock was stopped for the three-month period. */
  extendedStoppedDays: number
  /** Whether a stop that counts is still running (the adjusted dates then grow day by day). */
  isClockRunning: boolean
  /** Each step of the computation. */
  trail: TrailStep[]
  /** Days off that do not move the legal date but shorten the time to answer. */
  planningWarnings: PlanningWarning[]
}

export const DEADLINE_ERROR = {
  stopOrder: 'DEADLINE_CLOCK_STOP_ORDER',
  stopBeforeReceipt: 'DEADLINE_CLOCK_STOP_BEFORE_RECEIPT',
  openStopNeedsToday: 'DEADLINE_OPEN_STOP_NEEDS_TODAY'
} as const

/** Rolls to a working day (art. 3(4)) and records the roll. */
function roll(raw: IsoDate, trail: TrailStep[], period: Period, isAdjusted: boolean): IsoDate {
  if (isWorkingDay(raw)) return raw
  const skipped: NonWorkingDay[] = []
  let day = raw
  while (!isWorkingDay(day)) {
    skipped.push({ date: day, reason: nonWorkingReason(day)! })
    day = addDays(day, 1)
  }
  const rolled = nextWorkingDayOnOrAfter(raw)
  trail.push({ code: 'trail.rolled', params: { period, isAdjusted, skipped, date: rolled } })
  return rolled
}

function monthStep(receivedAt: IsoDate, period: Period, trail: TrailStep[]): IsoDate {
  const raw = addMonths(receivedAt, period === 'oneMonth' ? 1 : 3)
  const wanted = parseIsoDate(receivedAt).day
  trail.push(
    parseIsoDate(raw).day !== wanted
      ? { code: 'trail.monthEnd', params: { period, day: wanted, date: raw } }
      : { code: 'trail.sameDate', params: { period, date: raw } }
  )
  return raw
}

type Interval = { from: IsoDate; to: IsoDate; isRunning: boolean; merged: number }

/** Checks the stops and merges overlapping ones into intervals in date order. */
function intervalsOf(
  receivedAt: IsoDate,
  stops: readonly ClockStopInput[],
  today: IsoDate | undefined
): Interval[] {
  const checked = stops.map((stop): Interval => {
    parseIsoDate(stop.from)
    const to = stop.to ?? today
    if (to === undefined) throw new DomainError(DEADLINE_ERROR.openStopNeedsToday)
    parseIsoDate(to)
    if (stop.from < receivedAt) {
      throw new DomainError(DEADLINE_ERROR.stopBeforeReceipt, { from: stop.from, receivedAt })
    }
    if (to < stop.from) throw new DomainError(DEADLINE_ERROR.stopOrder, { from: stop.from, to })
    return { from: stop.from, to, isRunning: stop.to === undefined, merged: 1 }
  })
  checked.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
  const merged: Interval[] = []
  for (const interval of checked) {
    const last = merged.at(-1)
    if (last && interval.from <= last.to) {
      if (interval.to > last.to) {
        last.to = interval.to
        last.isRunning = interval.isRunning
      } else if (interval.to === last.to) {
        last.isRunning ||= interval.isRunning
      }
      last.merged += 1
    } else {
      merged.push({ ...interval })
    }
  }
  return merged
}

type Adjusted = { end: IsoDate; stoppedDays: number; isRunning: boolean }

/** The end of one period after the stops that count for it (see the module comment). */
function adjustPeriod(
  period: Period,
  raw: IsoDate,
  nominal: IsoDate,
  intervals: readonly Interval[],
  trail: TrailStep[]
): Adjusted {
  let end = nominal
  let stoppedDays = 0
  let restart: IsoDate | null = null
  let isRunning = false
  const steps: TrailStep[] = []
  for (const interval of intervals) {
    if (interval.from > end) {
      steps.push({ code: 'trail.stopIgnored', params: { period, from: interval.from, end } })
      continue
    }
    const days = daysBetween(interval.from, interval.to)
    steps.push({
      code: 'trail.stopCounted',
      params: {
        period,
        from: interval.from,
        to: interval.to,
        isRunning: interval.isRunning,
        days,
        merged: interval.merged,
        end
      }
    })
    stoppedDays += days
    isRunning ||= interval.isRunning
    if (restart === null || interval.to > restart) restart = interval.to
    const shifted = addDays(raw, stoppedDays)
    const fromStops = nextWorkingDayOnOrAfter(shifted)
    const floor = nextWorkingDayOnOrAfter(restart)
    end = fromStops >= floor ? fromStops : floor
  }
  trail.push(...steps)
  if (restart === null) return { end: nominal, stoppedDays: 0, isRunning: false }
  const shifted = addDays(raw, stoppedDays)
  trail.push({
    code: 'trail.adjustedRaw',
    params: { period, raw, days: stoppedDays, isRunning, date: shifted }
  })
  const fromStops = roll(shifted, trail, period, true)
  if (fromStops < end) {
    trail.push({ code: 'trail.notBeforeRestart', params: { period, restart, date: end } })
  }
  trail.push({ code: 'trail.adjustedEnd', params: { period, date: end } })
  return { end, stoppedDays, isRunning }
}

function previousPlanningDay(date: IsoDate): IsoDate {
  let day = addDays(date, -1)
  while (!isWorkingDay(day) || planningEve(day)) day = addDays(day, -1)
  return day
}

function planningWarning(date: IsoDate, which: 'due' | 'extendedDue'): PlanningWarning | null {
  const eve = planningEve(date)
  if (!eve) return null
  return {
    code: 'planning.eve',
    params: { which, date, eve, planBy: previousPlanningDay(date) }
  }
}

/**
 * Computes the deadlines of a request received on `receivedAt`. Throws a `DomainError` for an
 * invalid date or clock stop; `tryComputeDeadlines` returns a result.
 */
export function computeDeadlines(receivedAt: IsoDate, opts: DeadlineOptions = {}): Deadlines {
  parseIsoDate(receivedAt)
  if (opts.today !== undefined) parseIsoDate(opts.today)
  const trail: TrailStep[] = [{ code: 'trail.received', params: { date: receivedAt } }]

  const rawDue = monthStep(receivedAt, 'oneMonth', trail)
  const nominalDue = roll(rawDue, trail, 'oneMonth', false)
  trail.push({ code: 'trail.due', params: { date: nominalDue } })

  const rawExtended = monthStep(receivedAt, 'threeMonths', trail)
  const nominalExtendedDue = roll(rawExtended, trail, 'threeMonths', false)
  trail.push({ code: 'trail.extendedDue', params: { date: nominalExtendedDue } })

  const intervals = intervalsOf(receivedAt, opts.clockStops ?? [], opts.today)
  const oneMonth = adjustPeriod('oneMonth', rawDue, nominalDue, intervals, trail)
  const threeMonths = adjustPeriod('threeMonths', rawExtended, nominalExtendedDue, intervals, trail)
  trail.push({ code: 'trail.extensionBy', params: { date: oneMonth.end } })

  const planningWarnings = [
    planningWarning(oneMonth.end, 'due'),
    planningWarning(threeMonths.end, 'extendedDue')
  ].filter((warning): warning is PlanningWarning => warning !== null)
  return {
    due: oneMonth.end,
    extendedDue: threeMonths.end,
    nominalDue,
    nominalExtendedDue,
    extensionAllowedUntil: oneMonth.end,
    stoppedDays: oneMonth.stoppedDays,
    extendedStoppedDays: threeMonths.stoppedDays,
    isClockRunning: oneMonth.isRunning || threeMonths.isRunning,
    trail,
    planningWarnings
  }
}

export function tryComputeDeadlines(
  receivedAt: IsoDate,
  opts: DeadlineOptions = {}
): CoreResult<Deadlines> {
  return attempt(() => computeDeadlines(receivedAt, opts))
}

/** True while the one-month deadline has not passed: the only time an extension is allowed. */
export function isExtensionAllowed(
  deadlines: Pick<Deadlines, 'extensionAllowedUntil'>,
  today: IsoDate
): boolean {
  parseIsoDate(today)
  return today <= deadlines.extensionAllowedUntil
}

/** Whether a clock stop beginning on `from` would count for the deadline that applies now. */
export function isStopWithinPeriod(
  deadlines: Pick<Deadlines, 'due' | 'extendedDue'>,
  from: IsoDate,
  isExtended: boolean
): boolean {
  if (!isIsoDate(from)) return false
  return from <= (isExtended ? deadlines.extendedDue : deadlines.due)
}
