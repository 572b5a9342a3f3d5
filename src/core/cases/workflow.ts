/**
 * The case workflow as pure commands. Each command takes the current case, its input and a
 * context (clock, actor, id generator), validates everything, and returns either the new case
 * plus the audit event to append, or a typed error (code and parameters). Nothing is mutated.
 * Audit events carry codes, dates, references and counts, never personal data or free text.
 *
 * Status flow: received → identityCheck → inProgress → (extended) → answered → closed, plus
 * rejected and withdrawn. `extended` is reached only through `extendCase`, `closed` only through
 * `closeCase`, and a closed case comes back only through `reopenCase`.
 */
import { isIsoDate, parseIsoDate, swedishDateOf } from '../calendar/isoDate'
import { computeDeadlines, type Deadlines } from '../deadlines/deadlines'
import { failure, success, type CoreResult, type MessageParams } from '../errors'
import {
  CASE_CHANNELS,
  CASE_STATUSES,
  CASE_TYPES,
  EXTENSION_REASONS,
  type AuditAction,
  type AuditEventInput,
  type CaseChannel,
  type CaseHeadFields,
  type CaseStatus,
  type CaseType,
  type ClockStop,
  type CorrespondenceEntry,
  DECISION_KINDS,
  type DecisionKind,
  type DsrCase,
  type ExtensionReason,
  type Fee,
  type IsoDate
} from '../model/types'
import { defaultTasks } from './tasks'
import { CASE_LIMITS } from '../model/schemas'

export type CommandContext = {
  now: Date
  /** Who acts, for the audit log (the DPO's name). */
  actor: string
  newId: () => string
}

export type CaseChange = { case: DsrCase; event: AuditEventInput }
export type CaseCommandResult = CoreResult<CaseChange>

export const CASE_ERROR = {
  invalidType: 'CASE_INVALID_TYPE',
  invalidChannel: 'CASE_INVALID_CHANNEL',
  invalidDate: 'CASE_INVALID_DATE',
  receivedInFuture: 'CASE_RECEIVED_IN_FUTURE',
  subjectRequired: 'CASE_SUBJECT_REQUIRED',
  transitionNotAllowed: 'CASE_TRANSITION_NOT_ALLOWED',
  useDedicatedCommand: 'CASE_USE_DEDICATED_COMMAND',
  extensionTooLate: 'CASE_EXTENSION_TOO_LATE',
  extensionReasonRequired: 'CASE_EXTENSION_REASON_REQUIRED',
  alreadyExtended: 'CASE_ALREADY_EXTENDED',
  clockAlreadyStopped: 'CASE_CLOCK_ALREADY_STOPPED',
  clockNotStopped: 'CASE_CLOCK_NOT_STOPPED',
  clockStopDates: 'CASE_CLOCK_STOP_DATES',
  clockStopAfterDeadline: 'CASE_CLOCK_STOP_AFTER_DEADLINE',
  clockResumeDates: 'CASE_CLOCK_RESUME_DATES',
  decisionReasonRequired: 'CASE_DECISION_REASON_REQUIRED',
  notClosable: 'CASE_NOT_CLOSABLE',
  notClosed: 'CASE_NOT_CLOSED',
  reopenReasonRequired: 'CASE_REOPEN_REASON_REQUIRED',
  taskNotFound: 'CASE_TASK_NOT_FOUND',
  taskLabelRequired: 'CASE_TASK_LABEL_REQUIRED',
  feeInvalid: 'CASE_FEE_INVALID',
  feeNeedsWarning: 'CASE_FEE_NEEDS_WARNING',
  feeWarningBeforeReceipt: 'CASE_FEE_WARNING_BEFORE_RECEIPT',
  feeWarningInFuture: 'CASE_FEE_WARNING_IN_FUTURE',
  correspondenceInvalid: 'CASE_CORRESPONDENCE_INVALID',
  notOpen: 'CASE_NOT_OPEN',
  sequenceInvalid: 'CASE_SEQUENCE_INVALID'
} as const

