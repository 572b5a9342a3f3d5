/**
 * Main's composition root, loaded in Node against a fake `electron` module: proves what
 * `index.ts` asks of Electron (issue 14 item 8). The functions it wires are unit-tested next to
 * their modules; this test proves that they are wired, with the right arguments, in time.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createFakeElectron,
  FakeWebContents,
  preventable,
  type FakeElectron
} from '../../tests/helpers/fakeElectron'
import { sampleLetter } from '../../tests/fixtures/documents'
import { RENDERER_CSP_HEADER } from '../shared/csp'
import { EPHEMERAL_DATA_TYPES } from './security/sessionHygiene'

const APP_FRAME = { senderFrame: { url: 'app://dpo-desk/index.html' } }
let folders: string[] = []

afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  folders = []
  vi.doUnmock('electron')
})

/** Loads a fresh copy of index.ts against a fresh fake Electron. */
async function boot(
  options: { hasSingleInstanceLock?: boolean; ready?: boolean } = {}
): Promise<FakeElectron> {
  const userData = mkdtempSync(path.join(tmpdir(), 'dpo-main-root-'))
  folders.push(userData)
  const electron = createFakeElectron({ userData, ...options })
  vi.resetModules()
  vi.doMock('electron', () => electron.module)
  await import('./index')
  if (options.ready ?? true) {
    electron.makeReady()
    // The ready handler is async (it clears caches first): wait until it created the window.
    if (options.hasSingleInstanceLock ?? true) {
      await vi.waitUntil(() => electron.windows.length === 1)
    }
  }
  return electron
}

type IpcResult = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } }

async function invoke(
  electron: FakeElectron,
  channel: string,
  input?: unknown,
  event: unknown = APP_FRAME
): Promise<IpcResult> {
  const handler = electron.ipcHandlers.get(channel)
  if (!handler) throw new Error(`main registered no handler for ${channel}`)
  return (await handler(event, input)) as IpcResult
}

async function unlockSigning(electron: FakeElectron): Promise<void> {
  const result = await invoke(electron, 'signing:unlock', { wrapKey: new Uint8Array(32).fill(7) })
  expect(result).toMatchObject({ ok: true, value: { isUnlocked: true } })
}

async function isSigningUnlocked(electron: FakeElectron): Promise<boolean> {
  const status = await invoke(electron, 'signing:get-status')
  if (!status.ok) throw new Error('signing:get-status failed')
  return status.value!['isUnlocked'] === true
}

