import type { MainContext } from '../context'
import { createAppHandlers } from './app.handlers'
import { createAuditHandlers } from './audit.handlers'
import { createBackupHandlers } from './backup.handlers'
import { createFileHandlers } from './file.handlers'
import { createIntakeHandlers } from './intake.handlers'
import { createNotifyHandlers } from './notify.handlers'
import { createPdfHandlers } from './pdf.handlers'
import { createReportHandlers } from './report.handlers'
import type { Handlers } from './router'
import { createVaultHandlers } from './vault.handlers'

/** All IPC handlers, one group per feature. */
export function createHandlers(ctx: MainContext): Handlers {
  return {
    ...createAppHandlers(ctx),
    ...createVaultHandlers(ctx),
    ...createNotifyHandlers(ctx),
    ...createPdfHandlers(ctx),
    ...createBackupHandlers(ctx),
    ...createReportHandlers(ctx),
    ...createFileHandlers(ctx),
    ...createIntakeHandlers(ctx),
    ...createAuditHandlers(ctx)
  }
}
