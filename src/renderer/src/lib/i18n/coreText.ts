/**
 * Turns what the core says ({ code, params }) into text in the user's language. Parameters that
 * are themselves codes (a status, a case type, a holiday) are looked up in the catalog first;
 * which parameter of which message is such a code is listed in VOCABULARY.
 */
import type { MessageParam, MessageParams } from '@core/errors'
import { sv, type MessageKey } from './catalog'
import { formatDate } from './format'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** Catalog prefix of the parameters that carry a code, per message key. */
const VOCABULARY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'error.CASE_TRANSITION_NOT_ALLOWED': { from: 'status.', to: 'status.' },
  'error.CASE_USE_DEDICATED_COMMAND': { status: 'status.' },
  'error.CASE_NOT_OPEN': { status: 'status.' },
  'error.CASE_NOT_CLOSABLE': { status: 'status.' },
  'audit.case.create': { type: 'type.' },
  'audit.case.status': { from: 'status.', to: 'status.' },
  'audit.case.close': { from: 'status.' },
  'audit.case.extend': { reason: 'reason.' },
  'audit.case.clock-stop': { reason: 'detail.clockReason.' },
  'audit.case.decision': { kind: 'decision.' },
  'audit.case.task': { task: 'task.' },
  'audit.case.correspondence': { direction: 'detail.direction.', medium: 'channel.' },
  'audit.case.erasure': { legalBasis: 'legalBasis.' },
  'audit.case.retention-delete': { type: 'type.' },
  'alert.body.overdue': { type: 'alertType.' },
  'alert.body.due': { type: 'alertType.' },
  'retention.years': { basis: 'legalBasis.' },
  'audit.subject.update': { fields: 'subjects.field.' },
  'audit.case.automatic': { status: 'status.' }
}

export function hasMessage(key: string, catalog: Readonly<Record<string, string>>): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key)
}

/** Plain parameters for the catalog: codes looked up, dates as dates, null as "null". */
export function plainParams(
  t: Translate,
  key: string,
  params: MessageParams | undefined
): Record<string, string | number> {
  const vocabulary = VOCABULARY[key] ?? {}
  const plain: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params ?? {})) {
    const prefix = vocabulary[name]
    if (prefix && Array.isArray(value))
      plain[name] = value.map((item) => t(`${prefix}${String(item)}` as MessageKey)).join(', ')
    // A vocabulary word for the value when the catalog has one (a custom task is `task.null`).
    else
      plain[name] =
        prefix && hasMessage(`${prefix}${String(value)}`, sv)
          ? t(`${prefix}${String(value)}` as MessageKey)
          : scalar(value)
  }
  return plain
}

function scalar(value: MessageParam): string | number {
  if (typeof value === 'number') return value
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value
  if (typeof value === 'boolean' || value === null) return String(value)
  return JSON.stringify(value)
}

/** The text of a core message whose code is a catalog key. */
export function coreText(
  t: Translate,
  message: { code: string; params?: MessageParams | undefined }
): string {
  return t(message.code as MessageKey, plainParams(t, message.code, message.params))
}
