import { createContext, useContext } from 'react'
import type { BackupProgress } from '../../data/backup'
import type { IpcOutput } from '@shared/ipc/contract'

export type { BackupPreview, BackupProgress } from '../../data/backup'

export type BackupStatus = IpcOutput<'backup:get-status'>

export type BackupContextValue = {
  status: BackupStatus | null
  progress: BackupProgress | null
  lastError: unknown
  lastResult: IpcOutput<'backup:finish'> | null
  refresh: () => Promise<void>
  runNow: () => Promise<void>
}

export const BackupContext = createContext<BackupContextValue | null>(null)

/** The backup state the app shares (status, a running backup's progress, the last result). */
export function useBackup(): BackupContextValue {
  const context = useContext(BackupContext)
  if (!context) throw new Error('useBackup must be used inside <BackupProvider>')
  return context
}
