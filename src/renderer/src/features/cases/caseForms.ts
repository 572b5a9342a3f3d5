/**
 * The schemas of the case page's forms (issue 10): required fields, dates and maximum lengths
 * from the core's limits (`CASE_LIMITS`), as field messages before submit.
 */
import { z } from 'zod'
import {
  ALL_DATA_SCOPE,
  CASE_LIMITS,
  EXTENSION_REASONS,
  LETTER_FIELD_MAX,
  isAllDataScope,
  LEGAL_BASES_FOR_BLOCK,
  type ExtensionReason,
  type IsoDate,
  type LegalBasisForBlock
} from '@core'
import {
  dateText,
  decimalText,
  fieldMessage,
  linesText,
  optionalText,
  parseDecimal,
  requiredText
} from '../../lib/forms'
import type { Translate } from '../../lib/i18n'

export { CASE_LIMITS }

/** The decisions the DPO records herself (a reopening records its own). */
export const DECISION_CHOICES = [
  'grant',
  'partialGrant',
  'refuse',
  'noData',
  'fee',
  'other'
] as const
export type DecisionChoice = (typeof DECISION_CHOICES)[number]

export type ExtensionDraft = { reason: ExtensionReason; explanation: string }
export const extensionSchema: z.ZodType<ExtensionDraft> = z.object({
  reason: z.enum(EXTENSION_REASONS),
  explanation: requiredText(CASE_LIMITS.extensionExplanation)
})

/** The reopening reason is stored as a decision, so it has a decision's limit. */
export type ReopenDraft = { reason: string }
export const reopenSchema: z.ZodType<ReopenDraft> = z.object({
  reason: requiredText(CASE_LIMITS.decisionReasons)
})

export type ClockStopDraft = { reason: 'identity' | 'clarification'; questionSentAt: string }
/** The question went out on or after receipt and not in the future. */
export function clockStopSchema(receivedAt: IsoDate, today: IsoDate): z.ZodType<ClockStopDraft> {
  return z.object({
    reason: z.enum(['identity', 'clarification']),
    questionSentAt: dateText({ required: true, notBefore: receivedAt, notAfter: today })
  })
}

export type TaskDraft = { label: string }
export const taskSchema: z.ZodType<TaskDraft> = z.object({
  label: requiredText(CASE_LIMITS.taskLabel)
})

export type DecisionDraft = { kind: DecisionChoice; reasons: string }
export const decisionSchema: z.ZodType<DecisionDraft> = z.object({
  kind: z.enum(DECISION_CHOICES),
  reasons: requiredText(CASE_LIMITS.decisionReasons)
})

export type FeeDraft = { amount: string; reason: string; warnedAt: string }
/** A fee needs an amount, a reason and the day the fee warning went out (core `setFee`). */
export function feeSchema(receivedAt: IsoDate, today: IsoDate): z.ZodType<FeeDraft> {
  return z.object({
    amount: decimalText({ min: 1, max: CASE_LIMITS.feeMaxSek }),
    reason: requiredText(CASE_LIMITS.feeReason),
    warnedAt: dateText({ required: true, notBefore: receivedAt, notAfter: today })
  })
}

export type CopyDraft = { deliveredAt: string; scope: string }
export function copySchema(today: IsoDate): z.ZodType<CopyDraft> {
  return z.object({
    deliveredAt: dateText({ required: true, notAfter: today }),
    scope: requiredText(CASE_LIMITS.copyScope)
  })
}

/** The copy scope as stored: "all data" in either language becomes its code. */
export function storedScope(t: Translate, typed: string): string {
  return isAllDataScope(typed) || typed.trim() === t('copyScope.all')
    ? ALL_DATA_SCOPE
    : typed.trim()
}

/** A stored copy scope in the DPO's language. */
export function scopeText(t: Translate, scope: string): string {
  return isAllDataScope(scope) ? t('copyScope.all') : scope
}

export type ErasureDraft = {
  categoryId: string
  action: 'erase' | 'block'
  basis: LegalBasisForBlock
  startEvent: string
  releaseDate: string
  allowedUse: string
}

/**
 * Erase or block one category. A block needs its start day, what the data may still be used for
 * and, for another legal obligation, the day the block ends.
 */
export const erasureSchema: z.ZodType<ErasureDraft> = z
  .object({
    categoryId: z.string().min(1, fieldMessage('form.required')),
    action: z.enum(['erase', 'block']),
    basis: z.enum(LEGAL_BASES_FOR_BLOCK),
    startEvent: dateText({ required: false }),
    releaseDate: dateText({ required: false }),
    allowedUse: z
      .string()
      .trim()
      .max(CASE_LIMITS.allowedUse, fieldMessage('form.tooLong', { max: CASE_LIMITS.allowedUse }))
  })
  .superRefine((draft, ctx) => {
    if (draft.action !== 'block') return
    const required = (path: keyof ErasureDraft) =>
      ctx.addIssue({ code: 'custom', path: [path], message: fieldMessage('form.required') })
    if (!draft.startEvent) required('startEvent')
    if (!draft.allowedUse) required('allowedUse')
    if (draft.basis === 'other' && !draft.releaseDate) required('releaseDate')
  })

/** The fields of a data section's textarea as the registerutdrag takes them (`parseEntries`). */
export const SECTION_LIMITS = { maxLines: 500, maxLength: 5_000 } as const
export const sectionText = linesText(SECTION_LIMITS)

export type LetterInputDraft = {
  copyScope: string
  periodFrom: string
  periodTo: string
  freeText: string
  feeAmount: string
  feeReason: string
}
/**
 * What a letter is made from besides its template: the copy asked for (scope, period), the free
 * text and the fee. Amount and reason are checked only for the fee warning (`feeLetterSchema`).
 */
export const letterInputSchema: z.ZodType<LetterInputDraft> = z
  .object({
    copyScope: optionalText(CASE_LIMITS.copyScope),
    periodFrom: dateText({ required: false }),
    periodTo: dateText({ required: false }),
    freeText: optionalText(LETTER_FIELD_MAX),
    feeAmount: z.string(),
    feeReason: optionalText(CASE_LIMITS.feeReason)
  })
  .superRefine((draft, context) => {
    const { periodFrom: from, periodTo: to } = draft
    if (Boolean(from) !== Boolean(to) || (from && to && from > to))
      context.addIssue({
        code: 'custom',
        path: [from ? 'periodTo' : 'periodFrom'],
        message: fieldMessage('letters.periodInvalid')
      })
  })

/** The fee warning also needs the amount and the reason. */
export const feeLetterSchema = z.object({
  feeAmount: decimalText({ min: 1, max: CASE_LIMITS.feeMaxSek }).refine(
    (value) => Number.isInteger(parseDecimal(value)),
    fieldMessage('letters.feeAmountInvalid')
  ),
  feeReason: requiredText(CASE_LIMITS.feeReason)
})

export type CorrespondenceDraft = { subject: string; body: string }
/** A correspondence entry as she records it; an e-mail's text may be long (intake). */
export const correspondenceSchema: z.ZodType<CorrespondenceDraft> = z.object({
  subject: requiredText(CASE_LIMITS.correspondenceSubject),
  body: optionalText(CASE_LIMITS.correspondenceBody)
})
