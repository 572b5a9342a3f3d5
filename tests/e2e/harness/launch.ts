/**
 * Starts DPO Desk for an E2E spec in one of two modes:
 *
 * - `browser` (default, what CI runs): the built renderer in Debian's Chromium driven by
 *   playwright-core, with the real preload bundle injected through a tiny `electron` shim and
 *   the real main-process IPC handlers running in this Node process. Requests to the app origin
 *   are answered by request routing (no port is opened); everything else is aborted.
 * - `electron` (`DPO_E2E_MODE=electron`, where an Electron binary exists): the real app through
 *   Playwright's `_electron.launch`.
 *
 * Specs use only what `LaunchedApp` offers, so the same spec runs in both modes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  chromium,
  _electron,
  type BrowserContext,
  type ElectronApplication,
  type Page
} from 'playwright-core'
import type { IpcEvent } from '../../../src/shared/ipc/channels'
import type { IpcEventPayload } from '../../../src/shared/ipc/contract'
import { RENDERER_CSP_HEADER } from '../../../src/shared/csp'
import type { MainContext } from '../../../src/main/context'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { registerHandlers, type IpcInvokeEventLike } from '../../../src/main/ipc/router'
import { isSameOrigin } from '../../../src/main/security/origin'
import { resolveAppAsset } from '../../../src/main/security/protocol'
import {
  bindSigningKeyToRenderer,
  type RendererLifecycleLike
} from '../../../src/main/security/signingKeyLifetime'
import { buildMainContext } from '../../../src/main/mainContext'
import { fromWire, toWire } from './wire'

export const REPO_ROOT = path.resolve(__dirname, '../../..')
const OUT_DIR = path.join(REPO_ROOT, 'out')
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results')

/** The harness's stand-in for app://dpo-desk (routing needs a real scheme). */
export const HARNESS_ORIGIN = 'https://dpo-desk.test'

export const CHROMIUM_PATH = process.env['DPO_E2E_CHROMIUM'] ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

export type E2EMode = 'browser' | 'electron'

export function e2eMode(): E2EMode {
  return process.env['DPO_E2E_MODE'] === 'electron' ? 'electron' : 'browser'
}

/**
 * Path of the Electron binary, or null when it was never downloaded (as on CI here).
 * `npm run test:e2e:electron` installs it first and passes it in ELECTRON_EXEC_PATH.
 */
export function electronBinary(): string | null {
  const fromEnv = process.env['ELECTRON_EXEC_PATH']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  try {
    const require = createRequire(import.meta.url)
    const binary = require('electron') as unknown
    return typeof binary === 'string' && existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to reopen the app on the same data). Default: a fresh temp folder. */
  userDataDir?: string
  /** Main's data folder in browser mode. Default: a fresh temp folder. */
  dataFolder?: string
  /** Viewport; screenshots use it. */
  viewport?: { width: number; height: number }
  /**
   * Installs Playwright's fake clock before the app's first script runs, so timers and
   * `Date.now()` are the test's from the start (then `page.clock.fastForward` and friends).
   */
  fakeClock?: boolean
  /** A script that runs in the page before the app's first script (e.g. to count reads). */
  initScript?: string
  /**
   * Browser mode only: extra same-origin files (path → content), served beside the built
   * renderer with the same headers and CSP (e.g. a benchmark page that seeds the app's database).
   */
  extraAssets?: Readonly<Record<string, { body: string | Buffer; contentType: string }>>
}

export interface LaunchedApp {
  mode: E2EMode
  page: Page
  /** Chromium profile (browser mode) or Electron userData folder. */
  userDataDir: string
  /** The folder main reports as its data folder. */
  dataFolder: string
  /** Push a main → renderer event, as main would. */
  emit<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): Promise<void>
  /** Saves `test-results/<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>
  /** Closes the app; removes temp folders it created unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>
  /** Browser mode only: the context the main handlers run with. */
  mainContext?: MainContext
  /** The answers the next file dialogs give (a path, or null for Cancel). */
  dialogs: {
    answerSave(filePath: string | null): Promise<void>
    answerFolder(folder: string | null): Promise<void>
    answerOpen(filePath: string | null): Promise<void>
  }
  /** Browser mode only: OS notifications main has shown (click one with `.onClick()`). */
  notifications?: ShownNotification[]
}

export type ShownNotification = { title: string; body: string; onClick: () => void }

/**
 * The page's lifecycle as main sees a WebContents', so the harness binds the signing key to the
 * page with main's own function. Chromium over CDP reports no hang; the composition-root test
 * covers `unresponsive`.
 */
