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
  copyInvalid: 'CASE_COPY_INVALID'
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
  if (!input.categoryId) return failure(ERASURE_ERROR.categoryRequired, 'Välj uppgiftskategori.')
  let item: ErasureItem
  if (input.action === 'erase') {
    item = { categoryId: input.categoryId, action: 'erase' }
  } else {
    if (!input.allowedUse.trim()) {
      return failure(
        ERASURE_ERROR.basisRequired,
        'Beskriv vad de spärrade uppgifterna fortfarande får användas till.'
      )
    }
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
  return applyCasePatch(
    dsrCase,
    { erasure },
    ctx,
    'case.erasure',
    item.action === 'erase'
      ? `kategori ${input.categoryId}: radera`
      : `kategori ${input.categoryId}: spärra till ${item.releaseDate}`
  )
}

/** Records that a category was erased (right away, or when its block was released). */
export function markCategoryErased(
  dsrCase: DsrCase,
  categoryId: string,
  erasedAt: IsoDate,
  ctx: CommandContext
): CaseCommandResult {
  const item = dsrCase.erasure.find((existing) => existing.categoryId === categoryId)
  if (!item)
    return failure(ERASURE_ERROR.notBlocked, 'Kategorin har inget raderingsbeslut i ärendet.')
  if (!isIsoDate(erasedAt) || erasedAt > swedishDateOf(ctx.now))
    return failure(CASE_ERROR.invalidDate, 'Ange raderingsdagen (senast i dag).')
  const erasure = dsrCase.erasure.map((existing) =>
    existing.categoryId === categoryId ? { ...existing, erasedAt } : existing
  )
  return applyCasePatch(
    dsrCase,
    { erasure },
    ctx,
    'case.erased',
    `kategori ${categoryId} raderad ${erasedAt}`
  )
}

/** Art. 19: a recipient was told, or telling it is impossible / disproportionate (with reason). */
export function recordRecipientNotice(
  dsrCase: DsrCase,
  notice: RecipientNotice,
  ctx: CommandContext
): CaseCommandResult {
  const hasDate = notice.notifiedAt !== undefined && isIsoDate(notice.notifiedAt)
  const hasReason = Boolean(notice.notApplicableReason?.trim())
  if (!notice.recipientId || hasDate === hasReason) {
    return failure(
      ERASURE_ERROR.noticeInvalid,
      'Ange antingen när mottagaren underrättades eller varför det inte behövs.'
    )
  }
  const recipientNotices = [
    ...dsrCase.recipientNotices.filter((n) => n.recipientId !== notice.recipientId),
    notice
  ]
  return applyCasePatch(
    dsrCase,
    { recipientNotices },
    ctx,
    'case.art19',
    hasDate
      ? `mottagare ${notice.recipientId} underrättad ${notice.notifiedAt}`
      : `mottagare ${notice.recipientId}: underrättas inte`
  )
}

/** The copy delivered for an access request: one entry of the subject's free-copy ledger. */
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
  if (dsrCase.type !== 'access')
    return failure(
      ERASURE_ERROR.copyInvalid,
      'Kopior registreras bara för begäran om registerutdrag.'
    )
  if (
    !isIsoDate(copy.deliveredAt) ||
    copy.deliveredAt > swedishDateOf(ctx.now) ||
    !copy.scope.trim()
  ) {
    return failure(
      ERASURE_ERROR.copyInvalid,
      'Ange när kopian lämnades (senast i dag) och vad den omfattade.'
    )
  }
  if (
    copy.period &&
    (!isIsoDate(copy.period.from) ||
      !isIsoDate(copy.period.to) ||
      copy.period.from > copy.period.to)
  ) {
    return failure(ERASURE_ERROR.copyInvalid, 'Perioden ska ha ett startdatum före slutdatumet.')
  }
  return applyCasePatch(
    dsrCase,
    { copy: { ...copy, scope: copy.scope.trim() } },
    ctx,
    'case.copy',
    `kopia lämnad ${copy.deliveredAt} (${copy.free ? 'kostnadsfri' : 'avgiftsbelagd'})`
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
