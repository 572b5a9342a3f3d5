import type { ReactNode } from 'react'
import { useVaultController, type VaultControllerOptions } from './useVaultController'
import { VaultContext } from './vaultContext'

export { useDb, useVault } from './vaultContext'
export type { LockReason, VaultState } from './vaultContext'
export { ipcKdf } from './useVaultController'

export function VaultProvider({
  children,
  ...options
}: VaultControllerOptions & { children: ReactNode }) {
  const value = useVaultController(options)
  return <VaultContext.Provider value={value}>{children}</VaultContext.Provider>
}
