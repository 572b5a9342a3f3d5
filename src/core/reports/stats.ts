/**
 * Accountability figures (mission.md §3.12, CEF 2024/2025): requests per type, median days to
 * answer, and the share answered within one month and within three months.
 *
 * Definitions (also printed in the report):
 * - A case is "answered" on `answeredAt`; a refusal or other closure without `answeredAt`
 *   counts as answered on `closedAt`. Withdrawn cases take no part in the timeliness figures.
 * - "Within one month" = answered on or before the legal one-month due date (after the roll to
 *   a working day and any clock stops); "within three months" = on or before the extended date.
 * - A share's denominator is every case whose outcome is known for that limit: answered ones,
 *   plus unanswered ones whose date has passed (they count as late). Open cases not yet due are
 *   "pending".
 */
import { daysBetween } from '../calendar/isoDate'
import { CASE_TYPES, type CaseHeadFields, type CaseType, type IsoDate } from '../model/types'

/**
 * What the report needs of a case deleted under the app's own retention (caseRetention.ts): the
 * facts computed when it was deleted, by the same rules as below.
 */
export type AnonymousTimeliness = {
  type: CaseType
  receivedMonth: string
  daysToAnswer: number
  withinOneMonth: boolean
  withinThreeMonths: boolean
}

export type CaseWithDeadlines = { case: CaseHeadFields; due: IsoDate; extendedDue: IsoDate }

export type TimelinessFigures = {
  total: number
  withdrawn: number
  answered: number
  pending: number
  overdueUnanswered: number
  /** Median calendar days from receipt to answer, or null without answered cases. */
  medianDaysToAnswer: number | null
  /** 0..1, or null when no case has a known outcome. */
  shareWithinOneMonth: number | null
  shareWithinThreeMonths: number | null
}

export type AnnualReport = TimelinessFigures & {
  year: number
  countsByType: Record<CaseType, number>
}

/** The day the case was answered, if it was (see the definitions above). */
export function answeredOn(
  dsrCase: Pick<CaseHeadFields, 'answeredAt' | 'status' | 'closedAt'>
): IsoDate | undefined {
  if (dsrCase.answeredAt) return dsrCase.answeredAt
  if (dsrCase.status === 'closed' || dsrCase.status === 'rejected')
    return dsrCase.closedAt?.slice(0, 10)
  return undefined
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Timeliness figures for any set of cases, as of `today`. Deleted cases count through their
 * anonymous records: they were closed, so each was answered (or closed) and its outcome known.
 */
export function timeliness(
  rows: readonly CaseWithDeadlines[],
  today: IsoDate,
  deleted: readonly AnonymousTimeliness[] = []
): TimelinessFigures {
  let withdrawn = 0
  let pending = 0
  let overdueUnanswered = 0
  let knownOne = 0
  let knownThree = 0
  let withinOne = 0
  let withinThree = 0
  const days: number[] = []
  for (const row of rows) {
    if (row.case.status === 'withdrawn') {
      withdrawn++
      continue
    }
    const answered = answeredOn(row.case)
    if (answered) {
      knownOne++
      knownThree++
      days.push(daysBetween(row.case.receivedAt, answered))
      if (answered <= row.due) withinOne++
      if (answered <= row.extendedDue) withinThree++
      continue
    }
    if (row.due < today) {
      overdueUnanswered++
      knownOne++
      // Still open but past one month: late for the one-month share; for the three-month share
      // its outcome is known only once the extended date has passed too.
      if (row.extendedDue < today) knownThree++
    } else {
      pending++
    }
  }
  for (const record of deleted) {
    knownOne++
    knownThree++
    days.push(record.daysToAnswer)
    if (record.withinOneMonth) withinOne++
    if (record.withinThreeMonths) withinThree++
  }
  return {
    total: rows.length + deleted.length,
    withdrawn,
    answered: days.length,
    pending,
    overdueUnanswered,
    medianDaysToAnswer: median(days),
    shareWithinOneMonth: knownOne ? withinOne / knownOne : null,
    shareWithinThreeMonths: knownThree ? withinThree / knownThree : null
  }
}

/** The annual report: cases received during `year`, stored and deleted alike. */
export function annualReport(
  rows: readonly CaseWithDeadlines[],
  year: number,
  today: IsoDate,
  deleted: readonly AnonymousTimeliness[] = []
): AnnualReport {
  const inYear = rows.filter((row) => row.case.receivedAt.startsWith(`${year}-`))
  const deletedInYear = deleted.filter((record) => record.receivedMonth.startsWith(`${year}-`))
  const countsByType = Object.fromEntries(CASE_TYPES.map((type) => [type, 0])) as Record<
    CaseType,
    number
  >
  for (const row of inYear) countsByType[row.case.type]++
  for (const record of deletedInYear) countsByType[record.type]++
  return { year, countsByType, ...timeliness(inYear, today, deletedInYear) }
}
