import { z } from 'zod'
import { letterLayoutSchema, letterSchema } from '@core/pdf/model'
import { decimalText, maxLengthOf, parseDecimal, rangeOf, requiredText } from '../../lib/forms'
import type { LetterLayout } from '@core/pdf/model'

/** The window-envelope offsets as typed (mm, decimal comma allowed). */
export type LayoutDraft = { left: string; top: string }

/** The ranges of the offsets, from the letter model main validates. */
export const LAYOUT_RANGES = {
  left: rangeOf(letterLayoutSchema.shape.addressLeftMm),
  top: rangeOf(letterLayoutSchema.shape.addressTopMm)
} as const

export const layoutSchema: z.ZodType<LayoutDraft> = z.object({
  left: decimalText(LAYOUT_RANGES.left),
  top: decimalText(LAYOUT_RANGES.top)
})

export function layoutDraft(layout: LetterLayout): LayoutDraft {
  return { left: String(layout.addressLeftMm), top: String(layout.addressTopMm) }
}

export function layoutOf(draft: LayoutDraft): LetterLayout {
  return { addressLeftMm: parseDecimal(draft.left), addressTopMm: parseDecimal(draft.top) }
}

/** An edited letter template. */
export type TemplateDraft = { subject: string; body: string }

const template = letterSchema.shape.template.shape

/** The template's limits, from the letter model main validates. */
export const TEMPLATE_LIMITS = {
  subject: maxLengthOf(template.subject)!,
  body: maxLengthOf(template.body)!
} as const

export const templateSchema: z.ZodType<TemplateDraft> = z.object({
  subject: requiredText(TEMPLATE_LIMITS.subject),
  body: requiredText(TEMPLATE_LIMITS.body)
})
