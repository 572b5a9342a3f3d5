import { z } from 'zod'
import { INVENTORY_LIST_MAX, inventoryCategorySchema, type InventoryCategory } from '@core'
import {
  linesMaxLength,
  linesText,
  maxLengthOf,
  optionalText,
  requiredText,
  splitLines
} from '../../lib/forms'

/** What the inventory form holds; lists are typed one item a line. */
export type InventoryDraft = Record<
  'name' | 'examples' | 'purposes' | 'legalBasis' | 'recipients' | 'retention' | 'source',
  string
>

export const EMPTY_INVENTORY_DRAFT: InventoryDraft = {
  name: '',
  examples: '',
  purposes: '',
  legalBasis: '',
  recipients: '',
  retention: '',
  source: ''
}

const shape = inventoryCategorySchema.shape
const listLimits = (list: typeof shape.purposes) => ({
  maxLines: INVENTORY_LIST_MAX,
  maxLength: maxLengthOf(list.element)!
})

/** The limits of each field, from the stored schema. */
export const INVENTORY_LIMITS = {
  name: maxLengthOf(shape.name)!,
  examples: maxLengthOf(shape.examples)!,
  purposes: listLimits(shape.purposes),
  legalBasis: maxLengthOf(shape.legalBasis)!,
  recipients: listLimits(shape.recipients),
  retention: maxLengthOf(shape.retention)!,
  source: maxLengthOf(shape.source)!
} as const

/** The `maxLength` of each field's input (a list: room for all its lines). */
export const INVENTORY_INPUT_MAX: Record<keyof InventoryDraft, number> = {
  name: INVENTORY_LIMITS.name,
  examples: INVENTORY_LIMITS.examples,
  purposes: linesMaxLength(INVENTORY_LIMITS.purposes),
  legalBasis: INVENTORY_LIMITS.legalBasis,
  recipients: linesMaxLength(INVENTORY_LIMITS.recipients),
  retention: INVENTORY_LIMITS.retention,
  source: INVENTORY_LIMITS.source
}

export const inventorySchema: z.ZodType<InventoryDraft> = z.object({
  name: requiredText(INVENTORY_LIMITS.name),
  examples: optionalText(INVENTORY_LIMITS.examples),
  purposes: linesText(INVENTORY_LIMITS.purposes),
  legalBasis: optionalText(INVENTORY_LIMITS.legalBasis),
  recipients: linesText(INVENTORY_LIMITS.recipients),
  retention: optionalText(INVENTORY_LIMITS.retention),
  source: optionalText(INVENTORY_LIMITS.source)
})

export function inventoryDraft(category: InventoryCategory): InventoryDraft {
  return {
    name: category.name,
    examples: category.examples,
    purposes: category.purposes.join('\n'),
    legalBasis: category.legalBasis,
    recipients: category.recipients.join('\n'),
    retention: category.retention,
    source: category.source
  }
}

/** The category with the form's values; what the form does not show (named recipients) stays. */
export function categoryOf(
  stored: InventoryCategory | null,
  draft: InventoryDraft,
  newId: () => string
): InventoryCategory {
  return {
    ...stored,
    id: stored?.id ?? newId(),
    name: draft.name,
    examples: draft.examples,
    purposes: splitLines(draft.purposes),
    legalBasis: draft.legalBasis,
    recipients: splitLines(draft.recipients),
    retention: draft.retention,
    source: draft.source
  }
}
