import type { WebPreferences } from 'electron'

/**
 * The security baseline of every window (Electron security checklist items 2–4, 6, 8–10).
 * Tests assert each value, so flipping one fails CI.
 */
export function secureWebPreferences(preloadPath: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: isDev
  }
}
