/**
 * The unlocked signing key lives exactly as long as the renderer document that unlocked the
 * vault. Main drops it itself, without waiting for the renderer to ask: a reloaded, navigated,
 * crashed or hung page must never find the key still open (issue 14: a page with a locked
 * vault got a signed PDF back after a reload). The renderer additionally calls `signing:lock`
 * when its vault locks (idle, user), and main locks on screen lock and suspend.
 *
 * Written against small structural types so that Node tests and the browser harness can drive
 * it; main passes the real WebContents and powerMonitor.
 */

export type SigningKeyDropReason =
  'navigation' | 'render-process-gone' | 'unresponsive' | 'destroyed' | 'lock-screen' | 'suspend'

/** The WebContents events that end the unlocked document's life. */
export interface RendererLifecycleLike {
  on(
    event: 'did-start-navigation',
    listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void
  ): unknown
  on(event: 'did-navigate', listener: () => void): unknown
  on(event: 'render-process-gone', listener: () => void): unknown
  on(event: 'unresponsive', listener: () => void): unknown
  on(event: 'destroyed', listener: () => void): unknown
}

export interface PowerMonitorLike {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown
}

/**
 * Drops the signing key whenever the renderer's document goes away or stops answering. Hash
 * changes (the app's routing) are same-document navigations and keep the key.
 */
export function bindSigningKeyToRenderer(
  contents: RendererLifecycleLike,
  drop: (reason: SigningKeyDropReason) => void
): void {
  // At the start of a cross-document navigation (reload included) and again at its commit, so
  // that the old document cannot unlock again in between.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) drop('navigation')
  })
  contents.on('did-navigate', () => drop('navigation'))
  contents.on('render-process-gone', () => drop('render-process-gone'))
  contents.on('unresponsive', () => drop('unresponsive'))
  contents.on('destroyed', () => drop('destroyed'))
}

/** Screen lock and suspend: drop the signing key in main and ask the renderer to lock. */
export function lockOnSystemEvents(
  powerMonitor: PowerMonitorLike,
  actions: {
    drop: (reason: SigningKeyDropReason) => void
    requestRendererLock: (reason: 'lock-screen' | 'suspend') => void
  }
): void {
  for (const reason of ['lock-screen', 'suspend'] as const) {
    powerMonitor.on(reason, () => {
      actions.drop(reason)
      actions.requestRendererLock(reason)
    })
  }
}