function pageLifecycle(page: Page): RendererLifecycleLike {
  const on = (event: string, listener: (details: never) => void): void => {
    const call = listener as (details?: { isMainFrame: boolean; isSameDocument: boolean }) => void
    if (event === 'did-start-navigation') {
      page.on('request', (request) => {
        if (!request.isNavigationRequest()) return
        let isMainFrame = false
        try {
          isMainFrame = request.frame() === page.mainFrame()
        } catch {
          // A navigation of a frame that does not exist yet: not the main frame.
        }
        if (isMainFrame) call({ isMainFrame: true, isSameDocument: false })
      })
    } else if (event === 'did-navigate') page.on('domcontentloaded', () => call())
    else if (event === 'render-process-gone') page.on('crash', () => call())
    else if (event === 'destroyed') page.on('close', () => call())
  }
  return { on } as RendererLifecycleLike
}

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

function assertBuilt(): void {
  for (const file of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
    if (!existsSync(path.join(OUT_DIR, file))) {
      throw new Error(`out/${file} is missing: run "npm run build" first (npm run test:e2e does).`)
    }
  }
}

async function screenshotTo(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  assertBuilt()
  return e2eMode() === 'electron' ? launchElectron(options) : launchBrowser(options)
}

async function launchBrowser(options: LaunchOptions): Promise<LaunchedApp> {
  const createdProfile = !options.userDataDir
  const createdData = !options.dataFolder
  const userDataDir = options.userDataDir ?? tempDir('dpo-e2e-profile-')
  const dataFolder = options.dataFolder ?? tempDir('dpo-e2e-data-')
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    productName: string
    version: string
  }
  const shownNotifications: ShownNotification[] = []
  let emitToPage: (event: IpcEvent, payload: unknown) => Promise<void> = async () => {}
  const saveAnswers: (string | null)[] = []
  const folderAnswers: (string | null)[] = []
  const openAnswers: (string | null)[] = []
  const mainContext: MainContext = buildMainContext({
    appInfo: {
      name: pkg.productName,
      version: pkg.version,
      dataFolder,
      platform: process.platform
    },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    notifier: {
      isSupported: () => true,
      show: (notification) => shownNotifications.push(notification)
    },
    navigate: (target) => void emitToPage('app:navigate', { path: target }),
    // Dialogs answer what the spec queued (see `dialogs` below); unqueued means "cancelled".
    dialogs: {
      saveFile: async () => saveAnswers.shift() ?? null,
      chooseFolder: async () => folderAnswers.shift() ?? null,
      openFile: async () => openAnswers.shift() ?? null
    }
  })

  // The real handlers behind a stand-in for ipcMain.
  const listeners = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>()
  registerHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    createHandlers(mainContext),
    {
      isTrustedSender: (url) => isSameOrigin(url, [HARNESS_ORIGIN]),
      onInternalError: (channel, error) => console.error(`[ipc] ${channel}`, error)
    }
  )

  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm'
  })

  // Routes match newest first: anything not for the app is aborted (the app is offline).
  await context.route('**/*', (route) => route.abort('blockedbyclient'))
  const rendererRoot = path.join(OUT_DIR, 'renderer')
  await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
    const extra = options.extraAssets?.[new URL(route.request().url()).pathname]
    const asset = extra
      ? null
      : resolveAppAsset(route.request().url(), rendererRoot, HARNESS_ORIGIN)
    if (!extra && (!asset || !existsSync(asset.filePath)))
      return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({
      status: 200,
      body: extra ? extra.body : readFileSync(asset!.filePath),
      headers: {
        'Content-Type': extra ? extra.contentType : asset!.contentType,
        'Content-Security-Policy': RENDERER_CSP_HEADER,
        'X-Content-Type-Options': 'nosniff'
      }
    })
  })

  await context.exposeBinding('__dpoIpcInvoke', async (source, channel: unknown, args: unknown) => {
    const listener = typeof channel === 'string' ? listeners.get(channel) : undefined
    if (!listener) {
      return toWire({
        ok: false,
        error: { code: 'IPC_UNKNOWN_CHANNEL', message: `No handler for ${String(channel)}` }
      })
    }
    const event: IpcInvokeEventLike = { senderFrame: { url: source.frame.url() } }
    const decoded = fromWire(args)
    return toWire(await listener(event, ...(Array.isArray(decoded) ? decoded : [])))
  })

  const preload = readFileSync(path.join(OUT_DIR, 'preload/index.js'), 'utf8')
  const shim = readFileSync(path.join(__dirname, 'electron-shim.js'), 'utf8')
  await context.addInitScript({
    content: shim
      .replace('__APP_ORIGIN__', HARNESS_ORIGIN)
      .replace('/* PRELOAD_SOURCE */', () => preload)
  })

  if (options.initScript) await context.addInitScript({ content: options.initScript })

  const page = context.pages()[0] ?? (await context.newPage())
  // As main does for its window: a reload, navigation or crash of the page drops the signing key.
  bindSigningKeyToRenderer(pageLifecycle(page), () => {
    mainContext.keystore.lock()
    mainContext.intake.closeAll()
  })
  if (options.fakeClock) await page.clock.install()
  await page.goto(`${HARNESS_ORIGIN}/index.html`)

  emitToPage = async (event, payload) => {
    await page.evaluate(
      ([name, body]) =>
        (window as unknown as { __dpoEmit: (n: string, b: unknown) => void }).__dpoEmit(name, body),
      [event, toWire(payload)] as const
    )
  }

  return {
    mode: 'browser',
    page,
    userDataDir,
    dataFolder,
    mainContext,
    notifications: shownNotifications,
    dialogs: {
      answerSave: async (filePath) => void saveAnswers.push(filePath),
      answerFolder: async (folder) => void folderAnswers.push(folder),
      answerOpen: async (filePath) => void openAnswers.push(filePath)
    },
    emit: (event, payload) => emitToPage(event, payload),
    screenshot: (name) => screenshotTo(page, name),
    async close(closeOptions) {
      await context.close()
      if (!closeOptions?.keepProfile) {
        if (createdProfile) rmSync(userDataDir, { recursive: true, force: true })
        if (createdData) rmSync(dataFolder, { recursive: true, force: true })
      }
    }
  }
}

