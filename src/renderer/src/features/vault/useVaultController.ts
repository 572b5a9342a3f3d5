import { useCallback, useEffect, useMemo, useState } from 'react'
import { deriveSubkey, type PassphraseKdf } from '@core/crypto'
import { dropReplacedDatabase } from '../../data/backup'
import { createDb } from '../../data/db'
import { Vault } from '../../data/vault'
import { call, callOrThrow, onEvent } from '../../lib/api'
import type { LockReason, VaultContextValue, VaultState } from './vaultContext'

const LOCK_REASON_KEY = 'dpo-desk.lock-reason'

/** Argon2id runs in main; the passphrase goes there once per unlock and the KEK comes back. */
export const ipcKdf: PassphraseKdf = async (passphrase, params) =>
  (await callOrThrow('vault:derive-key', { passphrase, params })).key

function takeLockReason(): LockReason | null {
  try {
    const reason = sessionStorage.getItem(LOCK_REASON_KEY)
    sessionStorage.removeItem(LOCK_REASON_KEY)
    return reason === 'idle' ||
      reason === 'lock-screen' ||
      reason === 'suspend' ||
      reason === 'user'
      ? reason
      : null
  } catch {
    return null
  }
}

export type VaultControllerOptions = {
  /** Reloads the page after a lock so that no decrypted data survives in memory. */
  reload?: () => void
  kdf?: PassphraseKdf
}

/** The vault's state machine, its keys' hand-over to main, and locking (for <VaultProvider>). */
export function useVaultController({
  reload = () => window.location.reload(),
  kdf = ipcKdf
}: VaultControllerOptions = {}): VaultContextValue {
  const [db] = useState(() => createDb())
  const vault = useMemo(() => new Vault(db, kdf), [db, kdf])
  const [state, setState] = useState<VaultState>({ kind: 'loading' })

  useEffect(() => {
    let active = true
    void vault.isSetUp().then((isSetUp) => {
      if (active)
        setState(isSetUp ? { kind: 'locked', reason: takeLockReason() } : { kind: 'setup' })
    })
    return () => {
      active = false
    }
  }, [vault])

  // Main keeps the signing identity encrypted under a sub-key of the data key: hand it over on
  // unlock, take it back on lock.
  useEffect(
    () =>
      db.keys.onChange((isUnlocked) => {
        if (isUnlocked) {
          void call('signing:unlock', {
            wrapKey: deriveSubkey(db.keys.keys.dek, 'signing-key-wrap')
          })
          // A restore keeps the database it replaced until the restored one opens.
          void dropReplacedDatabase()
        } else {
          void call('signing:lock', undefined)
        }
      }),
    [db]
  )

  const lock = useCallback(
    (reason: LockReason) => {
      vault.lock()
      setState({ kind: 'locked', reason })
      try {
        sessionStorage.setItem(LOCK_REASON_KEY, reason)
      } catch {
        // Without session storage the lock screen simply shows no reason.
      }
      // Drop the whole renderer heap: decrypted records may sit in caches and closures.
      reload()
    },
    [vault, reload]
  )

  useEffect(
    () =>
      onEvent('app:lock-requested', ({ reason }) => {
        if (vault.isUnlocked) lock(reason)
      }),
    [vault, lock]
  )

  return useMemo(() => ({ state, vault, db, setState, lock }), [state, vault, db, lock])
}
