/**
 * Every document model is checked before pdfmake sees it (issue 14 item 7): against its schema
 * (callers in main, such as `pdf:sample`, do not pass the IPC router's validation) and for what
 * the document cannot do without. A registerutdrag must state purposes, categories, recipients
 * and retention (art. 15(1)(a)–(d)) from the processing inventory: without a single category it
 * is refused with its own code instead of failing inside the renderer.
 */
import {
  letterSchema,
  registerutdragSchema,
  type LetterModel,
  type RegisterutdragModel
} from '../../../core/pdf/model'
import { AppFailure } from '../../ipc/failure'

export const PDF_MODEL_ERROR = {
  invalid: 'PDF_MODEL_INVALID',
  inventoryEmpty: 'PDF_INVENTORY_EMPTY'
} as const

function invalid(issues: readonly { path: PropertyKey[]; message: string }[]): AppFailure {
  return new AppFailure(
    PDF_MODEL_ERROR.invalid,
    'The document model is invalid',
    issues.map((issue) => `${issue.path.map(String).join('.') || '(model)'}: ${issue.message}`)
  )
}

export function checkRegisterutdrag(model: unknown): RegisterutdragModel {
  const parsed = registerutdragSchema.safeParse(model)
  if (!parsed.success) throw invalid(parsed.error.issues)
  if (parsed.data.inventory.length === 0)
    throw new AppFailure(
      PDF_MODEL_ERROR.inventoryEmpty,
      'A registerutdrag needs at least one category of the processing inventory'
    )
  return parsed.data
}

export function checkLetter(model: unknown): LetterModel {
  const parsed = letterSchema.safeParse(model)
  if (!parsed.success) throw invalid(parsed.error.issues)
  return parsed.data
}