/** Which status may follow which through `changeStatus`. */
export const ALLOWED_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['identityCheck', 'inProgress', 'answered', 'rejected', 'withdrawn'],
  identityCheck: ['inProgress', 'rejected', 'withdrawn'],
  inProgress: ['identityCheck', 'answered', 'rejected', 'withdrawn'],
  extended: ['answered', 'rejected', 'withdrawn'],
  answered: ['inProgress'],
  rejected: [],
  withdrawn: [],
  closed: []
}

/** Statuses in which the legal clock still runs for the controller. */
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'received',
  'identityCheck',
  'inProgress',
  'extended'
])

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to)
}

function today(ctx: CommandContext): IsoDate {
  return swedishDateOf(ctx.now)
}

/** The case with `patch` applied and the audit event that records it; shared by all case commands. */
export function applyCasePatch(
  dsrCase: DsrCase,
  patch: Partial<DsrCase>,
  ctx: CommandContext,
  action: AuditAction,
  params: MessageParams = {}
): CaseCommandResult {
  const next: DsrCase = { ...dsrCase, ...patch, updatedAt: ctx.now.toISOString() }
  return success({
    case: next,
    event: {
      action,
      entityType: 'case',
      entityId: dsrCase.id,
      params: { reference: dsrCase.reference, ...params }
    }
  })
}

/** `DSR-YYYY-NNNN`. */
export function formatReference(year: number, sequence: number): string {
  return `DSR-${year}-${String(sequence).padStart(4, '0')}`
}

/** The year and sequence number of a reference `DSR-YYYY-NNNN`, or null for any other text. */
export function referenceSequence(reference: string): { year: number; sequence: number } | null {
  const match = /^DSR-(\d{4})-(.+)$/.exec(reference)
  if (!match) return null
  const sequence = Number(match[2])
  return Number.isInteger(sequence) ? { year: Number(match[1]), sequence } : null
}

/**
 * The next free sequence number of `year`, given the references already used (all of them, or
 * only the highest of each year: the result is the same).
 */
export function nextSequence(existingReferences: Iterable<string>, year: number): number {
  let max = 0
  for (const reference of existingReferences) {
    const parsed = referenceSequence(reference)
    if (parsed?.year === year && parsed.sequence > max) max = parsed.sequence
  }
  return max + 1
}

export type NewCaseInput = {
  type: CaseType
  channel: CaseChannel
  subjectId: string
  receivedAt: IsoDate
  description?: string
}

/**
 * Registers a new request. The reference counts per year of registration (a letter received on
 * 30 December and registered on 2 January gets the new year's number); `existingReferences`
 * are all references in use.
 */
export function createCase(
  input: NewCaseInput,
  existingReferences: Iterable<string>,
  ctx: CommandContext
): CaseCommandResult {
  if (!CASE_TYPES.includes(input.type)) return failure(CASE_ERROR.invalidType)
  if (!CASE_CHANNELS.includes(input.channel)) return failure(CASE_ERROR.invalidChannel)
  if (!input.subjectId) return failure(CASE_ERROR.subjectRequired)
  if (!isIsoDate(input.receivedAt)) return failure(CASE_ERROR.invalidDate)
  const registeredOn = today(ctx)
  if (input.receivedAt > registeredOn) {
    return failure(CASE_ERROR.receivedInFuture, { date: input.receivedAt, today: registeredOn })
  }
  const year = parseIsoDate(registeredOn).year
  const reference = formatReference(year, nextSequence(existingReferences, year))
  const now = ctx.now.toISOString()
  const dsrCase: DsrCase = {
    id: ctx.newId(),
    reference,
    type: input.type,
    channel: input.channel,
    subjectId: input.subjectId,
    receivedAt: input.receivedAt,
    status: 'received',
    ...(input.description?.trim() ? { description: input.description.trim() } : {}),
    clockStops: [],
    tasks: defaultTasks(input.type, ctx.newId),
    decisions: [],
    correspondence: [],
    erasure: [],
    recipientNotices: [],
    createdAt: now,
    updatedAt: now
  }
  return success({
    case: dsrCase,
    event: {
      action: 'case.create',
      entityType: 'case',
      entityId: dsrCase.id,
      params: { reference, type: input.type, receivedAt: input.receivedAt }
    }
  })
}

