/**
 * Thrown by a handler to return a typed error to the renderer. Anything else a handler throws
 * becomes `IPC_INTERNAL` with no stack or internals exposed.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[]
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
