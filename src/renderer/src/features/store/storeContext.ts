import { createContext, useContext, useMemo, useSyncExternalStore } from 'react'
import type { CaseStore } from '../../data/store/caseStore'

export const StoreContext = createContext<CaseStore | null>(null)

/** The loaded case store; only for components rendered inside <StoreProvider>. */
export function useStore(): CaseStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStore must be used inside <StoreProvider>')
  return store
}

/** Re-renders the caller after every change of the store; memoise derived data on the result. */
export function useStoreVersion(): number {
  const store = useStore()
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.version
  )
}

/**
 * Data derived from the store, computed again after each change of the store or of `deps`.
 * The store changes in place, so its version (not its identity) marks a change.
 */
export function useStoreMemo<T>(derive: (store: CaseStore) => T, deps: readonly unknown[]): T {
  const store = useStore()
  const version = useStoreVersion()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `derive` is new on every render; deps and version say when it matters
  return useMemo(() => derive(store), [store, version, ...deps])
}

/** Whether the archive is in memory yet (lists and search complete), and how far it got. */
export function useStoreCompleteness(): { isComplete: boolean; percent: number; error: unknown } {
  const store = useStore()
  useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.progressStamp
  )
  const progress = store.archiveProgress
  return {
    isComplete: store.isComplete,
    error: store.archiveError,
    percent: progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0
  }
}