/** The deadlines of a case as of `today` (running clock stops count up to today). */
export function caseDeadlines(
  dsrCase: Pick<CaseHeadFields, 'receivedAt' | 'clockStops'>,
  todayDate: IsoDate
): Deadlines {
  return computeDeadlines(dsrCase.receivedAt, { clockStops: dsrCase.clockStops, today: todayDate })
}

/** The date the case must be answered by: the extended date once extended. */
export function effectiveDue(
  dsrCase: Pick<CaseHeadFields, 'receivedAt' | 'clockStops' | 'extension'>,
  todayDate: IsoDate
): IsoDate {
  const deadlines = caseDeadlines(dsrCase, todayDate)
  return dsrCase.extension ? deadlines.extendedDue : deadlines.due
}

export function isOpenCase(dsrCase: Pick<CaseHeadFields, 'status'>): boolean {
  return OPEN_STATUSES.has(dsrCase.status)
}

export function changeStatus(
  dsrCase: DsrCase,
  to: CaseStatus,
  ctx: CommandContext
): CaseCommandResult {
  if (!CASE_STATUSES.includes(to)) return failure(CASE_ERROR.transitionNotAllowed)
  if (to === 'extended' || to === 'closed')
    return failure(CASE_ERROR.useDedicatedCommand, { status: to })
  if (!canTransition(dsrCase.status, to)) {
    return failure(CASE_ERROR.transitionNotAllowed, { from: dsrCase.status, to })
  }
  const patch: Partial<DsrCase> = { status: to }
  if (to === 'answered') patch.answeredAt = today(ctx)
  if (dsrCase.status === 'answered' && to === 'inProgress') patch.answeredAt = undefined
  return applyCasePatch(dsrCase, patch, ctx, 'case.status', { from: dsrCase.status, to })
}

/**
 * Extends the deadline by two months (art. 12(3)). Allowed only while the one-month deadline
 * has not passed, with a reason category and an explanation for the extension notice.
 */
export function extendCase(
  dsrCase: DsrCase,
  input: { reason: ExtensionReason; explanation: string },
  ctx: CommandContext
): CaseCommandResult {
  if (dsrCase.extension) return failure(CASE_ERROR.alreadyExtended)
  if (!['received', 'identityCheck', 'inProgress'].includes(dsrCase.status)) {
    return failure(CASE_ERROR.notOpen, { status: dsrCase.status })
  }
  if (!EXTENSION_REASONS.includes(input.reason) || !input.explanation.trim()) {
    return failure(CASE_ERROR.extensionReasonRequired)
  }
  const todayDate = today(ctx)
  // Counts only the clock stops that began while the one-month period ran (EDPB §159).
  const deadlines = caseDeadlines(dsrCase, todayDate)
  if (todayDate > deadlines.extensionAllowedUntil) {
    return failure(CASE_ERROR.extensionTooLate, { date: deadlines.extensionAllowedUntil })
  }
  return applyCasePatch(
    dsrCase,
    {
      status: 'extended',
      extension: {
        reason: input.reason,
        explanation: input.explanation.trim(),
        decidedAt: todayDate,
        newDue: deadlines.extendedDue
      }
    },
    ctx,
    'case.extend',
    { newDue: deadlines.extendedDue, reason: input.reason }
  )
}

/**
 * Stops the clock while waiting for identification or clarification (EDPB §159). A suspension
 * can only happen while the period runs: a stop that would begin after the deadline that applies
 * (the extended one once extended, each adjusted for earlier stops) is refused.
 */
