/**
 * Typed errors of the domain core. Functions that check user input return a `CoreResult`;
 * functions whose input was already validated throw a `DomainError` when called with nonsense.
 * Either way there is a stable `code` and a Swedish `message` for the DPO.
 */
export type CoreError = { code: string; message: string }

export type CoreResult<T> = { ok: true; value: T } | { ok: false; error: CoreError }

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export function success<T>(value: T): CoreResult<T> {
  return { ok: true, value }
}

export function failure<T = never>(code: string, message: string): CoreResult<T> {
  return { ok: false, error: { code, message } }
}

/** Runs `fn`, turning a thrown DomainError into a failed result. */
export function attempt<T>(fn: () => T): CoreResult<T> {
  try {
    return success(fn())
  } catch (error) {
    if (error instanceof DomainError) return failure(error.code, error.message)
    throw error
  }
}
