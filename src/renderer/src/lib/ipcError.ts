import type { AppError } from '@shared/result'

/** Error thrown by `callOrThrow` (lib/api.ts), carrying the typed error from main. */
export class IpcError extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'IpcError'
  }
}
