import type { PassphraseKdf } from '../core/crypto/kdf'
import type { AuditMarkStore } from './services/auditMarkStore'
import type { BackupService } from './services/backup/backupService'
import type { IntakeService } from './services/intake/intakeService'
import type { Notifier } from './services/notifier'
import type { SigningKeystore } from './services/pdf/keystore'
import type { PdfService } from './services/pdf/pdfService'

/** File dialogs, shown by main (Electron's dialog module; faked in the E2E harness). */
export interface Dialogs {
  /** The path the user chose, or null when cancelled. */
  saveFile(options: {
    defaultName: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<string | null>
  /** A folder the user chose, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** Files the user chose (read by main), or null when cancelled. */
  openFile(options: { filters: { name: string; extensions: string[] }[] }): Promise<string | null>
}

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
  dialogs: Dialogs
  /** The signing identity, encrypted in the data folder. */
  keystore: SigningKeystore
  pdf: PdfService
  backup: BackupService
  /** The audit log's high-water mark in the data folder (core/audit/auditMark.ts). */
  auditMarks: AuditMarkStore
  /** E-mails and exports read in worker threads; export sessions hold parsed rows. */
  intake: IntakeService
  now: () => Date
}
