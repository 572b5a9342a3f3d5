import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '../../shared/ipc/channels'
import { AppFailure } from './failure'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildMainContext } from '../mainContext'
import { createHandlers } from './handlers'
import { dispatch, registerHandlers, type Handlers, type IpcInvokeEventLike } from './router'

const trusted = { senderFrame: { url: 'app://dpo-desk/index.html' } }
const options = { isTrustedSender: (url: string) => url.startsWith('app://dpo-desk/') }
const info = { name: 'DPO Desk', version: '1.0.0', dataFolder: '/data', platform: 'linux' }

describe('IPC dispatch', () => {
  it('returns the handler value as ok', async () => {
    const result = await dispatch('app:get-info', () => info, trusted, undefined, options)
    expect(result).toEqual({ ok: true, value: info })
  })

  it.each<[string, IpcInvokeEventLike]>([
    ['a foreign frame', { senderFrame: { url: 'https://evil.example/' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}]
  ])('refuses %s without running the handler', async (_label, event) => {
    const handler = vi.fn(() => info)
    const result = await dispatch('app:get-info', handler, event, undefined, options)
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN_SENDER' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses input that does not match the contract and says where', async () => {
    const handler = vi.fn(() => info)
    const result = await dispatch('app:get-info', handler, trusted, { path: '/etc' }, options)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('IPC_INVALID_INPUT')
    expect(result.error.details?.[0]).toMatch(/^\(input\): /)
    expect(result.error.issues).toEqual([{ path: [], problem: 'invalid' }])
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes typed failures through and hides unexpected ones', async () => {
    const failing = await dispatch(
      'app:get-info',
      () => {
        throw new AppFailure('VAULT_LOCKED', 'The vault is locked')
      },
      trusted,
      undefined,
      options
    )
    expect(failing).toEqual({
      ok: false,
      error: { code: 'VAULT_LOCKED', message: 'The vault is locked' }
    })

    const onInternalError = vi.fn()
    const crashing = await dispatch(
      'app:get-info',
      () => {
        throw new Error('ENOENT /home/susanne/secret.txt')
      },
      trusted,
      undefined,
      { ...options, onInternalError }
    )
    expect(crashing).toMatchObject({ ok: false, error: { code: 'IPC_INTERNAL' } })
    expect(JSON.stringify(crashing)).not.toContain('secret')
    expect(onInternalError).toHaveBeenCalledOnce()
  })

  it('refuses a handler response that breaks the contract', async () => {
    const bad = (() => ({ name: 42 })) as unknown as Handlers['app:get-info']
    const result = await dispatch('app:get-info', bad, trusted, undefined, options)
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_INTERNAL' } })
  })
})

describe('registerHandlers', () => {
  it('registers every contract channel of the real handler set, and nothing else', () => {
    const handle = vi.fn()
    const context = buildMainContext({
      appInfo: { ...info, dataFolder: mkdtempSync(path.join(tmpdir(), 'dpo-router-')) },
      resourcesDir: path.resolve(__dirname, '../../../resources'),
      notifier: { isSupported: () => false, show: () => {} },
      navigate: () => {},
      dialogs: {
        saveFile: async () => null,
        chooseFolder: async () => null,
        openFile: async () => null
      }
    })
    registerHandlers({ handle }, createHandlers(context), options)
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS])
  })
})
