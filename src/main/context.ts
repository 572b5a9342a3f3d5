import type { PassphraseKdf } from '../core/crypto/kdf'
import type { Notifier } from './services/notifier'

/**
 * Everything the IPC handlers need from the platform. `index.ts` builds it from Electron; the
 * E2E harness and Node tests build it from temp folders and fakes, so the same handlers run in
 * both places.
 */
export interface MainContext {
  appInfo: {
    name: string
    version: string
    /** Folder holding the user's data (Electron's userData). */
    dataFolder: string
    platform: string
  }
  /** Argon2id for passphrases (WASM). */
  kdf: PassphraseKdf
  /** OS notifications (Electron Notification; recorded in the E2E harness). */
  notifier: Notifier
  /** Shows a route in the window (focuses it and sends `app:navigate`). */
  navigate: (path: string) => void
}
