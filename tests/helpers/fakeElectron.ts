/**
 * A stand-in for the `electron` module, just enough for main's composition root
 * (`src/main/index.ts`) to run in Node: it records what main asks of Electron (sandbox, single
 * instance lock, privileged schemes, protocol handlers, session settings, windows, IPC handlers)
 * and lets a test fire the events Electron would (ready, web-contents-created, lock-screen,
 * reload, crash, ...). Nothing here decides anything: the assertions live in the test.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

type Listener = (...args: unknown[]) => unknown

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((candidate) => candidate !== wrapped)
      )
      return listener(...args)
    }
    return this.on(event, wrapped)
  }
  /** Calls every listener of `event` with `args`; returns how many there were. */
  emit(event: string, ...args: unknown[]): number {
    const listeners = this.listeners.get(event) ?? []
    for (const listener of listeners) listener(...args)
    return listeners.length
  }
  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length
  }
}

export type PreventableFake = { defaultPrevented: boolean; preventDefault(): void }

export function preventable(): PreventableFake {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    }
  }
  return event
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export class FakeSession extends FakeEmitter {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null =
    null
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null
  devicePermissionHandler: ((details: unknown) => boolean) | null = null
  spellCheckerEnabled: boolean | null = null
  readonly cleared: { kind: 'cache' | 'data'; dataTypes?: string[] }[] = []
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable
  }
  async clearCache(): Promise<void> {
    this.cleared.push({ kind: 'cache' })
  }
  async clearData(options: { dataTypes?: string[] } = {}): Promise<void> {
    this.cleared.push({
      kind: 'data',
      ...(options.dataTypes ? { dataTypes: options.dataTypes } : {})
    })
  }
}

export type FakeElectronOptions = {
  /** What `app.requestSingleInstanceLock()` answers (default true). */
  hasSingleInstanceLock?: boolean
  /** Folder `app.getPath('userData')` returns. */
  userData: string
}

export function createFakeElectron(options: FakeElectronOptions) {
  /** Every call main makes that matters for ordering, in order. */
  const calls: string[] = []
  let resolveReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))
  const paths: Record<string, string> = { userData: options.userData, documents: options.userData }

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    isReady: false,
    enableSandbox() {
      calls.push('app.enableSandbox')
    },
    requestSingleInstanceLock() {
      calls.push('app.requestSingleInstanceLock')
      return options.hasSingleInstanceLock ?? true
    },
    quit() {
      calls.push('app.quit')
    },
    whenReady() {
      return ready
    },
    setPath(name: string, value: string) {
      paths[name] = value
    },
    getPath(name: string) {
      const found = paths[name]
      if (!found) throw new Error(`fake app.getPath: no path for ${name}`)
      return found
    },
    getName: () => 'DPO Desk',
    getVersion: () => '0.1.0'
  })

  const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = []
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>()
  const protocol = {
    registerSchemesAsPrivileged(schemes: typeof privilegedSchemes) {
      calls.push('protocol.registerSchemesAsPrivileged')
      privilegedSchemes.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
      calls.push(`protocol.handle:${scheme}`)
      protocolHandlers.set(scheme, handler)
    }
  }

  const defaultSession = new FakeSession()
  const session = { defaultSession }

  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents()
    loadedUrl: string | null = null
    isShown = false
    constructor(readonly options: { webPreferences?: Record<string, unknown> } & object) {
      super()
      calls.push('new BrowserWindow')
      windows.push(this)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows
    }
    async loadURL(url: string): Promise<void> {
      calls.push('window.loadURL')
      this.loadedUrl = url
    }
    show(): void {
      this.isShown = true
    }
    isMinimized(): boolean {
      return false
    }
    restore(): void {}
    focus(): void {}
  }

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  const ipcMain = {
    handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) {
      ipcHandlers.set(channel, listener)
    }
  }

  const powerMonitor = new FakeEmitter()
  const opened: string[] = []
  const shell = {
    async openExternal(url: string) {
      opened.push(url)
    }
  }
  const net = {
    async fetch(url: string): Promise<Response> {
      return new Response(readFileSync(fileURLToPath(url)), { status: 200 })
    }
  }
  class Notification extends FakeEmitter {
    static isSupported(): boolean {
      return false
    }
    show(): void {}
  }
  const dialog = {
    async showSaveDialog() {
      return { canceled: true, filePath: '' }
    },
    async showOpenDialog() {
      return { canceled: true, filePaths: [] }
    }
  }

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog,
    ipcMain,
    net,
    Notification,
    powerMonitor,
    protocol,
    session,
    shell
  }

  return {
    module: { ...module, default: module },
    calls,
    app,
    protocolHandlers,
    privilegedSchemes,
    defaultSession,
    windows,
    ipcHandlers,
    powerMonitor,
    opened,
    /** Lets `app.whenReady()` resolve, as Electron does once it has started. */
    makeReady(): void {
      app.isReady = true
      resolveReady()
    }
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
