import { z } from 'zod'
import {
  INVENTORY_LIST_MAX,
  inventoryCategorySchema,
  RECIPIENT_ROLES,
  type InventoryCategory,
  type RecipientRole
} from '@core'
import {
  linesMaxLength,
  linesText,
  maxLengthOf,
  optionalText,
  requiredText,
  splitLines
} from '../../lib/forms'

export type TextKey =
  'name' | 'examples' | 'purposes' | 'legalBasis' | 'recipients' | 'retention' | 'source'

/** What the inventory form holds; lists are typed one item a line, named recipients one a row. */
export type InventoryDraft = Record<TextKey, string> & {
  namedRecipients: { name: string; role: RecipientRole }[]
}

export const EMPTY_INVENTORY_DRAFT: InventoryDraft = {
  name: '',
  examples: '',
  purposes: '',
  legalBasis: '',
  recipients: '',
  retention: '',
  source: '',
  namedRecipients: []
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
  source: maxLengthOf(shape.source)!,
  recipientName: maxLengthOf(shape.namedRecipients.unwrap().element.shape.name)!
} as const

/** The `maxLength` of each field's input (a list: room for all its lines). */
export const INVENTORY_INPUT_MAX: Record<TextKey, number> = {
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
  source: optionalText(INVENTORY_LIMITS.source),
  namedRecipients: z
    .array(
      z.object({
        name: requiredText(INVENTORY_LIMITS.recipientName),
        role: z.enum(RECIPIENT_ROLES)
      })
    )
    .max(INVENTORY_LIST_MAX)
})

export function inventoryDraft(category: InventoryCategory): InventoryDraft {
  return {
    name: category.name,
    examples: category.examples,
    purposes: category.purposes.join('\n'),
    legalBasis: category.legalBasis,
    recipients: category.recipients.join('\n'),
    retention: category.retention,
    source: category.source,
    namedRecipients: (category.namedRecipients ?? []).map((recipient) => ({ ...recipient }))
  }
}

/** The category with the form's values; anything the form does not show stays. */
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
    source: draft.source,
    namedRecipients: draft.namedRecipients.map((recipient) => ({
      name: recipient.name.trim(),
      role: recipient.role
    }))
  }
}
