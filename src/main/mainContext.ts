/**
 * Builds the MainContext from plain parts, so the Electron composition root and the E2E harness
 * assemble the same services and differ only in the platform adapters they pass.
 */
import path from 'node:path'
import type { Dialogs, MainContext } from './context'
import { createAuditMarkStore } from './services/auditMarkStore'
import { nodeBackupFs } from './services/backup/backupFs'
import { createBackupService } from './services/backup/backupService'
import { IntakeService } from './services/intake/intakeService'
import { argon2idKdf } from './services/kdf'
import type { Notifier } from './services/notifier'
import { SigningKeystore } from './services/pdf/keystore'
import { createPdfService } from './services/pdf/pdfService'

export function buildMainContext(input: {
  appInfo: MainContext['appInfo']
  resourcesDir: string
  notifier: Notifier
  navigate: (path: string) => void
  dialogs: Dialogs
  now?: () => Date
}): MainContext {
  const now = input.now ?? (() => new Date())
  const keystore = new SigningKeystore(path.join(input.appInfo.dataFolder, 'signing'), now)
  const auditMarks = createAuditMarkStore({ dataFolder: input.appInfo.dataFolder })
  return {
    appInfo: input.appInfo,
    kdf: argon2idKdf,
    notifier: input.notifier,
    navigate: input.navigate,
    dialogs: input.dialogs,
    keystore,
    pdf: createPdfService({ fontsDir: path.join(input.resourcesDir, 'fonts'), keystore, now }),
    backup: createBackupService({
      fs: nodeBackupFs,
      dataFolder: input.appInfo.dataFolder,
      appVersion: input.appInfo.version,
      now,
      auditMarks
    }),
    auditMarks,
    intake: new IntakeService(),
    now
  }
}
