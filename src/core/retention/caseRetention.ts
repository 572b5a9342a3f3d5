/**
 * The app's own storage limitation (GDPR art. 5(1)(e); issue 16): a closed case is personal data
 * about the requester and is deleted a configurable number of years after it was closed (ADR
 * 0012 argues the default). What stays is an anonymous statistical record — type, channel,
 * month of receipt, whether and how fast it was answered, the outcome — so the annual report
 * counts the case as before, and the audit log's events, which carry no personal data.
 *
 * A case with data still blocked (a pending "spärr", art. 17(3)(b)) or a letter still to post is
 * never deleted: blocked data keeps its own release date.
 */
import { addDays, addMonths, daysBetween, swedishDateOf } from '../calendar/isoDate'
import { caseDeadlines, effectiveDue } from '../cases/workflow'
import type {
  CaseChannel,
  CaseHead,
  CaseType,
  DecisionKind,
  DsrCase,
  IsoDate
} from '../model/types'
import { answeredOn } from '../reports/stats'

/** Years after closing that a case is kept. */
export const CASE_RETENTION_YEARS = { default: 5, min: 1, max: 10 } as const

export const CASE_OUTCOMES = [
  'granted',
  'partlyGranted',
  'refused',
  'noData',
  'answered',
  'closedUnanswered'
] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]

/**
 * What the app keeps of a deleted case: nothing that names or identifies the person, no case
 * reference and no exact dates. The three timeliness facts are computed exactly as the annual
 * report computes them for a stored case, so its figures do not change when cases are deleted.
 */
export type AnonymousCaseRecord = {
  type: CaseType
  channel: CaseChannel
  /** `YYYY-MM` of receipt. */
  receivedMonth: string
  /** `YYYY-MM` the case was closed. */
  closedMonth: string
  outcome: CaseOutcome
  /** Calendar days from receipt to the answer (or to closing, when never answered). */
  daysToAnswer: number
  withinOneMonth: boolean
  withinThreeMonths: boolean
}

export type RetentionCandidate = {
  id: string
  reference: string
  type: CaseType
  closedOn: IsoDate
  /** The first day the case may be deleted. */
  deletableFrom: IsoDate
}

export type RetentionHeld = RetentionCandidate & {
  /** Why it stays although its period has run: a pending block, or a letter not yet posted. */
  reason: 'blocked' | 'letterToPost'
  /** The block's own release date, when the reason is a block and it has one. */
  releaseDate?: IsoDate
}

/**
 * The first day a case closed on `closedOn` may be deleted: the period of `years` years ends at
 * the end of the anniversary day (1182/71 art. 3(2)(c), as ADR 0008 counts retention), deletion
 * from the day after.
 */
export function caseDeletableFrom(closedOn: IsoDate, years: number): IsoDate {
  return addDays(addMonths(closedOn, 12 * years), 1)
}

function pendingBlock(head: Pick<CaseHead, 'erasure'>) {
  return head.erasure.filter((item) => item.action === 'block' && !item.erasedAt)
}

/**
 * Closed cases whose period has run on `today` (`due`), and those whose period has run but which
 * must stay for now (`held`), oldest first.
 */
export function retentionSweep(
  heads: readonly CaseHead[],
  today: IsoDate,
  years: number
): { due: RetentionCandidate[]; held: RetentionHeld[] } {
  const due: RetentionCandidate[] = []
  const held: RetentionHeld[] = []
  for (const head of heads) {
    if (head.status !== 'closed' || !head.closedAt) continue
    const closedOn = swedishDateOf(new Date(head.closedAt))
    const deletableFrom = caseDeletableFrom(closedOn, years)
    if (deletableFrom > today) continue
    const candidate = {
      id: head.id,
      reference: head.reference,
      type: head.type,
      closedOn,
      deletableFrom
    }
    const blocks = pendingBlock(head)
    if (blocks.length > 0) {
      const releases = blocks.map((item) => item.releaseDate).filter((date) => date !== undefined)
      held.push({
        ...candidate,
        reason: 'blocked',
        ...(releases.length ? { releaseDate: releases.sort().at(-1)! } : {})
      })
    } else if (head.lettersToPost > 0) {
      held.push({ ...candidate, reason: 'letterToPost' })
    } else {
      due.push(candidate)
    }
  }
  const order = (a: RetentionCandidate, b: RetentionCandidate) =>
    a.closedOn.localeCompare(b.closedOn) || a.reference.localeCompare(b.reference)
  return { due: due.sort(order), held: held.sort(order) }
}

const DECIDED: Partial<Record<DecisionKind, CaseOutcome>> = {
  grant: 'granted',
  partialGrant: 'partlyGranted',
  refuse: 'refused',
  noData: 'noData'
}

/** The anonymous record a deleted case leaves behind (see AnonymousCaseRecord). */
export function anonymousRecordOf(dsrCase: DsrCase, today: IsoDate): AnonymousCaseRecord {
  const closedOn = dsrCase.closedAt ? swedishDateOf(new Date(dsrCase.closedAt)) : today
  const answered = answeredOn(dsrCase) ?? closedOn
  // The same dates the annual report compares with (the case list's `due`: the extended date
  // once extended), so the report's figures stay the same after the case is deleted.
  const due = effectiveDue(dsrCase, today)
  const { extendedDue } = caseDeadlines(dsrCase, today)
  const latest = [...dsrCase.decisions]
    .reverse()
    .map((decision) => DECIDED[decision.kind])
    .find((outcome) => outcome !== undefined)
  return {
    type: dsrCase.type,
    channel: dsrCase.channel,
    receivedMonth: dsrCase.receivedAt.slice(0, 7),
    closedMonth: closedOn.slice(0, 7),
    outcome: latest ?? (dsrCase.answeredAt ? 'answered' : 'closedUnanswered'),
    daysToAnswer: daysBetween(dsrCase.receivedAt, answered),
    withinOneMonth: answered <= due,
    withinThreeMonths: answered <= extendedDue
  }
}
