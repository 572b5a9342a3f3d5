import {
  computeDeadlines,
  swedishDateOf,
  type CaseHead,
  type CaseHeadFields,
  type Deadlines,
  type DsrCase,
  type IsoDate
} from '@core'
import type { SubjectHead } from '../../data/store/caseStore'

/** A case as lists, the dashboard and reports show it: its head, subject and deadlines. */
export type CaseRowView = {
  case: CaseHead
  subject?: SubjectHead
  /** The date to answer by (the extended date once extended). */
  due: IsoDate
  extendedDue: IsoDate
  deadlines: Deadlines
}

/** An opened case: the whole record, its subject and deadlines. */
export type CaseView = Omit<CaseRowView, 'case'> & { case: DsrCase }

export function today(): IsoDate {
  return swedishDateOf(new Date())
}

/** Deadlines without clock stops depend only on the day of receipt: computed once per day. */
const byReceipt = new Map<IsoDate, Deadlines>()

export function deadlinesOf(dsrCase: CaseHeadFields, on: IsoDate): Deadlines {
  if (dsrCase.clockStops.length > 0)
    return computeDeadlines(dsrCase.receivedAt, { clockStops: dsrCase.clockStops, today: on })
  let deadlines = byReceipt.get(dsrCase.receivedAt)
  if (!deadlines) {
    deadlines = computeDeadlines(dsrCase.receivedAt)
    byReceipt.set(dsrCase.receivedAt, deadlines)
  }
  return deadlines
}

export function viewOf<C extends CaseHeadFields>(
  dsrCase: C,
  subject: SubjectHead | undefined,
  on: IsoDate
): Omit<CaseRowView, 'case'> & { case: C } {
  const deadlines = deadlinesOf(dsrCase, on)
  return {
    case: dsrCase,
    ...(subject ? { subject } : {}),
    due: dsrCase.extension ? deadlines.extendedDue : deadlines.due,
    extendedDue: deadlines.extendedDue,
    deadlines
  }
}

type Cached = { on: IsoDate; subject: SubjectHead | undefined; view: CaseRowView }
/** Heads and subjects are replaced, never changed, so a view is reused until either is. */
const rowCache = new WeakMap<CaseHead, Cached>()

/** The row view of one case, reused until its head or subject changes. */
export function caseRowView(
  head: CaseHead,
  subject: SubjectHead | undefined,
  on: IsoDate
): CaseRowView {
  const cached = rowCache.get(head)
  if (cached && cached.on === on && cached.subject === subject) return cached.view
  const view = viewOf(head, subject, on)
  rowCache.set(head, { on, subject, view })
  return view
}

/** Row views of many cases; only cases whose head or subject changed are computed again. */
export function caseRowViews(
  heads: readonly CaseHead[],
  subjectOf: (id: string) => SubjectHead | undefined,
  on: IsoDate
): CaseRowView[] {
  return heads.map((head) => caseRowView(head, subjectOf(head.subjectId), on))
}
