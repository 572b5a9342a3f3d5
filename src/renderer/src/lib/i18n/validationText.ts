/**
 * Invalid data in words (issue 10): a ZodError thrown in the renderer or main's
 * IPC_INVALID_INPUT issues become a sentence that names the fields and what was wrong, never
 * zod's English text, a stack or an internal name.
 */
import { inputIssuesOf, type InputIssue } from '@shared/inputIssues'
import { sv, type MessageKey } from './catalog'
import { hasMessage, type Translate } from './coreText'

/** A zod error from any copy of zod (checked by shape, not by class). */
export function isZodError(
  error: unknown
): error is { issues: Parameters<typeof inputIssuesOf>[0] } {
  return (
    error instanceof Error &&
    error.name === 'ZodError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  )
}

function nameByEnding(parts: readonly string[]): MessageKey | null {
  for (let start = 0; start < parts.length; start++) {
    const key = `field.${parts.slice(start).join('.')}`
    if (hasMessage(key, sv)) return key as MessageKey
  }
  return null
}

/**
 * The catalog name of the field at `path`: the longest known ending of the path (list positions
 * left out), else the name of the nearest enclosing field, else null.
 */
export function fieldName(t: Translate, path: readonly (string | number)[]): string | null {
  const parts = path.filter((part): part is string => typeof part === 'string')
  for (let end = parts.length; end > 0; end--) {
    const key = nameByEnding(parts.slice(0, end))
    if (key) return t(key)
  }
  return null
}

/** "namn (högst 300 tecken), e-post (ogiltigt värde)", or null when no field has a name. */
export function issueList(t: Translate, issues: readonly InputIssue[]): string | null {
  const named: string[] = []
  let unnamed = 0
  for (const issue of issues) {
    const field = fieldName(t, issue.path)
    if (!field) {
      unnamed++
      continue
    }
    const text = t(`problem.${issue.problem}` as MessageKey, {
      field,
      limit: issue.limit ?? ''
    })
    if (!named.includes(text)) named.push(text)
  }
  if (named.length === 0) return null
  if (unnamed > 0) named.push(t('problem.otherFields'))
  return named.join(', ')
}

/** The message for data the renderer refused to store (a ZodError). */
export function validationText(t: Translate, issues: readonly InputIssue[]): string {
  const fields = issueList(t, issues)
  return fields ? t('error.VALIDATION', { fields }) : t('error.VALIDATION_UNNAMED')
}

/** The message for IPC_INVALID_INPUT: the fields main named, else the general sentence. */
export function invalidInputText(t: Translate, issues: readonly InputIssue[] | undefined): string {
  const fields = issues ? issueList(t, issues) : null
  return fields ? t('error.IPC_INVALID_INPUT_FIELDS', { fields }) : t('error.IPC_INVALID_INPUT')
}

export { inputIssuesOf }
