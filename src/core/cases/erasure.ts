/**
 * Commands for erasure (art. 17 with retention blocks), Art. 19 notices to recipients, and the
 * copy delivered for an access request (the free-copy ledger).
 */
import { isIsoDate, swedishDateOf } from '../calendar/isoDate'
import { failure, type CoreResult } from '../errors'
import type {
  CaseHeadFields,
  CopyDelivery,
  DsrCase,
  ErasureItem,
  IsoDate,
  LegalBasisForBlock,
  RecipientNotice
} from '../model/types'
import { retentionRelease } from '../retention/retention'
import { applyCasePatch, CASE_ERROR, type CaseCommandResult, type CommandContext } from './workflow'

export const ERASURE_ERROR = {
  categoryRequired: 'ERASURE_CATEGORY_REQUIRED',
  basisRequired: 'ERASURE_BASIS_REQUIRED',
  notBlocked: 'ERASURE_NOT_BLOCKED',
  noticeInvalid: 'ERASURE_NOTICE_INVALID',
  copyInvalid: 'CASE_COPY_INVALID',
  copyNotAccess: 'CASE_COPY_NOT_ACCESS',
  copyPeriodInvalid: 'CASE_COPY_PERIOD_INVALID',
  copyChargedWithoutWarning: 'CASE_COPY_CHARGED_WITHOUT_WARNING',
  copyChargedTooEarly: 'CASE_COPY_CHARGED_TOO_EARLY'
} as const

export type ErasureDecisionInput =
  | { categoryId: string; action: 'erase' }
  | {
      categoryId: string
      action: 'block'
      legalBasis: LegalBasisForBlock
      startEvent: IsoDate
      releaseDate?: IsoDate
      allowedUse: string
    }

/** Decides erase or block for one data category; a block gets its release date computed. */
export function decideErasure(
  dsrCase: DsrCase,
  input: ErasureDecisionInput,
  ctx: CommandContext
): CaseCommandResult {
  if (!input.categoryId) return failure(ERASURE_ERROR.categoryRequired)
  let item: ErasureItem
  if (input.action === 'erase') {
    item = { categoryId: input.categoryId, action: 'erase' }
  } else {
    if (!input.allowedUse.trim()) return failure(ERASURE_ERROR.basisRequired)
    const release = retentionRelease(input.legalBasis, input.startEvent, input.releaseDate)
    if (!release.ok) return release
    item = {
      categoryId: input.categoryId,
      action: 'block',
      legalBasis: input.legalBasis,
      startEvent: input.startEvent,
      releaseDate: release.value.releaseDate,
      allowedUse: input.allowedUse.trim()
    }
  }
  const erasure = [
    ...dsrCase.erasure.filter((existing) => existing.categoryId !== input.categoryId),
    item
  ]
  return applyCasePatch(dsrCase, { erasure }, ctx, 'case.erasure', {
    category: input.categoryId,
    action: item.action,
    ...(item.legalBasis ? { legalBasis: item.legalBasis } : {}),
    ...(item.releaseDate ? { releaseDate: item.releaseDate } : {})
  })
}

/** Records that a category was erased (right away, or when its block was released). */
export function markCategoryErased(
  dsrCase: DsrCase,
  categoryId: string,
  erasedAt: IsoDate,
  ctx: CommandContext
): CaseCommandResult {
  const item = dsrCase.erasure.find((existing) => existing.categoryId === categoryId)
  if (!item) return failure(ERASURE_ERROR.notBlocked)
  if (!isIsoDate(erasedAt) || erasedAt > swedishDateOf(ctx.now))
    return failure(CASE_ERROR.invalidDate, { today: swedishDateOf(ctx.now) })
  const erasure = dsrCase.erasure.map((existing) =>
    existing.categoryId === categoryId ? { ...existing, erasedAt } : existing
  )
  return applyCasePatch(dsrCase, { erasure }, ctx, 'case.erased', {
    category: categoryId,
    erasedAt
  })
}

/** Art. 19: a recipient was told, or telling it is impossible / disproportionate (with reason). */
export function recordRecipientNotice(
  dsrCase: DsrCase,
  notice: RecipientNotice,
  ctx: CommandContext
): CaseCommandResult {
  const hasDate = notice.notifiedAt !== undefined && isIsoDate(notice.notifiedAt)
  const hasReason = Boolean(notice.notApplicableReason?.trim())
  if (!notice.recipientId || hasDate === hasReason) return failure(ERASURE_ERROR.noticeInvalid)
  const recipientNotices = [
    ...dsrCase.recipientNotices.filter((n) => n.recipientId !== notice.recipientId),
    notice
  ]
  // The recipient's name and the reason are the DPO's text: they stay in the case.
  return applyCasePatch(
    dsrCase,
    { recipientNotices },
    ctx,
    'case.art19',
    hasDate ? { notifiedAt: notice.notifiedAt! } : { notifiedAt: null }
  )
}

/**
 * The copy delivered for an access request: one entry of the subject's free-copy ledger. A copy
 * is charged (`free: false`) only for a fee recorded after a fee warning, and only on a later
 * day than the warning, so the subject could withdraw or narrow the request (EDPB §§31, 194).
 */
export function recordCopyDelivered(
  dsrCase: DsrCase,
  copy: {
    deliveredAt: IsoDate
    scope: string
    period?: { from: IsoDate; to: IsoDate }
    free: boolean
  },
  ctx: CommandContext
): CaseCommandResult {
  if (dsrCase.type !== 'access') return failure(ERASURE_ERROR.copyNotAccess)
  const todayDate = swedishDateOf(ctx.now)
  if (!isIsoDate(copy.deliveredAt) || copy.deliveredAt > todayDate || !copy.scope.trim()) {
    return failure(ERASURE_ERROR.copyInvalid, { today: todayDate })
  }
  if (
    copy.period &&
    (!isIsoDate(copy.period.from) ||
      !isIsoDate(copy.period.to) ||
      copy.period.from > copy.period.to)
  ) {
    return failure(ERASURE_ERROR.copyPeriodInvalid)
  }
  if (!copy.free) {
    const warnedAt = dsrCase.fee?.warnedAt
    if (!warnedAt) return failure(ERASURE_ERROR.copyChargedWithoutWarning)
    if (copy.deliveredAt <= warnedAt) {
      return failure(ERASURE_ERROR.copyChargedTooEarly, { warnedAt })
    }
  }
  return applyCasePatch(
    dsrCase,
    { copy: { ...copy, scope: copy.scope.trim() } },
    ctx,
    'case.copy',
    { deliveredAt: copy.deliveredAt, free: copy.free }
  )
}

/** The free-copy ledger of one subject, from its access cases. */
export function copyLedger(
  cases: readonly Pick<CaseHeadFields, 'id' | 'type' | 'copy'>[]
): CopyDelivery[] {
  return cases
    .filter((dsrCase) => dsrCase.type === 'access' && dsrCase.copy)
    .map((dsrCase) => ({ caseId: dsrCase.id, ...dsrCase.copy! }))
    .sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt))
}

export type { CoreResult }
