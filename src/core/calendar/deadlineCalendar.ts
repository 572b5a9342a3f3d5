/**
 * The deadlines of open cases as calendar entries (issue 16): the one-month date (or the
 * extended date once extended) and a "post by" date a few working days earlier, so a letter
 * sent by post arrives in time. An entry carries the case reference and type only — never a
 * name, personnummer or e-mail — because calendars are synced to phones and shared.
 */
import { caseDeadlines, isOpenCase } from '../cases/workflow'
import type { CaseHeadFields, CaseType, IsoDate } from '../model/types'
import { workingDaysBefore } from './holidays'

/** Working days a letter needs from the post box to the recipient, with a margin. */
export const POST_BY_WORKING_DAYS = 3

export const DEADLINE_EVENT_KINDS = ['due', 'extendedDue', 'postBy'] as const
export type DeadlineEventKind = (typeof DEADLINE_EVENT_KINDS)[number]

export type DeadlineEvent = {
  reference: string
  type: CaseType
  kind: DeadlineEventKind
  date: IsoDate
}

/** The calendar entries of the open cases among `cases`, by date then reference. */
export function deadlineEvents(
  cases: readonly Pick<
    CaseHeadFields,
    'reference' | 'type' | 'status' | 'receivedAt' | 'clockStops' | 'extension'
  >[],
  today: IsoDate,
  postWorkingDays: number = POST_BY_WORKING_DAYS
): DeadlineEvent[] {
  const events: DeadlineEvent[] = []
  for (const dsrCase of cases) {
    if (!isOpenCase(dsrCase)) continue
    const deadlines = caseDeadlines(dsrCase, today)
    const due = dsrCase.extension ? deadlines.extendedDue : deadlines.due
    const base = { reference: dsrCase.reference, type: dsrCase.type }
    events.push({ ...base, kind: dsrCase.extension ? 'extendedDue' : 'due', date: due })
    events.push({ ...base, kind: 'postBy', date: workingDaysBefore(due, postWorkingDays) })
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference)
  )
}