export function stopClock(
  dsrCase: DsrCase,
  input: { reason: ClockStop['reason']; questionSentAt: IsoDate; from?: IsoDate },
  ctx: CommandContext
): CaseCommandResult {
  if (!isOpenCase(dsrCase)) return failure(CASE_ERROR.notOpen, { status: dsrCase.status })
  if (dsrCase.clockStops.some((stop) => !stop.to)) return failure(CASE_ERROR.clockAlreadyStopped)
  if (input.reason !== 'identity' && input.reason !== 'clarification') {
    return failure(CASE_ERROR.clockStopDates, { receivedAt: dsrCase.receivedAt })
  }
  const from = input.from ?? input.questionSentAt
  const todayDate = today(ctx)
  if (
    !isIsoDate(input.questionSentAt) ||
    !isIsoDate(from) ||
    from < dsrCase.receivedAt ||
    from > todayDate ||
    input.questionSentAt > from
  ) {
    return failure(CASE_ERROR.clockStopDates, { receivedAt: dsrCase.receivedAt, today: todayDate })
  }
  const deadlines = caseDeadlines(dsrCase, todayDate)
  const due = dsrCase.extension ? deadlines.extendedDue : deadlines.due
  if (from > due) {
    return failure(CASE_ERROR.clockStopAfterDeadline, {
      from,
      due,
      isExtended: Boolean(dsrCase.extension)
    })
  }
  const stop: ClockStop = { reason: input.reason, questionSentAt: input.questionSentAt, from }
  return applyCasePatch(
    dsrCase,
    { clockStops: [...dsrCase.clockStops, stop] },
    ctx,
    'case.clock-stop',
    { from, reason: input.reason, questionSentAt: input.questionSentAt }
  )
}

export function resumeClock(
  dsrCase: DsrCase,
  input: { to?: IsoDate },
  ctx: CommandContext
): CaseCommandResult {
  const index = dsrCase.clockStops.findIndex((stop) => !stop.to)
  if (index < 0) return failure(CASE_ERROR.clockNotStopped)
  const stop = dsrCase.clockStops[index]!
  const to = input.to ?? today(ctx)
  if (!isIsoDate(to) || to < stop.from || to > today(ctx)) {
    return failure(CASE_ERROR.clockResumeDates, { from: stop.from, today: today(ctx) })
  }
  const clockStops = dsrCase.clockStops.map((item, i) => (i === index ? { ...item, to } : item))
  return applyCasePatch(dsrCase, { clockStops }, ctx, 'case.clock-resume', { to })
}

export function recordDecision(
  dsrCase: DsrCase,
  input: { kind: DecisionKind; reasons: string },
  ctx: CommandContext
): CaseCommandResult {
  if (!DECISION_KINDS.includes(input.kind as DecisionKind) || !input.reasons.trim()) {
    return failure(CASE_ERROR.decisionReasonRequired)
  }
  const decision = {
    id: ctx.newId(),
    at: ctx.now.toISOString(),
    kind: input.kind,
    reasons: input.reasons.trim()
  }
  return applyCasePatch(
    dsrCase,
    { decisions: [...dsrCase.decisions, decision] },
    ctx,
    'case.decision',
    { kind: decision.kind }
  )
}

export function closeCase(dsrCase: DsrCase, ctx: CommandContext): CaseCommandResult {
  if (!['answered', 'rejected', 'withdrawn'].includes(dsrCase.status)) {
    return failure(CASE_ERROR.notClosable, { status: dsrCase.status })
  }
  return applyCasePatch(
    dsrCase,
    { status: 'closed', closedAt: ctx.now.toISOString() },
    ctx,
    'case.close',
    { from: dsrCase.status }
  )
}

export function reopenCase(
  dsrCase: DsrCase,
  input: { reason: string },
  ctx: CommandContext
): CaseCommandResult {
  if (dsrCase.status !== 'closed') return failure(CASE_ERROR.notClosed)
  if (!input.reason.trim()) return failure(CASE_ERROR.reopenReasonRequired)
  // The reason is the DPO's own text: it is kept in the case as a decision, not in the audit log.
  const decision = {
    id: ctx.newId(),
    at: ctx.now.toISOString(),
    kind: 'reopen' as const,
    reasons: input.reason.trim()
  }
  return applyCasePatch(
    dsrCase,
    { status: 'inProgress', closedAt: undefined, decisions: [...dsrCase.decisions, decision] },
    ctx,
    'case.reopen'
  )
}

