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
 * Clock stops (EDPB §159: waiting for identification or clarification asked for without undue
 * delay) push the adjusted dates: a stop from `from` to `to` stops the clock for
 * `to − from` calendar days (the day the question was sent up to, not including, the day the
 * answer arrived). Overlapping stops count once. The stopped days are added to the raw end of
 * the period, then the working-day roll applies. `nominalDue` ignores every stop.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  parseIsoDate,
  weekdayNameSv
} from '../calendar/isoDate'
import {
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  nonWorkingReason,
  planningNonWorkingDayName
} from '../calendar/holidays'
import { attempt, DomainError, type CoreResult } from '../errors'
import type { IsoDate } from '../model/types'

export type ClockStopInput = { from: IsoDate; to?: IsoDate }

export type DeadlineOptions = {
  clockStops?: readonly ClockStopInput[]
  /** Needed only for a stop that is still running (no `to`): it counts up to this day. */
  today?: IsoDate
}

export type Deadlines = {
  /** Legal one-month deadline, adjusted for clock stops. */
  due: IsoDate
  /** Legal deadline when extended by two further months, adjusted for clock stops. */
  extendedDue: IsoDate
  /** The one-month deadline without clock stops. */
  nominalDue: IsoDate
  /** The extended deadline without clock stops. */
  nominalExtendedDue: IsoDate
  /** The last day on which the DPO may extend and must send the extension notice. */
  extensionAllowedUntil: IsoDate
  /** Calendar days the clock was stopped. */
  stoppedDays: number
  /** Whether a clock stop is still running (the adjusted dates then grow day by day). */
  isClockRunning: boolean
  /** Each step of the computation in Swedish, for the case view. */
  trail: string[]
  /** Days off that do not move the legal date but shorten the time to answer (Swedish). */
  planningWarnings: string[]
}

export const DEADLINE_ERROR = {
  stopOrder: 'DEADLINE_CLOCK_STOP_ORDER',
  stopBeforeReceipt: 'DEADLINE_CLOCK_STOP_BEFORE_RECEIPT',
  openStopNeedsToday: 'DEADLINE_OPEN_STOP_NEEDS_TODAY'
} as const

function describeDay(date: IsoDate): string {
  return `${weekdayNameSv(date)} ${date}`
}

/** Rolls to a working day and explains the roll. */
function roll(raw: IsoDate, trail: string[], label: string): IsoDate {
  if (isWorkingDay(raw)) return raw
  const skipped: string[] = []
  let day = raw
  while (!isWorkingDay(day)) {
    skipped.push(`${day} är ${nonWorkingReason(day)}`)
    day = addDays(day, 1)
  }
  const rolled = nextWorkingDayOnOrAfter(raw)
  trail.push(
    `${skipped.join(' och ')}; ${label} flyttas därför till nästa arbetsdag, ${describeDay(rolled)} (förordning 1182/71 art. 3.4).`
  )
  return rolled
}

function monthStep(receivedAt: IsoDate, months: number, trail: string[], label: string): IsoDate {
  const raw = addMonths(receivedAt, months)
  const wanted = parseIsoDate(receivedAt).day
  const span = months === 1 ? 'En månad' : 'Tre månader'
  if (parseIsoDate(raw).day !== wanted) {
    trail.push(
      `${span} efter mottagandet har ingen dag ${wanted}; ${label} slutar då på månadens sista dag, ${describeDay(raw)} (art. 3.2 c).`
    )
  } else {
    trail.push(`${span} efter mottagandet är ${describeDay(raw)} (samma datum, art. 3.2 c).`)
  }
  return raw
}

