/**
 * Composition root of the main process: app lifecycle, the window, the app:// protocol,
 * security guards and IPC registration. Logic lives in the modules it wires together.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  Notification,
  powerMonitor,
  protocol,
  session,
  shell
} from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { RENDERER_CSP_HEADER } from '../shared/csp'
import type { IpcEvent } from '../shared/ipc/channels'
import type { IpcEventPayload } from '../shared/ipc/contract'
import type { Dialogs } from './context'
import { createHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/router'
import { installPermissionHandlers, installWebContentsGuards } from './security/guards'
import { APP_ORIGIN, APP_SCHEME, isSafeExternalUrl, isSameOrigin } from './security/origin'
import { resolveAppAsset } from './security/protocol'
import { applySessionHygiene, clearEphemeralData } from './security/sessionHygiene'
import {
  bindSigningKeyToRenderer,
  lockOnSystemEvents,
  type SigningKeyDropReason
} from './security/signingKeyLifetime'
import { secureWebPreferences } from './security/webPreferences'
import { buildMainContext } from './mainContext'

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined
const trustedOrigins = devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN]
const isAppUrl = (url: string): boolean => isSameOrigin(url, trustedOrigins)

// E2E runs against real Electron point the profile at a temp folder.
const userDataOverride = process.env['DPO_DESK_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

// Every renderer is sandboxed, whatever a window's options say.
app.enableSandbox()

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
  }
])

let mainWindow: BrowserWindow | null = null
const QUIT_CLEAR_TIMEOUT_MS = 5_000

function sendToRenderer<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): void {
  mainWindow?.webContents.send(event, payload)
}

function createMainWindow(dropSigningKey: (reason: SigningKeyDropReason) => void): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'DPO Desk',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), isDev)
  })
  window.once('ready-to-show', () => window.show())
  // Before the first load: a reload, navigation, crash or hang of this page drops the key.
  bindSigningKeyToRenderer(window.webContents, dropSigningKey)
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

function registerAppProtocol(): void {
  const rendererRoot = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererRoot)
    if (!asset) return new Response('Not found', { status: 404 })
    let response: Response
    try {
      response = await net.fetch(pathToFileURL(asset.filePath).toString())
    } catch {
      // A missing file inside the renderer folder.
      return new Response('Not found', { status: 404 })
    }
    const headers = new Headers(response.headers)
    headers.set('Content-Type', asset.contentType)
    headers.set('Content-Security-Policy', RENDERER_CSP_HEADER)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}

/** Everything after the single-instance check: guards, protocol, IPC, the window. */
function start(): void {
  app.on('web-contents-created', (_event, contents) => {
    installWebContentsGuards(contents, {
      isAppUrl,
      isSafeExternalUrl,
      openExternal: (url) => void shell.openExternal(url)
    })
  })

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(async () => {
    installPermissionHandlers(session.defaultSession)
    applySessionHygiene(session.defaultSession)
    // Whatever an earlier run (perhaps one that crashed) left in the caches goes first.
    await clearEphemeralData(session.defaultSession).catch((error: unknown) =>
      console.error('[session] clearing caches failed', error)
    )
    registerAppProtocol()

    const dialogs: Dialogs = {
      async saveFile({ defaultName, filters }) {
        const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      async chooseFolder({ title }) {
        const options = {
          title,
          properties: ['openDirectory' as const, 'createDirectory' as const]
        }
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      async openFile({ filters }) {
        const options = { filters, properties: ['openFile' as const] }
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
    }
    const context = buildMainContext({
      appInfo: {
        name: app.getName(),
        version: app.getVersion(),
        dataFolder: app.getPath('userData'),
        platform: process.platform
      },
      // Packaged: extraResources copies resources/ next to the asar; in development: the repo.
      resourcesDir: app.isPackaged
        ? join(process.resourcesPath, 'resources')
        : join(__dirname, '../../resources'),
      notifier: {
        isSupported: () => Notification.isSupported(),
        show: ({ title, body, onClick }) => {
          const notification = new Notification({ title, body, silent: false })
          notification.on('click', onClick)
          notification.show()
        }
      },
      navigate: (path) => {
        if (!mainWindow) return
        if (mainWindow.isMinimized()) mainWindow.restore()
        mainWindow.focus()
        sendToRenderer('app:navigate', { path })
      },
      dialogs
    })
    registerHandlers(ipcMain, createHandlers(context), {
      isTrustedSender: isAppUrl,
      onInternalError: (channel, error) => console.error(`[ipc] ${channel}`, error)
    })

    // What main holds while the vault is open goes with it: the signing key, and the rows of
    // exports being imported (issue 16).
    const dropSigningKey = (): void => {
      context.keystore.lock()
      context.intake.closeAll()
    }
    lockOnSystemEvents(powerMonitor, {
      drop: dropSigningKey,
      requestRendererLock: (reason) => sendToRenderer('app:lock-requested', { reason })
    })

    mainWindow = createMainWindow(dropSigningKey)
    mainWindow.on('closed', () => (mainWindow = null))
  })

  app.on('window-all-closed', () => app.quit())

  // Caches are cleared once more on the way out. Quitting waits for it, at most a few seconds;
  // a failure is logged and the app quits anyway.
  let hasClearedOnQuit = false
  app.on('will-quit', (event) => {
    if (hasClearedOnQuit) return
    event.preventDefault()
    let timer: ReturnType<typeof setTimeout> | undefined
    void Promise.race([
      clearEphemeralData(session.defaultSession),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_CLEAR_TIMEOUT_MS)))
    ])
      .catch((error: unknown) => console.error('[session] clearing caches failed', error))
      .finally(() => {
        clearTimeout(timer)
        hasClearedOnQuit = true
        app.quit()
      })
  })
}

// The database lives in this profile; a second instance would fight over it and must not even
// register handlers.
if (app.requestSingleInstanceLock()) start()
else app.quit()
