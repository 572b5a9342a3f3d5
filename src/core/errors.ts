/**
 * Typed errors and messages of the domain core. The core never writes a sentence for the UI: it
 * returns a stable `code` and the `params` the sentence needs (dates, counts, references, other
 * codes; never personal data), and the renderer's catalog turns them into Swedish or English.
 *
 * Functions that check user input return a `CoreResult`; functions whose input was already
 * validated throw a `DomainError` when called with nonsense.
 */
import type { CoreErrorCode } from './codes'

/** A value a message can carry: plain JSON, so it survives storage and IPC unchanged. */
export type MessageParam =
  | string
  | number
  | boolean
  | null
  | readonly MessageParam[]
  | { readonly [key: string]: MessageParam }

export type MessageParams = { readonly [key: string]: MessageParam }

/** Something the core wants to say: a code from a closed union and its parameters. */
export type CoreMessage<C extends string = string, P extends MessageParams = MessageParams> = {
  code: C
  params: P
}

export type CoreError = { code: CoreErrorCode; params?: MessageParams }

export type CoreResult<T> = { ok: true; value: T } | { ok: false; error: CoreError }

export class DomainError extends Error {
  constructor(
    readonly code: CoreErrorCode,
    readonly params?: MessageParams
  ) {
    // The code only: params may hold dates a log has no need for.
    super(code)
    this.name = 'DomainError'
  }
}

export function success<T>(value: T): CoreResult<T> {
  return { ok: true, value }
}

export function failure<T = never>(code: CoreErrorCode, params?: MessageParams): CoreResult<T> {
  return { ok: false, error: params ? { code, params } : { code } }
}

/** Runs `fn`, turning a thrown DomainError into a failed result. */
export function attempt<T>(fn: () => T): CoreResult<T> {
  try {
    return success(fn())
  } catch (error) {
    if (error instanceof DomainError) return failure(error.code, error.params)
    throw error
  }
}
