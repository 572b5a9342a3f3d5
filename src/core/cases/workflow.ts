/**
 * The case workflow as pure commands. Each command takes the current case, its input and a
 * context (clock, actor, id generator), validates everything, and returns either the new case
 * plus the audit event to append, or a typed error with a Swedish message. Nothing is mutated.
 *
 * Status flow: received → identityCheck → inProgress → (extended) → answered → closed, plus
 * rejected and withdrawn. `extended` is reached only through `extendCase`, `closed` only through
 * `closeCase`, and a closed case comes back only through `reopenCase`.
 */
import { isIsoDate, parseIsoDate, swedishDateOf } from '../calendar/isoDate'
import { computeDeadlines, type Deadlines } from '../deadlines/deadlines'
import { failure, success, type CoreResult } from '../errors'
import {
  CASE_CHANNELS,
  CASE_STATUSES,
  CASE_TYPES,
  EXTENSION_REASONS,
  type AuditEventInput,
  type CaseChannel,
  type CaseHeadFields,
  type CaseStatus,
  type CaseType,
  type ClockStop,
  type CorrespondenceEntry,
  type DsrCase,
  type ExtensionReason,
  type Fee,
  type IsoDate
} from '../model/types'
import { CASE_STATUS_SV, CASE_TYPE_SV, EXTENSION_REASON_SV } from './labels'
import { defaultTasks } from './tasks'

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
  decisionReasonRequired: 'CASE_DECISION_REASON_REQUIRED',
  notClosable: 'CASE_NOT_CLOSABLE',
  notClosed: 'CASE_NOT_CLOSED',
  reopenReasonRequired: 'CASE_REOPEN_REASON_REQUIRED',
  taskNotFound: 'CASE_TASK_NOT_FOUND',
  feeInvalid: 'CASE_FEE_INVALID',
  feeNeedsWarning: 'CASE_FEE_NEEDS_WARNING',
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
  action: string,
  summary: string
): CaseCommandResult {
  const next: DsrCase = { ...dsrCase, ...patch, updatedAt: ctx.now.toISOString() }
  return success({
    case: next,
    event: {
      action,
      entityType: 'case',
      entityId: dsrCase.id,
      summary: `${dsrCase.reference}: ${summary}`
    }
  })
}

/** `DSR-YYYY-NNNN`. */
export function formatReference(year: number, sequence: number): string {
  return `DSR-${year}-${String(sequence).padStart(4, '0')}`
}

