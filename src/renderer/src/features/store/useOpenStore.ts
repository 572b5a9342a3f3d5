import { useEffect, useState } from 'react'
import { migrateToV2, needsV2Migration } from '../../data/migrations/v2'
import { migrateToV3, needsV3Migration } from '../../data/migrations/v3'
import { CaseStore } from '../../data/store/caseStore'
import { useDb } from '../vault/VaultProvider'

export type OpeningProgress = {
  phase: 'migrating' | 'loading' | 'archive' | 'rebuilding' | 'saving'
  done: number
  total: number
}

/**
 * Opens the case store once per unlock: first rewrites rows still in an old record format
 * (v1 → v2, then v2 → v3; both resumable), then loads the store. Progress is reported for the loading screen.
 */
export function useOpenStore(): {
  store: CaseStore | null
  progress: OpeningProgress | null
  error: unknown
} {
  const db = useDb()
  const [store, setStore] = useState<CaseStore | null>(null)
  const [progress, setProgress] = useState<OpeningProgress | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let active = true
    const report = (next: OpeningProgress) => {
      if (active) setProgress(next)
    }
    void (async () => {
      try {
        const migrating = ({ done, total }: { done: number; total: number }) =>
          report({ phase: 'migrating', done, total })
        if (await needsV2Migration(db)) await migrateToV2(db, migrating)
        // After v2: it rewrites v1 rows in the tables v3 moves into pages.
        if (await needsV3Migration(db)) await migrateToV3(db, migrating)
        const opened = await CaseStore.open(db, { onProgress: report })
        if (active) setStore(opened)
      } catch (caught) {
        if (active) setError(caught)
      }
    })()
    return () => {
      active = false
    }
  }, [db])
  return { store, progress, error }
}
