import type { InputIssue } from './inputIssues'

/**
 * The value every IPC call returns. Errors carry a stable `code` that the UI maps to a message
 * in the user's language; `message` is an English explanation for logs and developers.
 */
export type AppError = {
  code: string
  message: string
  /** Optional machine-readable detail, e.g. the failing field paths of invalid input. */
  details?: string[]
  /** For IPC_INVALID_INPUT: which fields were wrong and how, for a message that names them. */
  issues?: InputIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(
  code: string,
  message: string,
  details?: string[],
  issues?: InputIssue[]
): Result<T> {
  return {
    ok: false,
    error: { code, message, ...(details ? { details } : {}), ...(issues ? { issues } : {}) }
  }
}

/** Error codes shared by every IPC channel. Feature code adds its own next to its channels. */
export const IPC_ERROR = {
  forbiddenSender: 'IPC_FORBIDDEN_SENDER',
  invalidInput: 'IPC_INVALID_INPUT',
  unknownChannel: 'IPC_UNKNOWN_CHANNEL',
  internal: 'IPC_INTERNAL'
} as const
