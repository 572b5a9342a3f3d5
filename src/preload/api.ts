import { IPC_CHANNELS, isIpcEvent, type IpcChannel } from '../shared/ipc/channels'
import type { Api, IpcInput, IpcOutput } from '../shared/ipc/contract'
import { err, IPC_ERROR, type Result } from '../shared/result'

/** The part of Electron's `ipcRenderer` the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/**
 * Builds `window.api`: an invoke limited to the contract's channels and an event subscription
 * limited to the contract's events. The Electron event object never reaches the page.
 */
export function createApi(ipc: IpcRendererLike): Api {
  function invoke<C extends IpcChannel>(
    channel: C,
    input: IpcInput<C>
  ): Promise<Result<IpcOutput<C>>> {
    // Checked at run time too: code in the page can ignore the types.
    if (!(IPC_CHANNELS as readonly string[]).includes(channel)) {
      return Promise.resolve(err(IPC_ERROR.unknownChannel, `Unknown channel ${String(channel)}`))
    }
    return ipc.invoke(channel, input) as Promise<Result<IpcOutput<C>>>
  }
  return {
    invoke,
    on(event, listener) {
      if (!isIpcEvent(event)) throw new Error(`Unknown event ${String(event)}`)
      const wrapped = (_event: unknown, payload: unknown): void =>
        listener(payload as Parameters<typeof listener>[0])
      ipc.on(event, wrapped)
      return () => {
        ipc.removeListener(event, wrapped)
      }
    }
  }
}
