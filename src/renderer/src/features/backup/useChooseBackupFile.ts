import { useCallback } from 'react'
import type { BackupPreview } from '../../data/backup'
import { callOrThrow } from '../../lib/api'

export type { BackupPreview } from '../../data/backup'

/** Restore on a new computer: main's file picker, then the backup's preview (or null). */
export function useChooseBackupFile(): () => Promise<BackupPreview | null> {
  return useCallback(async () => {
    const result = await callOrThrow('backup:restore-choose-file', undefined)
    return result.chosen ? result.preview : null
  }, [])
}
