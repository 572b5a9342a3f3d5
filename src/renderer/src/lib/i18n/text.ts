/**
 * The pure half of i18n: a translator per language and the one way an error becomes text.
 * `index.tsx` adds the React provider and re-exports these.
 */
import type { MessageParams } from '@core/errors'
import type { AppError } from '@shared/result'
import { en, sv, type MessageKey } from './catalog'
import { coreText, hasMessage, type Translate } from './coreText'
import { formatMessage, type Language } from './format'
import { inputIssuesOf, invalidInputText, isZodError, validationText } from './validationText'

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { sv, en }

/** Fills a message in Swedish (tests and places without a language at hand). */
export function format(template: string, params?: Record<string, string | number>): string {
  return formatMessage(template, params, 'sv')
}

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language]
  return (key, params) => formatMessage(dictionary[key], params, language)
}

/** The message for an error from main, in the user's language. */
export function errorMessage(t: Translate, error: AppError): string {
  return errorText(t, error)
}

/**
 * The message for any error with a known `code` (core, main, renderer), with its parameters.
 * Invalid data names its fields (a ZodError of the renderer, main's IPC_INVALID_INPUT issues).
 * Nothing technical reaches the DPO: no zod text, no stack, no internal class names; an error
 * without a known code shows its code only when it is one (`SOME_CODE`), else a general sentence.
 */
export function errorText(t: Translate, error: unknown): string {
  // An IpcError carries main's typed error in `.error`.
  if (
    error &&
    typeof error === 'object' &&
    'error' in error &&
    (error as { error: unknown }).error
  ) {
    return errorText(t, (error as { error: unknown }).error)
  }
  if (isZodError(error)) return validationText(t, inputIssuesOf(error.issues))
  const code =
    error && typeof error === 'object' && 'code' in error
      ? String((error as { code: unknown }).code)
      : null
  if (code === 'IPC_INVALID_INPUT') return invalidInputText(t, (error as Partial<AppError>).issues)
  if (code && hasMessage(`error.${code}`, sv)) {
    const params = (error as { params?: MessageParams }).params
    return coreText(t, { code: `error.${code}`, params: params ?? {} })
  }
  if (code && /^[A-Z][A-Z0-9_]{2,80}$/.test(code)) return t('error.unknown', { code })
  return t('error.unexpected')
}
