/**
 * What follows from a letter (issue 12): filing or posting a letter carries out the workflow
 * step it stands for, where the workflow allows it. Every step is returned with the state it
 * replaced, so the app shows it and the DPO can undo it in one click (audited both ways).
 *
 * - receipt acknowledgement → its task is done;
 * - request for identification → status identity check (the clock stop is offered, not taken);
 * - registerutdrag → the copy goes into the free-copy ledger (scope, period, free or charged),
 *   its tasks are done and the case is answered;
 * - the answers (rectification, erasure, restriction, objection, opt-out, portability) → their
 *   confirmation task is done and the case is answered; a refusal → rejected.
 * A letter queued for the post counts when it is posted, any other when it is filed.
 */
import { swedishDateOf } from '../calendar/isoDate'
import { failure, success } from '../errors'
import { ALL_DATA_SCOPE, freeCopyStatus } from '../freeCopy/freeCopy'
import type {
  CaseStatus,
  CopyDelivery,
  CorrespondenceEntry,
  DsrCase,
  IsoDate
} from '../model/types'
import type { TaskCode } from './tasks'
import {
  applyCasePatch,
  canTransition,
  type CaseCommandResult,
  type CommandContext
} from './workflow'

export type AutomaticStep =
  | { kind: 'task'; taskId: string; code: TaskCode }
  | { kind: 'status'; from: CaseStatus; to: CaseStatus }
  | { kind: 'copy'; copy: NonNullable<DsrCase['copy']> }

/** What a letter does to the case, and whether to offer a clock stop. */
export type Automation = { steps: AutomaticStep[]; offerClockStop: boolean }

const ANSWERS: Readonly<Record<string, { tasks: TaskCode[]; status: CaseStatus }>> = {
  registerutdrag: { tasks: ['compileCopy', 'sendCopy'], status: 'answered' },
  rectificationDone: { tasks: ['confirmRectification'], status: 'answered' },
  erasureDone: { tasks: ['confirmErasure'], status: 'answered' },
  erasurePartial: { tasks: ['confirmErasure'], status: 'answered' },
  erasureBlocked: { tasks: ['confirmErasure'], status: 'answered' },
  restrictionDone: { tasks: ['confirmRestriction'], status: 'answered' },
  objectionDone: { tasks: ['stopOrJustify', 'answerSubject'], status: 'answered' },
  marketingOptOutConfirmation: { tasks: ['confirmOptOut'], status: 'answered' },
  portabilityDelivery: { tasks: ['exportMachineReadable', 'deliverData'], status: 'answered' },
  refusal: { tasks: ['answerSubject'], status: 'rejected' }
}

function tasksDone(dsrCase: DsrCase, codes: readonly TaskCode[]): AutomaticStep[] {
  return dsrCase.tasks
    .filter((task) => task.code && codes.includes(task.code) && !task.done)
    .map((task) => ({ kind: 'task', taskId: task.id, code: task.code! }))
}

function statusTo(dsrCase: DsrCase, to: CaseStatus): AutomaticStep[] {
  return dsrCase.status !== to && canTransition(dsrCase.status, to)
    ? [{ kind: 'status', from: dsrCase.status, to }]
    : []
}

/**
 * The steps a letter carries out when it takes effect: on filing if it is not queued for the
 * post, on posting if it is.
 */
export function automationFor(
  dsrCase: DsrCase,
  entry: CorrespondenceEntry,
  facts: { ledger: readonly CopyDelivery[]; on: IsoDate }
): Automation {
  const templateId = entry.letter?.templateId
  if (!templateId || entry.voidedAt) return { steps: [], offerClockStop: false }
  if (templateId === 'receiptAcknowledgement')
    return { steps: tasksDone(dsrCase, ['acknowledge']), offerClockStop: false }
  if (templateId === 'identificationRequest') {
    const open = !dsrCase.clockStops.some((stop) => !stop.to)
    return { steps: statusTo(dsrCase, 'identityCheck'), offerClockStop: open }
  }
  const answer = ANSWERS[templateId]
  if (!answer) return { steps: [], offerClockStop: false }
  const steps: AutomaticStep[] = [...tasksDone(dsrCase, answer.tasks)]
  if (templateId === 'registerutdrag' && dsrCase.type === 'access' && !dsrCase.copy) {
    const scope = entry.letter?.scope?.trim() || ALL_DATA_SCOPE
    const period = entry.letter?.period
    const status = freeCopyStatus(facts.ledger, facts.on, { scope, ...(period ? { period } : {}) })
    // Charged only when it is a further copy and the fee notice went out before today.
    const charged =
      status.kind === 'chargeableAfterWarning' &&
      Boolean(dsrCase.fee?.warnedAt && dsrCase.fee.warnedAt < facts.on)
    steps.push({
      kind: 'copy',
      copy: { deliveredAt: facts.on, scope, ...(period ? { period } : {}), free: !charged }
    })
  }
  steps.push(...statusTo(dsrCase, answer.status))
  return { steps, offerClockStop: false }
}

/** Applies the steps (one audit event naming them). */
export function applyAutomation(
  dsrCase: DsrCase,
  steps: readonly AutomaticStep[],
  ctx: CommandContext
): CaseCommandResult {
  if (steps.length === 0) return failure('CASE_SEQUENCE_INVALID')
  const now = ctx.now.toISOString()
  const today = swedishDateOf(ctx.now)
  let next: Partial<DsrCase> = {}
  const taskIds = new Set(steps.flatMap((step) => (step.kind === 'task' ? [step.taskId] : [])))
  if (taskIds.size)
    next.tasks = dsrCase.tasks.map((task) =>
      taskIds.has(task.id) ? { ...task, done: true, doneAt: now } : task
    )
  for (const step of steps) {
    if (step.kind === 'status') {
      next = { ...next, status: step.to }
      if (step.to === 'answered') next.answeredAt = today
    }
    if (step.kind === 'copy') next = { ...next, copy: step.copy }
  }
  return applyCasePatch(dsrCase, next, ctx, 'case.automatic', {
    tasks: taskIds.size,
    status: steps.find((step) => step.kind === 'status')?.to ?? null,
    copy: steps.some((step) => step.kind === 'copy')
  })
}

/** Undoes automatic steps: the fields they changed go back to what `before` had. */
export function undoAutomation(
  dsrCase: DsrCase,
  before: DsrCase,
  steps: readonly AutomaticStep[],
  ctx: CommandContext
): CaseCommandResult {
  if (steps.length === 0) return failure('CASE_SEQUENCE_INVALID')
  const taskIds = new Set(steps.flatMap((step) => (step.kind === 'task' ? [step.taskId] : [])))
  const previousTask = new Map(before.tasks.map((task) => [task.id, task]))
  const patch: Partial<DsrCase> = {}
  if (taskIds.size)
    patch.tasks = dsrCase.tasks.map((task) =>
      taskIds.has(task.id) ? (previousTask.get(task.id) ?? task) : task
    )
  if (steps.some((step) => step.kind === 'status')) {
    patch.status = before.status
    patch.answeredAt = before.answeredAt
  }
  if (steps.some((step) => step.kind === 'copy')) patch.copy = before.copy
  return success({
    case: { ...dsrCase, ...patch, updatedAt: ctx.now.toISOString() },
    event: {
      action: 'case.automatic-undo',
      entityType: 'case',
      entityId: dsrCase.id,
      params: { reference: dsrCase.reference }
    }
  })
}
