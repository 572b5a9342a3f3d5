import type { z } from 'zod'
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels'
import { ipcContract, type IpcOutput } from '../../shared/ipc/contract'
import { inputIssuesOf } from '../../shared/inputIssues'
import { err, IPC_ERROR, ok, type Result } from '../../shared/result'
import { AppFailure } from './failure'

/** The part of Electron's `ipcMain` the router needs; the E2E harness provides its own. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown
  ): void
}

/** The part of `IpcMainInvokeEvent` the router reads. */
export interface IpcInvokeEventLike {
  senderFrame?: { url: string } | null
}

export interface HandlerContext {
  /** URL of the frame that sent the request, already checked against the trusted origins. */
  senderUrl: string
}

export type IpcParsedInput<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['input']>

export type Handlers = {
  [C in IpcChannel]: (
    input: IpcParsedInput<C>,
    ctx: HandlerContext
  ) => Promise<IpcOutput<C>> | IpcOutput<C>
}

export interface RouterOptions {
  /** True if a frame at this URL may call main. */
  isTrustedSender: (url: string) => boolean
  /** Where unexpected errors are reported (never sent to the renderer). */
  onInternalError?: (channel: string, error: unknown) => void
}

/**
 * Runs one request through the checks every channel gets: the sender frame must belong to the
 * app, the input must match the contract, and the result is always a `Result`.
 */
export async function dispatch<C extends IpcChannel>(
  channel: C,
  handler: Handlers[C],
  event: IpcInvokeEventLike,
  rawInput: unknown,
  options: RouterOptions
): Promise<Result<IpcOutput<C>>> {
  const senderUrl = event.senderFrame?.url
  if (!senderUrl || !options.isTrustedSender(senderUrl)) {
    return err(
      IPC_ERROR.forbiddenSender,
      `Channel ${channel} refused a request from an untrusted frame (${senderUrl ?? 'no frame'})`
    )
  }
  const contract = ipcContract[channel]
  const parsed = contract.input.safeParse(rawInput)
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`
    )
    return err(
      IPC_ERROR.invalidInput,
      `Invalid input for ${channel}`,
      details,
      inputIssuesOf(parsed.error.issues)
    )
  }
  try {
    const value = await handler(parsed.data as IpcParsedInput<C>, { senderUrl })
    const checked = contract.output.safeParse(value)
    if (!checked.success) {
      options.onInternalError?.(channel, checked.error)
      return err(IPC_ERROR.internal, `Channel ${channel} produced an invalid response`)
    }
    return ok(checked.data as IpcOutput<C>)
  } catch (error) {
    if (error instanceof AppFailure) return err(error.code, error.message, error.details)
    options.onInternalError?.(channel, error)
    return err(IPC_ERROR.internal, `Channel ${channel} failed unexpectedly`)
  }
}

/** Registers one handler per contract channel on `ipcMain` (or the harness's stand-in). */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  options: RouterOptions
): void {
  for (const channel of IPC_CHANNELS) {
    const handler = handlers[channel]
    ipcMain.handle(channel, (event, input) => dispatch(channel, handler, event, input, options))
  }
}
