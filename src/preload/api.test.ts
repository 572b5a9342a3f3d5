import { describe, expect, it, vi } from 'vitest'
import { createApi, type IpcRendererLike } from './api'

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async () => ({ ok: true, value: 'from main' })),
    on: vi.fn((channel, listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    }),
    removeListener: vi.fn((channel, listener) => listeners.get(channel)?.delete(listener))
  }
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'secret-ipc-event' }, payload)
  }
  return { ipc, emit, listeners }
}

describe('preload api', () => {
  it('forwards allowlisted channels to ipcRenderer.invoke', async () => {
    const { ipc } = fakeIpc()
    const api = createApi(ipc)
    await expect(api.invoke('app:get-info', undefined)).resolves.toEqual({
      ok: true,
      value: 'from main'
    })
    expect(ipc.invoke).toHaveBeenCalledWith('app:get-info', undefined)
  })

  it('refuses channels outside the contract without calling main', async () => {
    const { ipc } = fakeIpc()
    const api = createApi(ipc)
    const result = await api.invoke('shell:exec' as 'app:get-info', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_UNKNOWN_CHANNEL' } })
    expect(ipc.invoke).not.toHaveBeenCalled()
  })

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc()
    const api = createApi(ipc)
    const listener = vi.fn()
    const off = api.on('app:lock-requested', listener)
    emit('app:lock-requested', { reason: 'suspend' })
    expect(listener.mock.calls).toEqual([[{ reason: 'suspend' }]])
    off()
    expect(listeners.get('app:lock-requested')?.size).toBe(0)
  })

  it('refuses to subscribe to events outside the contract', () => {
    const api = createApi(fakeIpc().ipc)
    expect(() => api.on('ipc:anything' as 'app:lock-requested', () => {})).toThrow(/Unknown event/)
  })
})
