import type { IpcChannel } from '@shared/ipc/channels'
import type { IpcEventPayload, IpcInput, IpcOutput } from '@shared/ipc/contract'
import type { IpcEvent } from '@shared/ipc/channels'
import type { Result } from '@shared/result'
import { IpcError } from './ipcError'

export { IpcError }

/**
 * The renderer's only way to reach main. Feature hooks call these; components never touch
 * `window.api` directly.
 */
export function call<C extends IpcChannel>(
  channel: C,
  input: IpcInput<C>
): Promise<Result<IpcOutput<C>>> {
  return window.api.invoke(channel, input)
}

export async function callOrThrow<C extends IpcChannel>(
  channel: C,
  input: IpcInput<C>
): Promise<IpcOutput<C>> {
  const result = await call(channel, input)
  if (!result.ok) throw new IpcError(result.error)
  return result.value
}

export function onEvent<E extends IpcEvent>(
  event: E,
  listener: (payload: IpcEventPayload<E>) => void
): () => void {
  return window.api.on(event, listener)
}