describe('main composition root (src/main/index.ts)', () => {
  it('before ready: sandboxes every renderer, registers app:// as privileged, takes the single-instance lock', async () => {
    const electron = await boot({ ready: false })
    expect(electron.calls).toEqual([
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock'
    ])
    expect(electron.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
      }
    ])
    expect(electron.windows).toHaveLength(0)
  })

  it('a second instance quits and registers no handler, protocol or window', async () => {
    const electron = await boot({ hasSingleInstanceLock: false })
    await new Promise((resolve) => setImmediate(resolve))
    expect(electron.calls).toContain('app.quit')
    expect(electron.ipcHandlers.size).toBe(0)
    expect(electron.protocolHandlers.size).toBe(0)
    expect(electron.windows).toHaveLength(0)
    expect(electron.app.listenerCount('web-contents-created')).toBe(0)
  })

  it('serves app:// with the CSP header and refuses foreign hosts and path traversal', async () => {
    const electron = await boot()
    const handler = electron.protocolHandlers.get('app')
    expect(handler).toBeDefined()
    const page = await handler!(new Request('app://dpo-desk/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP_HEADER)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await page.text()).toContain('<div id="root">')
    for (const url of [
      'app://dpo-desk/..%2f..%2fpackage.json',
      'app://dpo-desk/%2e%2e/%2e%2e/package.json',
      'app://evil/index.html'
    ]) {
      expect((await handler!(new Request(url))).status, url).toBe(404)
    }
    // The protocol is registered before the window loads anything.
    expect(electron.calls.indexOf('protocol.handle:app')).toBeLessThan(
      electron.calls.indexOf('window.loadURL')
    )
  })

  it('denies every permission and installs the navigation, window and webview guards', async () => {
    const electron = await boot()
    const session = electron.defaultSession
    const granted: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      session.permissionRequestHandler!(null, permission, (isGranted) => granted.push(isGranted))
      expect(session.permissionCheckHandler!(null, permission), permission).toBe(false)
    }
    expect(granted).toEqual([false, false, false, false])
    expect(session.devicePermissionHandler!({})).toBe(false)

    const contents = new FakeWebContents()
    expect(electron.app.emit('web-contents-created', {}, contents)).toBe(1)
    const navigate = (url: string) => {
      const event = preventable()
      contents.emit('will-navigate', event, url)
      return event.defaultPrevented
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://dpo-desk/index.html')).toBe(false)
    const webview = preventable()
    contents.emit('will-attach-webview', webview)
    expect(webview.defaultPrevented).toBe(true)
    expect(contents.windowOpenHandler!({ url: 'https://www.imy.se/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({
      action: 'deny'
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(electron.opened).toEqual(['https://www.imy.se/'])
  })

  it('opens one window with the secure webPreferences on the app origin', async () => {
    const electron = await boot()
    const [window] = electron.windows
    const preferences = window!.options.webPreferences!
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false
    })
    expect(String(preferences['preload'])).toMatch(/[\\/]preload[\\/]index\.js$/)
    expect(window!.loadedUrl).toBe('app://dpo-desk/index.html')
    // IPC answers the app's frame only.
    expect(await invoke(electron, 'signing:get-status', undefined, APP_FRAME)).toMatchObject({
      ok: true
    })
    expect(
      await invoke(electron, 'signing:get-status', undefined, {
        senderFrame: { url: 'https://evil.example/' }
      })
    ).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN_SENDER' } })
  })

  it('keeps no spell-check dictionary, downloads or caches: cleared at start and again on quit', async () => {
    const electron = await boot()
    const session = electron.defaultSession
    expect(session.spellCheckerEnabled).toBe(false)
    const dataCleared = session.cleared.filter((entry) => entry.kind === 'data')
    expect(session.cleared.filter((entry) => entry.kind === 'cache')).toHaveLength(1)
    expect(dataCleared).toEqual([{ kind: 'data', dataTypes: [...EPHEMERAL_DATA_TYPES] }])
    // The vault (IndexedDB) and the UI settings (Local Storage) are never cleared.
    expect(dataCleared[0]!.dataTypes).not.toContain('indexedDB')
    expect(dataCleared[0]!.dataTypes).not.toContain('localStorage')
    // Caches were cleared before the window loaded anything.
    const download = preventable()
    session.emit('will-download', download)
    expect(download.defaultPrevented).toBe(true)

    const quitting = preventable()
    electron.app.emit('will-quit', quitting)
    expect(quitting.defaultPrevented).toBe(true)
    await vi.waitUntil(() => electron.calls.includes('app.quit'))
    expect(session.cleared).toHaveLength(4)
    const again = preventable()
    electron.app.emit('will-quit', again)
    expect(again.defaultPrevented).toBe(false)
  })

  it.each(['lock-screen', 'suspend'] as const)(
    '%s: tells the renderer to lock and drops the signing key in main itself',
    async (reason) => {
      const electron = await boot()
      await unlockSigning(electron)
      electron.powerMonitor.emit(reason)
      expect(electron.windows[0]!.webContents.sent).toContainEqual({
        channel: 'app:lock-requested',
        payload: { reason }
      })
      expect(await isSigningUnlocked(electron)).toBe(false)
    }
  )

  it.each([
    [
      'reload or navigation (start)',
      'did-start-navigation',
      [{ isMainFrame: true, isSameDocument: false }]
    ],
    ['reload or navigation (commit)', 'did-navigate', [{}, 'app://dpo-desk/index.html']],
    ['renderer crash', 'render-process-gone', [{}, { reason: 'crashed', exitCode: 1 }]],
    ['renderer hang', 'unresponsive', []],
    ['window destroyed', 'destroyed', []]
  ] as const)('drops the signing key on %s', async (_name, event, args) => {
    const electron = await boot()
    await unlockSigning(electron)
    expect(electron.windows[0]!.webContents.emit(event, ...args)).toBeGreaterThan(0)
    expect(await isSigningUnlocked(electron)).toBe(false)
    const refused = await invoke(electron, 'pdf:render-letter', {
      model: sampleLetter('refusal'),
      sign: true
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNING_LOCKED' } })
  })

  it('drops the exports being imported when the page reloads (issue 16)', async () => {
    const electron = await boot()
    const opened = (await invoke(electron, 'intake:table-open', {
      fileName: 'kunder.csv',
      bytes: new TextEncoder().encode('Namn;E-post\r\nÅsa;asa@example.se\r\n')
    })) as { ok: boolean; value: { accepted: boolean; sessionId: string } }
    expect(opened).toMatchObject({ ok: true, value: { accepted: true } })
    const sessionId = opened.value.sessionId
    expect(await invoke(electron, 'intake:table-next', { sessionId })).toMatchObject({
      ok: true,
      value: { accepted: true }
    })
    electron.windows[0]!.webContents.emit('did-navigate', {}, 'app://dpo-desk/index.html')
    expect(await invoke(electron, 'intake:table-next', { sessionId })).toEqual({
      ok: true,
      value: { accepted: false, refusal: { code: 'INTAKE_SESSION_GONE', params: {} } }
    })
  })

  it('keeps the signing key across hash routing and subframe navigations', async () => {
    const electron = await boot()
    await unlockSigning(electron)
    const contents = electron.windows[0]!.webContents
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true })
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false })
    expect(await isSigningUnlocked(electron)).toBe(true)
  })
})
