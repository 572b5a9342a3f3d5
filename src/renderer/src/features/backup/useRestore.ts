import { useCallback, useState } from 'react'
import type { AuditIntegrity } from '@core/audit/auditMark'
import { restoreBackup, type BackupPreview, type BackupProgress } from '../../data/backup'
import { errorText, useI18n } from '../../lib/i18n'
import { ipcKdf } from '../vault/VaultProvider'

/** Restoring one backup: its progress, the error in the DPO's words, and the audit check. */
export function useRestore(preview: BackupPreview) {
  const { t } = useI18n()
  const [progress, setProgress] = useState<BackupProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isDone, setIsDone] = useState(false)
  const [auditCheck, setAuditCheck] = useState<AuditIntegrity | null>(null)

  const start = useCallback(
    async (secret: { passphrase: string } | { recoveryKey: string }) => {
      setError(null)
      setProgress({ phase: 'verifying', done: 0, total: 1 })
      try {
        await restoreBackup(preview, secret, ipcKdf, setProgress, { onAuditCheck: setAuditCheck })
        setIsDone(true)
      } catch (caught) {
        setError(errorText(t, caught))
        setProgress(null)
      }
    },
    [preview, t]
  )

  return { progress, error, isDone, auditCheck, start }
}