export function setTaskDone(
  dsrCase: DsrCase,
  taskId: string,
  done: boolean,
  ctx: CommandContext
): CaseCommandResult {
  const task = dsrCase.tasks.find((item) => item.id === taskId)
  if (!task) return failure(CASE_ERROR.taskNotFound)
  const tasks = dsrCase.tasks.map((item) =>
    item.id === taskId
      ? { ...item, done, ...(done ? { doneAt: ctx.now.toISOString() } : { doneAt: undefined }) }
      : item
  )
  // A default task is named by its code; a task the DPO wrote herself is not named at all.
  return applyCasePatch(dsrCase, { tasks }, ctx, 'case.task', { done, task: task.code ?? null })
}

export function addTask(dsrCase: DsrCase, label: string, ctx: CommandContext): CaseCommandResult {
  if (!label.trim()) return failure(CASE_ERROR.taskLabelRequired)
  return applyCasePatch(
    dsrCase,
    { tasks: [...dsrCase.tasks, { id: ctx.newId(), label: label.trim(), done: false }] },
    ctx,
    'case.task-add'
  )
}

export function addCorrespondence(
  dsrCase: DsrCase,
  entry: Omit<CorrespondenceEntry, 'id'>,
  ctx: CommandContext
): CaseCommandResult {
  if (
    !entry.subject.trim() ||
    !['in', 'out'].includes(entry.direction) ||
    !CASE_CHANNELS.includes(entry.medium)
  ) {
    return failure(CASE_ERROR.correspondenceInvalid)
  }
  const item: CorrespondenceEntry = { ...entry, id: ctx.newId(), subject: entry.subject.trim() }
  return applyCasePatch(
    dsrCase,
    { correspondence: [...dsrCase.correspondence, item] },
    ctx,
    'case.correspondence',
    { direction: entry.direction, medium: entry.medium, attachments: item.attachmentIds.length }
  )
}

/** Marks outgoing letters as posted (the mail queue). */
export function markPosted(
  dsrCase: DsrCase,
  entryIds: readonly string[],
  postedAt: IsoDate,
  ctx: CommandContext
): CaseCommandResult {
  const ids = new Set(entryIds)
  const correspondence = dsrCase.correspondence.map((entry) =>
    ids.has(entry.id) && entry.direction === 'out' ? { ...entry, toPost: false, postedAt } : entry
  )
  return applyCasePatch(dsrCase, { correspondence }, ctx, 'case.posted', {
    count: ids.size,
    postedAt
  })
}

/**
 * A fee for a further copy (art. 15(3)) or a manifestly excessive request (art. 12(5)): only
 * after the subject was warned and could withdraw or change the request (EDPB §§31, 194), never
 * a refusal. The warning answers this request, so it is dated on or after the day of receipt
 * and not in the future: the fee is recorded only once the warning has gone out. (A copy can
 * be delivered as charged only on a later day than the warning; see `recordCopyDelivered`.)
 */
export function setFee(dsrCase: DsrCase, fee: Fee | null, ctx: CommandContext): CaseCommandResult {
  if (fee === null) return applyCasePatch(dsrCase, { fee: undefined }, ctx, 'case.fee-remove')
  if (
    !Number.isFinite(fee.amountSek) ||
    fee.amountSek <= 0 ||
    fee.amountSek > CASE_LIMITS.feeMaxSek ||
    !fee.reason.trim()
  ) {
    return failure(CASE_ERROR.feeInvalid, { max: CASE_LIMITS.feeMaxSek })
  }
  if (!fee.warnedAt || !isIsoDate(fee.warnedAt)) return failure(CASE_ERROR.feeNeedsWarning)
  const todayDate = today(ctx)
  if (fee.warnedAt < dsrCase.receivedAt) {
    return failure(CASE_ERROR.feeWarningBeforeReceipt, {
      warnedAt: fee.warnedAt,
      receivedAt: dsrCase.receivedAt
    })
  }
  if (fee.warnedAt > todayDate) {
    return failure(CASE_ERROR.feeWarningInFuture, { warnedAt: fee.warnedAt, today: todayDate })
  }
  return applyCasePatch(dsrCase, { fee: { ...fee, reason: fee.reason.trim() } }, ctx, 'case.fee', {
    amountSek: fee.amountSek,
    warnedAt: fee.warnedAt
  })
}
