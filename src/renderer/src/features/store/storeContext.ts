import { createContext, useContext, useSyncExternalStore } from 'react'
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
