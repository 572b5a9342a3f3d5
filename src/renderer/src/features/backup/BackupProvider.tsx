import type { ReactNode } from 'react'
import { BackupContext } from './backupContext'
import { useBackupController } from './useBackupController'

export function BackupProvider({ children }: { children: ReactNode }) {
  const value = useBackupController()
  return <BackupContext.Provider value={value}>{children}</BackupContext.Provider>
}
