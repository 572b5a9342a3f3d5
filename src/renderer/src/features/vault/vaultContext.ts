import { createContext, useContext } from 'react'
import type { AppDb } from '../../data/db'
import type { Vault } from '../../data/vault'

export type LockReason = 'idle' | 'lock-screen' | 'suspend' | 'user'

export type VaultState =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'showRecoveryKey'; recoveryKey: string }
  | { kind: 'locked'; reason: LockReason | null }
  | { kind: 'newPassphrase' }
  /** Unlocked with a passphrase that is too easy to guess: offer to change it first. */
  | { kind: 'weakPassphrase' }
  | { kind: 'unlocked' }

export type VaultContextValue = {
  state: VaultState
  vault: Vault
  db: AppDb
  setState: (state: VaultState) => void
  lock: (reason: LockReason) => void
}

export const VaultContext = createContext<VaultContextValue | null>(null)

export function useVault(): VaultContextValue {
  const context = useContext(VaultContext)
  if (!context) throw new Error('useVault must be used inside <VaultProvider>')
  return context
}

/** The unlocked database; only for components rendered behind the vault gate. */
export function useDb(): AppDb {
  return useVault().db
}
