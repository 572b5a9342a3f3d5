/**
 * What the DPO sees first: every deadline at a glance (DESIGN §1). Pure: the caller passes the
 * decrypted cases with their computed deadlines, today's date and the backup ledger.
 */
import {
  CASE_TYPES,
  type CaseHeadFields,
  type CaseType,
  type IsoDate,
  type IsoInstant
} from '../model/types'
import { daysBetween } from '../calendar/isoDate'
import { isOpenCase } from '../cases/workflow'
import { timeliness, type CaseWithDeadlines } from '../reports/stats'

export function hasOpenClockStop(dsrCase: Pick<CaseHeadFields, 'clockStops'>): boolean {
  return dsrCase.clockStops.some((stop) => !stop.to)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysUntil(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to)
}

export type MonthFigure = {
  /** `YYYY-MM` */
  month: string
  received: number
  /** Share of the month's cases with a known outcome answered within one month (0..1). */
  shareWithinOneMonth: number | null
}

export type BackupHealth =
  { state: 'never' } | { state: 'ok'; hoursSince: number } | { state: 'stale'; hoursSince: number }

export type Dashboard<R extends CaseWithDeadlines> = {
  overdue: R[]
  dueWithin7Days: R[]
  waitingForSubject: R[]
  clockStopped: R[]
  openCountsByType: Record<CaseType, number>
  lastTwelveMonths: MonthFigure[]
  backup: BackupHealth
}

/** Hours after which the dashboard warns about the last verified backup. */
export const BACKUP_WARN_HOURS = 24

function monthsBack(today: IsoDate, count: number): string[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7)) - 1
  return Array.from({ length: count }, (_, index) => {
    const total = year * 12 + month - (count - 1 - index)
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  })
}

export function backupHealth(
  lastVerifiedAt: IsoInstant | null | undefined,
  now: Date
): BackupHealth {
  if (!lastVerifiedAt) return { state: 'never' }
  const hoursSince = Math.max(0, (now.getTime() - Date.parse(lastVerifiedAt)) / 3_600_000)
  return hoursSince > BACKUP_WARN_HOURS
    ? { state: 'stale', hoursSince }
    : { state: 'ok', hoursSince }
}

export function buildDashboard<R extends CaseWithDeadlines>(
  rows: readonly R[],
  today: IsoDate,
  backup: { lastVerifiedAt: IsoInstant | null | undefined; now: Date }
): Dashboard<R> {
  const open = rows.filter((row) => isOpenCase(row.case))
  const byDue = (a: R, b: R): number =>
    a.due.localeCompare(b.due) || a.case.reference.localeCompare(b.case.reference)
  const openCountsByType = Object.fromEntries(CASE_TYPES.map((type) => [type, 0])) as Record<
    CaseType,
    number
  >
  for (const row of open) openCountsByType[row.case.type]++
  const lastTwelveMonths = monthsBack(today, 12).map((month) => {
    const inMonth = rows.filter((row) => row.case.receivedAt.startsWith(month))
    return {
      month,
      received: inMonth.length,
      shareWithinOneMonth: timeliness(inMonth, today).shareWithinOneMonth
    }
  })
  return {
    overdue: open.filter((row) => row.due < today).sort(byDue),
    dueWithin7Days: open
      .filter((row) => row.due >= today && daysUntil(today, row.due) <= 7)
      .sort(byDue),
    waitingForSubject: open
      .filter((row) => row.case.status === 'identityCheck' || hasOpenClockStop(row.case))
      .sort(byDue),
    clockStopped: open.filter((row) => hasOpenClockStop(row.case)).sort(byDue),
    openCountsByType,
    lastTwelveMonths,
    backup: backupHealth(backup.lastVerifiedAt, backup.now)
  }
}
