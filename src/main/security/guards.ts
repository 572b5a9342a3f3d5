/**
 * Navigation, window and webview guards for every WebContents (checklist items 11–14), and the
 * permission handlers (item 5). Written against small structural types so that Node tests can
 * drive them with fakes; main passes the real Electron objects.
 */

export interface PreventableEvent {
  preventDefault(): void
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void
  ): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(
    handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }
  ): void
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler:
      | ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null
  ): void
  setPermissionCheckHandler(
    handler: ((webContents: unknown, permission: string) => boolean) | null
  ): void
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void
}

export interface GuardOptions {
  /** True for URLs of the app itself (a reload of the app page is not blocked). */
  isAppUrl: (url: string) => boolean
  /** Called for blocked top-level navigations and window.open of safe external links. */
  openExternal?: (url: string) => void
  isSafeExternalUrl?: (url: string) => boolean
}

export function installWebContentsGuards(contents: WebContentsLike, options: GuardOptions): void {
  const blockForeign = (event: PreventableEvent, url: string): void => {
    if (options.isAppUrl(url)) return
    event.preventDefault()
  }
  contents.on('will-navigate', blockForeign)
  contents.on('will-redirect', blockForeign)
  // Defence in depth: the app never intends to host webviews or open windows.
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (options.openExternal && options.isSafeExternalUrl?.(url)) options.openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Permissions the renderer may be granted. Empty on purpose: notifications, files and dialogs
 * all go through main, so the page needs no browser permission at all.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>()

export function installPermissionHandlers(session: SessionLike): void {
  // Reset first so that nothing granted earlier in this session survives.
  session.setPermissionRequestHandler(null)
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission))
  )
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission))
  session.setDevicePermissionHandler?.(() => false)
}
