import { z } from 'zod'
import type { IpcChannel, IpcEvent } from './channels'
import type { Result } from '../result'

/**
 * THE IPC contract: every channel the renderer may invoke, with the schema main validates its
 * input against and the schema of its output. Nothing else declares a channel.
 * Channel names are `area:verb-noun`.
 */
export const ipcContract = {
  /** Name, version and data folder of the running app, shown in the app shell. */
  'app:get-info': {
    input: z.undefined(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataFolder: z.string(),
      platform: z.string()
    })
  }
} as const satisfies Record<IpcChannel, { input: z.ZodType; output: z.ZodType }>

/** Payloads of the events main pushes to the renderer. */
export const ipcEvents = {
  /** Main asks the renderer to lock now (screen locked, system suspending, idle). */
  'app:lock-requested': z.object({ reason: z.enum(['idle', 'lock-screen', 'suspend', 'user']) })
} as const satisfies Record<IpcEvent, z.ZodType>

export type IpcContract = typeof ipcContract
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEvents)[E]>

/** The object the preload exposes as `window.api`. */
export interface Api {
  invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<Result<IpcOutput<C>>>
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void
}