/** The next free sequence number of `year`, given the references already used. */
export function nextSequence(existingReferences: Iterable<string>, year: number): number {
  let max = 0
  const prefix = `DSR-${year}-`
  for (const reference of existingReferences) {
    if (!reference.startsWith(prefix)) continue
    const sequence = Number(reference.slice(prefix.length))
    if (Number.isInteger(sequence) && sequence > max) max = sequence
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
  if (!CASE_TYPES.includes(input.type))
    return failure(CASE_ERROR.invalidType, 'Välj vilken typ av begäran det gäller.')
  if (!CASE_CHANNELS.includes(input.channel))
    return failure(CASE_ERROR.invalidChannel, 'Välj hur begäran kom in.')
  if (!input.subjectId)
    return failure(
      CASE_ERROR.subjectRequired,
      'Välj eller registrera den registrerade som begäran gäller.'
    )
  if (!isIsoDate(input.receivedAt)) {
    return failure(
      CASE_ERROR.invalidDate,
      'Ange mottagningsdagen som ÅÅÅÅ-MM-DD (en dag som finns i kalendern).'
    )
  }
  const registeredOn = today(ctx)
  if (input.receivedAt > registeredOn) {
    return failure(
      CASE_ERROR.receivedInFuture,
      `Mottagningsdagen ${input.receivedAt} ligger i framtiden.`
    )
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
      summary: `${reference}: registrerad (${CASE_TYPE_SV[input.type]}, mottagen ${input.receivedAt})`
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
  if (!CASE_STATUSES.includes(to)) return failure(CASE_ERROR.transitionNotAllowed, 'Okänd status.')
  if (to === 'extended')
    return failure(CASE_ERROR.useDedicatedCommand, 'Använd Förläng för att förlänga tidsfristen.')
  if (to === 'closed')
    return failure(CASE_ERROR.useDedicatedCommand, 'Använd Avsluta för att avsluta ärendet.')
  if (!canTransition(dsrCase.status, to)) {
    return failure(
      CASE_ERROR.transitionNotAllowed,
      `Ett ärende med status ${CASE_STATUS_SV[dsrCase.status]} kan inte ändras till ${CASE_STATUS_SV[to]}.`
    )
  }
  const patch: Partial<DsrCase> = { status: to }
  if (to === 'answered') patch.answeredAt = today(ctx)
  if (dsrCase.status === 'answered' && to === 'inProgress') patch.answeredAt = undefined
  return applyCasePatch(
    dsrCase,
    patch,
    ctx,
    'case.status',
    `status ${CASE_STATUS_SV[dsrCase.status]} → ${CASE_STATUS_SV[to]}`
  )
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
  if (dsrCase.extension)
    return failure(CASE_ERROR.alreadyExtended, 'Tidsfristen är redan förlängd.')
  if (!['received', 'identityCheck', 'inProgress'].includes(dsrCase.status)) {
    return failure(
      CASE_ERROR.notOpen,
      `Ett ärende med status ${CASE_STATUS_SV[dsrCase.status]} kan inte förlängas.`
    )
  }
  if (!EXTENSION_REASONS.includes(input.reason)) {
    return failure(
      CASE_ERROR.extensionReasonRequired,
      'Välj skälet till förlängningen: komplexitet eller antalet begäranden.'
    )
  }
  if (!input.explanation.trim()) {
    return failure(
      CASE_ERROR.extensionReasonRequired,
      'Förklara varför mer tid behövs; förklaringen skickas till den registrerade.'
    )
  }
  const todayDate = today(ctx)
  const deadlines = caseDeadlines(dsrCase, todayDate)
  if (todayDate > deadlines.extensionAllowedUntil) {
    return failure(
      CASE_ERROR.extensionTooLate,
      `Tidsfristen kan inte förlängas efter den första sista dagen (${deadlines.extensionAllowedUntil}).`
    )
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
    `förlängd till ${deadlines.extendedDue} (${EXTENSION_REASON_SV[input.reason]})`
  )
}

/** Stops the clock while waiting for identification or clarification (EDPB §159). */
export function stopClock(
  dsrCase: DsrCase,
  input: { reason: ClockStop['reason']; questionSentAt: IsoDate; from?: IsoDate },
  ctx: CommandContext
): CaseCommandResult {
  if (!isOpenCase(dsrCase))
    return failure(CASE_ERROR.notOpen, 'Klockan kan bara stoppas i ett öppet ärende.')
  if (dsrCase.clockStops.some((stop) => !stop.to))
    return failure(CASE_ERROR.clockAlreadyStopped, 'Klockan står redan still.')
  const from = input.from ?? input.questionSentAt
  const todayDate = today(ctx)
  if (!isIsoDate(input.questionSentAt) || !isIsoDate(from)) {
    return failure(CASE_ERROR.clockStopDates, 'Ange datumen som ÅÅÅÅ-MM-DD.')
  }
  if (from < dsrCase.receivedAt || from > todayDate || input.questionSentAt > from) {
    return failure(
      CASE_ERROR.clockStopDates,
      'Klockstoppet måste börja tidigast när begäran kom in och senast i dag, och frågan måste ha skickats senast samma dag.'
    )
  }
  const stop: ClockStop = { reason: input.reason, questionSentAt: input.questionSentAt, from }
  return applyCasePatch(
    dsrCase,
    { clockStops: [...dsrCase.clockStops, stop] },
    ctx,
    'case.clock-stop',
    `klockan stoppad från ${from} (${input.reason === 'identity' ? 'identifiering' : 'förtydligande'}; frågan skickad ${input.questionSentAt})`
  )
}

export function resumeClock(
  dsrCase: DsrCase,
  input: { to?: IsoDate },
  ctx: CommandContext
): CaseCommandResult {
  const index = dsrCase.clockStops.findIndex((stop) => !stop.to)
  if (index < 0) return failure(CASE_ERROR.clockNotStopped, 'Klockan är inte stoppad.')
  const stop = dsrCase.clockStops[index]!
  const to = input.to ?? today(ctx)
  if (!isIsoDate(to) || to < stop.from || to > today(ctx)) {
    return failure(
      CASE_ERROR.clockStopDates,
      `Klockan kan startas igen tidigast ${stop.from} och senast i dag.`
    )
  }
  const clockStops = dsrCase.clockStops.map((item, i) => (i === index ? { ...item, to } : item))
  return applyCasePatch(
    dsrCase,
    { clockStops },
    ctx,
    'case.clock-resume',
    `klockan startad igen ${to}`
  )
}

export function recordDecision(
  dsrCase: DsrCase,
  input: { kind: string; reasons: string },
  ctx: CommandContext
): CaseCommandResult {
  if (!input.kind.trim() || !input.reasons.trim()) {
    return failure(
      CASE_ERROR.decisionReasonRequired,
      'Ett beslut behöver en typ och en motivering.'
    )
  }
  const decision = {
    id: ctx.newId(),
    at: ctx.now.toISOString(),
    kind: input.kind.trim(),
    reasons: input.reasons.trim()
  }
  return applyCasePatch(
    dsrCase,
    { decisions: [...dsrCase.decisions, decision] },
    ctx,
    'case.decision',
    `beslut: ${decision.kind}`
  )
}

export function closeCase(dsrCase: DsrCase, ctx: CommandContext): CaseCommandResult {
  if (!['answered', 'rejected', 'withdrawn'].includes(dsrCase.status)) {
    return failure(
      CASE_ERROR.notClosable,
      'Ett ärende kan avslutas först när det är besvarat, avslaget eller återkallat.'
    )
  }
  return applyCasePatch(
    dsrCase,
    {
      status: 'closed',
      closedAt: ctx.now.toISOString(),
      ...(dsrCase.status === 'answered' || dsrCase.answeredAt ? {} : {})
    },
    ctx,
    'case.close',
    `avslutat (${CASE_STATUS_SV[dsrCase.status]})`
  )
}

export function reopenCase(
  dsrCase: DsrCase,
  input: { reason: string },
  ctx: CommandContext
): CaseCommandResult {
  if (dsrCase.status !== 'closed')
    return failure(CASE_ERROR.notClosed, 'Bara avslutade ärenden kan öppnas igen.')
  if (!input.reason.trim())
    return failure(CASE_ERROR.reopenReasonRequired, 'Ange varför ärendet öppnas igen.')
  return applyCasePatch(
    dsrCase,
    { status: 'inProgress', closedAt: undefined },
    ctx,
    'case.reopen',
    `öppnat igen: ${input.reason.trim()}`
  )
}

export function setTaskDone(
  dsrCase: DsrCase,
  taskId: string,
  done: boolean,
  ctx: CommandContext
): CaseCommandResult {
  const task = dsrCase.tasks.find((item) => item.id === taskId)
  if (!task) return failure(CASE_ERROR.taskNotFound, 'Uppgiften finns inte i ärendet.')
  const tasks = dsrCase.tasks.map((item) =>
    item.id === taskId
      ? { ...item, done, ...(done ? { doneAt: ctx.now.toISOString() } : { doneAt: undefined }) }
      : item
  )
  return applyCasePatch(
    dsrCase,
    { tasks },
    ctx,
    'case.task',
    `${done ? 'klar' : 'inte klar'}: ${task.label}`
  )
}

export function addTask(dsrCase: DsrCase, label: string, ctx: CommandContext): CaseCommandResult {
  if (!label.trim()) return failure(CASE_ERROR.taskNotFound, 'Skriv vad som ska göras.')
  return applyCasePatch(
    dsrCase,
    { tasks: [...dsrCase.tasks, { id: ctx.newId(), label: label.trim(), done: false }] },
    ctx,
    'case.task-add',
    `ny uppgift: ${label.trim()}`
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
    return failure(
      CASE_ERROR.correspondenceInvalid,
      'Ange riktning, kanal och en rubrik för posten.'
    )
  }
  const item: CorrespondenceEntry = { ...entry, id: ctx.newId(), subject: entry.subject.trim() }
  return applyCasePatch(
    dsrCase,
    { correspondence: [...dsrCase.correspondence, item] },
    ctx,
    'case.correspondence',
    `${entry.direction === 'in' ? 'inkommande' : 'utgående'} ${entry.medium}${item.attachmentIds.length ? ` med ${item.attachmentIds.length} bilagor` : ''}`
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
  return applyCasePatch(
    dsrCase,
    { correspondence },
    ctx,
    'case.posted',
    `${ids.size} brev postade ${postedAt}`
  )
}

/**
 * A fee for a further copy (art. 15(3)) or a manifestly excessive request (art. 12(5)): only
 * after the subject was warned (EDPB §194), never a refusal.
 */
export function setFee(dsrCase: DsrCase, fee: Fee | null, ctx: CommandContext): CaseCommandResult {
  if (fee === null)
    return applyCasePatch(dsrCase, { fee: undefined }, ctx, 'case.fee', 'avgift borttagen')
  if (
    !Number.isFinite(fee.amountSek) ||
    fee.amountSek <= 0 ||
    fee.amountSek > 100_000 ||
    !fee.reason.trim()
  ) {
    return failure(CASE_ERROR.feeInvalid, 'Ange ett belopp i kronor och skälet till avgiften.')
  }
  if (!fee.warnedAt || !isIsoDate(fee.warnedAt)) {
    return failure(
      CASE_ERROR.feeNeedsWarning,
      'En avgift får tas ut först efter att den registrerade har fått ett avgiftsbesked.'
    )
  }
  return applyCasePatch(
    dsrCase,
    { fee: { ...fee, reason: fee.reason.trim() } },
    ctx,
    'case.fee',
    `avgift ${fee.amountSek} kr (avgiftsbesked ${fee.warnedAt})`
  )
}