/** Merges overlapping stops and returns the total stopped calendar days. */
function stoppedDaysOf(
  receivedAt: IsoDate,
  stops: readonly ClockStopInput[],
  today: IsoDate | undefined
): number {
  const intervals = stops.map((stop) => {
    if (!isIsoDate(stop.from)) parseIsoDate(stop.from)
    const to = stop.to ?? today
    if (to === undefined) {
      throw new DomainError(
        DEADLINE_ERROR.openStopNeedsToday,
        'Klockan står fortfarande still; dagens datum behövs för att räkna fram fristen.'
      )
    }
    parseIsoDate(to)
    if (stop.from < receivedAt) {
      throw new DomainError(
        DEADLINE_ERROR.stopBeforeReceipt,
        `Ett klockstopp (${stop.from}) kan inte börja före mottagningsdagen ${receivedAt}.`
      )
    }
    if (to < stop.from) {
      throw new DomainError(
        DEADLINE_ERROR.stopOrder,
        `Ett klockstopp kan inte sluta (${to}) före det började (${stop.from}).`
      )
    }
    return { from: stop.from, to }
  })
  intervals.sort((a, b) => a.from.localeCompare(b.from))
  let total = 0
  let currentFrom: IsoDate | null = null
  let currentTo: IsoDate | null = null
  for (const interval of intervals) {
    if (currentTo !== null && interval.from <= currentTo) {
      if (interval.to > currentTo) currentTo = interval.to
      continue
    }
    if (currentFrom !== null && currentTo !== null) total += daysBetween(currentFrom, currentTo)
    currentFrom = interval.from
    currentTo = interval.to
  }
  if (currentFrom !== null && currentTo !== null) total += daysBetween(currentFrom, currentTo)
  return total
}

function planningWarning(date: IsoDate, label: string): string | null {
  const eve = planningNonWorkingDayName(date)
  if (eve) {
    return `${label} ${date} är ${eve.toLowerCase()}. Det är ingen allmän helgdag, så fristen flyttas inte, men dagen är normalt ledig: planera att svara senast ${describeDay(previousWorkingDay(date))}.`
  }
  return null
}

function previousWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, -1)
  while (!isWorkingDay(day) || planningNonWorkingDayName(day)) day = addDays(day, -1)
  return day
}

/**
 * Computes the deadlines of a request received on `receivedAt`. Throws a `DomainError` (with a
 * Swedish message) for an invalid date or clock stop; `tryComputeDeadlines` returns a result.
 */
export function computeDeadlines(receivedAt: IsoDate, opts: DeadlineOptions = {}): Deadlines {
  parseIsoDate(receivedAt)
  if (opts.today !== undefined) parseIsoDate(opts.today)
  const trail: string[] = [
    `Begäran kom in ${describeDay(receivedAt)}. Mottagningsdagen räknas inte (förordning 1182/71 art. 3.1).`
  ]
  const rawDue = monthStep(receivedAt, 1, trail, 'fristen')
  const nominalDue = roll(rawDue, trail, 'sista dagen')
  trail.push(`Sista dag att svara: ${describeDay(nominalDue)}.`)

  const extendedTrail: string[] = []
  const rawExtended = monthStep(receivedAt, 3, extendedTrail, 'den förlängda fristen')
  const nominalExtendedDue = roll(rawExtended, extendedTrail, 'den förlängda sista dagen')
  trail.push(
    `Vid förlängning med två månader (art. 12.3): ${extendedTrail.map((line) => line.charAt(0).toLowerCase() + line.slice(1)).join(' ')} Förlängd sista dag: ${describeDay(nominalExtendedDue)}.`
  )

  const stops = opts.clockStops ?? []
  const stoppedDays = stoppedDaysOf(receivedAt, stops, opts.today)
  const isClockRunning = stops.some((stop) => stop.to === undefined)
  let due = nominalDue
  let extendedDue = nominalExtendedDue
  if (stoppedDays > 0) {
    const adjustTrail: string[] = []
    due = roll(addDays(rawDue, stoppedDays), adjustTrail, 'den justerade sista dagen')
    extendedDue = roll(
      addDays(rawExtended, stoppedDays),
      adjustTrail,
      'den justerade förlängda sista dagen'
    )
    trail.push(
      `Klockan stod still ${stoppedDays} ${stoppedDays === 1 ? 'dag' : 'dagar'} i väntan på den registrerades svar (EDPB 01/2022 punkt 159)${isClockRunning ? ' och står still fortfarande' : ''}.`,
      ...adjustTrail,
      `Justerad sista dag: ${describeDay(due)}; justerad förlängd sista dag: ${describeDay(extendedDue)}.`
    )
  }
  trail.push(`Förlängning måste beslutas och meddelas senast ${describeDay(due)}.`)

  const planningWarnings = [
    planningWarning(due, 'Sista dagen'),
    planningWarning(extendedDue, 'Den förlängda sista dagen')
  ].filter((warning): warning is string => warning !== null)
  return {
    due,
    extendedDue,
    nominalDue,
    nominalExtendedDue,
    extensionAllowedUntil: due,
    stoppedDays,
    isClockRunning,
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
