import { describe, expect, it, vi } from 'vitest'
import {
  ALLOWED_PERMISSIONS,
  installPermissionHandlers,
  installWebContentsGuards,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike
} from './guards'
import { isSafeExternalUrl, isSameOrigin } from './origin'

type Listener = (event: PreventableEvent, url?: string) => void

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
      return contents
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler
    }
  }
  return {
    contents: contents as unknown as WebContentsLike,
    fire(name: string, url?: string) {
      const event = { preventDefault: vi.fn() }
      for (const listener of listeners.get(name) ?? []) listener(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler installed')
      return openHandler({ url })
    }
  }
}

const isAppUrl = (url: string) => isSameOrigin(url, ['app://dpo-desk'])

describe('installWebContentsGuards', () => {
  it('blocks navigation and redirects to any foreign origin', () => {
    const wc = fakeWebContents()
    installWebContentsGuards(wc.contents, { isAppUrl })
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(wc.fire('will-navigate', 'app://dpo-desk.evil/')).toBe(true)
    expect(wc.fire('will-redirect', 'http://localhost:5173/')).toBe(true)
  })

  it('lets the app reload its own page', () => {
    const wc = fakeWebContents()
    installWebContentsGuards(wc.contents, { isAppUrl })
    expect(wc.fire('will-navigate', 'app://dpo-desk/index.html')).toBe(false)
  })

  it('blocks every webview', () => {
    const wc = fakeWebContents()
    installWebContentsGuards(wc.contents, { isAppUrl })
    expect(wc.fire('will-attach-webview')).toBe(true)
  })

  it('denies every new window and hands only safe links to the system browser', () => {
    const wc = fakeWebContents()
    const openExternal = vi.fn()
    installWebContentsGuards(wc.contents, { isAppUrl, openExternal, isSafeExternalUrl })
    expect(wc.open('https://www.imy.se/')).toEqual({ action: 'deny' })
    expect(wc.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(wc.open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' })
    expect(wc.open('app://dpo-desk/index.html')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://www.imy.se/']])
  })
})

describe('installPermissionHandlers', () => {
  function fakeSession() {
    const state: {
      request?: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null
      check?: ((wc: unknown, permission: string) => boolean) | null
      device?: (details: unknown) => boolean
      resets: number
    } = { resets: 0 }
    const session: SessionLike = {
      setPermissionRequestHandler(handler) {
        if (handler === null) state.resets++
        state.request = handler
      },
      setPermissionCheckHandler(handler) {
        state.check = handler
      },
      setDevicePermissionHandler(handler) {
        state.device = handler
      }
    }
    return { session, state }
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'hid'
  ])('denies the %s permission on request and on check', (permission) => {
    const { session, state } = fakeSession()
    installPermissionHandlers(session)
    const callback = vi.fn()
    state.request?.({}, permission, callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(state.check?.({}, permission)).toBe(false)
  })

  it('resets earlier grants and denies device access', () => {
    const { session, state } = fakeSession()
    installPermissionHandlers(session)
    expect(state.resets).toBe(1)
    expect(state.device?.({})).toBe(false)
    expect(ALLOWED_PERMISSIONS.size).toBe(0)
  })
})
