/**
 * Desktop reminders for deadlines (shown by main as OS notifications). At most one per case and
 * day. An alert names only the case reference and type, never the data subject: notifications
 * can appear on a locked screen. The renderer turns the messages into text in the user's
 * language before handing them to main.
 */
import type { CoreMessage } from '../errors'
import type { CaseType, IsoDate } from '../model/types'
import type { CaseWithDeadlines } from '../reports/stats'
import { isOpenCase } from '../cases/workflow'
import { daysUntil } from './dashboard'

export type AlertLevel = 'overdue' | 'due2' | 'due7'

/**
 * - `alert.title.overdue` / `alert.body.overdue`: `reference` (of `type`) was due `due`,
 *   `daysOverdue` days ago.
 * - `alert.title.due` / `alert.body.due`: answer `reference` by `due`, in `daysLeft` days (0 =
 *   today, 1 = tomorrow).
 * - `alert.more.title` / `alert.more.body`: `count` more reminders not shown.
 */
export type AlertMessage =
  | CoreMessage<'alert.title.overdue', { reference: string; daysOverdue: number }>
  | CoreMessage<'alert.title.due', { reference: string; daysLeft: number }>
  | CoreMessage<
      'alert.body.overdue',
      { reference: string; type: CaseType; due: IsoDate; daysOverdue: number }
    >
  | CoreMessage<
      'alert.body.due',
      { reference: string; type: CaseType; due: IsoDate; daysLeft: number }
    >
  | CoreMessage<'alert.more.title', { count: number }>
  | CoreMessage<'alert.more.body', Record<string, never>>

export const ALERT_CODES = [
  'alert.title.overdue',
  'alert.title.due',
  'alert.body.overdue',
  'alert.body.due',
  'alert.more.title',
  'alert.more.body'
] as const satisfies readonly AlertMessage['code'][]

export type DeadlineAlert = {
  caseId: string
  reference: string
  type: CaseType
  level: AlertLevel
  due: IsoDate
  /** Days left; negative when overdue. */
  daysLeft: number
  title: AlertMessage
  body: AlertMessage
}

function levelFor(daysLeft: number): AlertLevel | null {
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 2) return 'due2'
  if (daysLeft <= 7) return 'due7'
  return null
}

function messages(
  reference: string,
  type: CaseType,
  due: IsoDate,
  daysLeft: number
): Pick<DeadlineAlert, 'title' | 'body'> {
  if (daysLeft < 0) {
    const daysOverdue = -daysLeft
    return {
      title: { code: 'alert.title.overdue', params: { reference, daysOverdue } },
      body: { code: 'alert.body.overdue', params: { reference, type, due, daysOverdue } }
    }
  }
  return {
    title: { code: 'alert.title.due', params: { reference, daysLeft } },
    body: { code: 'alert.body.due', params: { reference, type, due, daysLeft } }
  }
}

/**
 * The reminders to show now. `lastNotified` maps case id → the day it was last notified; the
 * caller stores the returned `notified` map so a case is reminded at most once a day.
 */
export function deadlineAlerts(
  rows: readonly CaseWithDeadlines[],
  today: IsoDate,
  lastNotified: Readonly<Record<string, IsoDate>>
): { alerts: DeadlineAlert[]; notified: Record<string, IsoDate> } {
  const alerts: DeadlineAlert[] = []
  const notified: Record<string, IsoDate> = { ...lastNotified }
  for (const row of rows) {
    if (!isOpenCase(row.case) || lastNotified[row.case.id] === today) continue
    const daysLeft = daysUntil(today, row.due)
    const level = levelFor(daysLeft)
    if (!level) continue
    alerts.push({
      caseId: row.case.id,
      reference: row.case.reference,
      type: row.case.type,
      level,
      due: row.due,
      daysLeft,
      ...messages(row.case.reference, row.case.type, row.due, daysLeft)
    })
    notified[row.case.id] = today
  }
  alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.reference.localeCompare(b.reference))
  return { alerts, notified }
}

/** OS notifications to show for a set of alerts: the most urgent few, then one summary line. */
export function toNotifications(
  alerts: readonly DeadlineAlert[],
  max = 5
): { caseId: string | null; title: AlertMessage; body: AlertMessage }[] {
  const shown: { caseId: string | null; title: AlertMessage; body: AlertMessage }[] = alerts
    .slice(0, max)
    .map(({ caseId, title, body }) => ({ caseId, title, body }))
  const rest = alerts.length - shown.length
  if (rest > 0) {
    shown.push({
      caseId: null,
      title: { code: 'alert.more.title', params: { count: rest } },
      body: { code: 'alert.more.body', params: {} }
    })
  }
  return shown
}