async function queueDialogAnswer(
  app: ElectronApplication,
  kind: 'save' | 'folder' | 'open',
  answer: string | null
): Promise<void> {
  await app.evaluate(
    ({ dialog }, [which, value]) => {
      type Queues = Record<'save' | 'folder' | 'open', (string | null)[]>
      const state = globalThis as unknown as { __dpoDialogs?: Queues }
      if (!state.__dpoDialogs) {
        const queues: Queues = { save: [], folder: [], open: [] }
        state.__dpoDialogs = queues
        dialog.showSaveDialog = (async () => {
          const path = queues.save.shift() ?? null
          return { canceled: !path, filePath: path ?? '' }
        }) as typeof dialog.showSaveDialog
        dialog.showOpenDialog = (async (...args: unknown[]) => {
          const options = args.find(
            (arg) => arg && typeof arg === 'object' && 'properties' in (arg as object)
          ) as { properties?: string[] } | undefined
          const queue = options?.properties?.includes('openDirectory') ? queues.folder : queues.open
          const path = queue.shift() ?? null
          return { canceled: !path, filePaths: path ? [path] : [] }
        }) as typeof dialog.showOpenDialog
      }
      state.__dpoDialogs[which].push(value)
    },
    [kind, answer] as const
  )
}

async function launchElectron(options: LaunchOptions): Promise<LaunchedApp> {
  const executablePath = electronBinary()
  if (!executablePath) throw new Error('No Electron binary: run the browser mode instead.')
  const createdProfile = !options.userDataDir
  const userDataDir = options.userDataDir ?? tempDir('dpo-e2e-electron-')
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [path.join(OUT_DIR, 'main/index.js')],
    env: { ...process.env, DPO_DESK_USER_DATA: userDataDir } as Record<string, string>
  })
  const page = await app.firstWindow()
  if (options.viewport) await page.setViewportSize(options.viewport)
  await page.waitForLoadState('domcontentloaded')
  if (options.fakeClock || options.initScript) {
    // Electron loads the page before Playwright gets the window: install, then load it again.
    if (options.fakeClock) await page.clock.install()
    if (options.initScript) await page.addInitScript({ content: options.initScript })
    await page.reload()
  }
  return {
    mode: 'electron',
    page,
    userDataDir,
    dataFolder: userDataDir,
    async emit(event, payload) {
      await app.evaluate(
        ({ BrowserWindow }, [name, body]) =>
          BrowserWindow.getAllWindows()[0]?.webContents.send(name, body),
        [event, payload] as const
      )
    },
    // Main's dialog module is replaced by queued answers, as the browser harness does.
    dialogs: {
      answerSave: (filePath) => queueDialogAnswer(app, 'save', filePath),
      answerFolder: (folder) => queueDialogAnswer(app, 'folder', folder),
      answerOpen: (filePath) => queueDialogAnswer(app, 'open', filePath)
    },
    screenshot: (name) => screenshotTo(page, name),
    async close(closeOptions) {
      await app.close()
      if (!closeOptions?.keepProfile && createdProfile)
        rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}
