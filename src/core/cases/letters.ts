/**
 * The life of a case's outgoing letters after the template (issue 11): when a letter may be made
 * at all (its facts must exist), voiding a letter filed by mistake (it stays in the history),
 * taking one out of the mail queue, and removing an attachment with a reason.
 */
import { failure, success, type CoreResult } from '../errors'
import { ALL_DATA_SCOPE, freeCopyStatus } from '../freeCopy/freeCopy'
import type { CopyDelivery, DsrCase, IsoDate } from '../model/types'
import type { LetterTemplateId } from '../pdf/model'
import { applyCasePatch, type CaseCommandResult, type CommandContext } from './workflow'

export const LETTER_ERROR = {
  needsExtension: 'LETTER_NEEDS_EXTENSION',
  needsPreviousCopy: 'LETTER_NEEDS_PREVIOUS_COPY',
  needsErasureDecision: 'LETTER_NEEDS_ERASURE_DECISION',
  needsRefusal: 'LETTER_NEEDS_REFUSAL',
  notFound: 'LETTER_NOT_FOUND',
  alreadyVoid: 'LETTER_ALREADY_VOID',
  reasonRequired: 'LETTER_REASON_REQUIRED',
  needsStopped: 'LETTER_NEEDS_STOPPED',
  attachmentNotFound: 'LETTER_ATTACHMENT_NOT_FOUND'
} as const

/**
 * Whether the facts a letter states exist: an extension notice needs an extension, a fee warning
 * a free copy of the same data within twelve months, an erasure answer a decision per category,
 * a refusal a refusal decision (its reasons are the letter's), an objection or opt-out answer a
 * record of what was stopped.
 */
export function letterAvailability(
  templateId: LetterTemplateId,
  dsrCase: DsrCase,
  facts: {
    ledger: readonly CopyDelivery[]
    today: IsoDate
    /** What the request asks a copy of (scope and period), if the DPO has said. */
    requested?: { scope: string; period?: { from: IsoDate; to: IsoDate } }
  }
): CoreResult<{ lastFreeCopy?: IsoDate }> {
  switch (templateId) {
    case 'extensionNotice':
      return dsrCase.extension ? success({}) : failure(LETTER_ERROR.needsExtension)
    case 'feeWarning': {
      const status = freeCopyStatus(
        facts.ledger,
        facts.today,
        facts.requested ??
          (dsrCase.copy
            ? {
                scope: dsrCase.copy.scope,
                ...(dsrCase.copy.period ? { period: dsrCase.copy.period } : {})
              }
            : { scope: ALL_DATA_SCOPE })
      )
      return status.kind === 'chargeableAfterWarning'
        ? success({ lastFreeCopy: status.lastFree })
        : failure(LETTER_ERROR.needsPreviousCopy)
    }
    case 'erasureDone':
    case 'erasurePartial':
    case 'erasureBlocked':
      return dsrCase.erasure.length > 0 ? success({}) : failure(LETTER_ERROR.needsErasureDecision)
    case 'refusal':
      return dsrCase.decisions.some(
        (decision) => decision.kind === 'refuse' || decision.kind === 'partialGrant'
      )
        ? success({})
        : failure(LETTER_ERROR.needsRefusal)
    case 'objectionDone':
    case 'marketingOptOutConfirmation':
      // The confirmation says what was stopped, where and from when.
      return (dsrCase.stopped ?? []).length > 0 ? success({}) : failure(LETTER_ERROR.needsStopped)
    default:
      return success({})
  }
}

function outgoing(dsrCase: DsrCase, entryId: string) {
  return dsrCase.correspondence.find((entry) => entry.id === entryId && entry.direction === 'out')
}

/** Voids a filed letter: it stays in the history and the audit log, and leaves the mail queue. */
export function voidLetter(
  dsrCase: DsrCase,
  input: { entryId: string; reason: string },
  ctx: CommandContext
): CaseCommandResult {
  const entry = outgoing(dsrCase, input.entryId)
  if (!entry) return failure(LETTER_ERROR.notFound)
  if (entry.voidedAt) return failure(LETTER_ERROR.alreadyVoid)
  const reason = input.reason.trim()
  if (!reason) return failure(LETTER_ERROR.reasonRequired)
  const correspondence = dsrCase.correspondence.map((item) =>
    item.id === entry.id
      ? { ...item, voidedAt: ctx.now.toISOString(), voidReason: reason, toPost: false }
      : item
  )
  return applyCasePatch(dsrCase, { correspondence }, ctx, 'case.letter-void', {})
}

/** Takes one letter out of the mail queue (it stays filed). */
export function unqueueLetter(
  dsrCase: DsrCase,
  entryId: string,
  ctx: CommandContext
): CaseCommandResult {
  const entry = outgoing(dsrCase, entryId)
  if (!entry?.toPost) return failure(LETTER_ERROR.notFound)
  const correspondence = dsrCase.correspondence.map((item) =>
    item.id === entry.id ? { ...item, toPost: false } : item
  )
  return applyCasePatch(dsrCase, { correspondence }, ctx, 'case.letter-unqueue', {})
}

/**
 * Takes an attachment off its entry with the DPO's reason; the caller deletes the file in the
 * same write. The entry keeps the file's name, when and why.
 */
export function removeAttachment(
  dsrCase: DsrCase,
  input: { attachmentId: string; name: string; reason: string },
  ctx: CommandContext
): CaseCommandResult {
  const entry = dsrCase.correspondence.find((item) =>
    item.attachmentIds.includes(input.attachmentId)
  )
  if (!entry) return failure(LETTER_ERROR.attachmentNotFound)
  const reason = input.reason.trim()
  if (!reason) return failure(LETTER_ERROR.reasonRequired)
  const correspondence = dsrCase.correspondence.map((item) =>
    item.id === entry.id
      ? {
          ...item,
          attachmentIds: item.attachmentIds.filter((id) => id !== input.attachmentId),
          removedAttachments: [
            ...(item.removedAttachments ?? []),
            { id: input.attachmentId, name: input.name, removedAt: ctx.now.toISOString(), reason }
          ]
        }
      : item
  )
  return applyCasePatch(dsrCase, { correspondence }, ctx, 'case.attachment-remove', {})
}
