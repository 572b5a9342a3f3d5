import type { ReactNode } from 'react'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { Notice } from '../../ui/Notice'
import { ProgressBar } from '../../ui/ProgressBar'
import { StoreContext } from './storeContext'
import { useOpenStore } from './useOpenStore'

/** Loads the cases once after unlock, shows progress meanwhile, then provides the store. */
export function StoreProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { store, progress, error } = useOpenStore()
  if (error) {
    return (
      <main className="vault-screen">
        <Notice tone="error" title={t('store.error.title')}>
          {errorText(t, error)}
        </Notice>
      </main>
    )
  }
  if (!store) {
    const label = t(`store.phase.${progress?.phase ?? 'loading'}` as MessageKey)
    return (
      <main className="vault-screen" aria-busy="true">
        <section className="vault-card" aria-labelledby="store-loading-title">
          <p className="vault-brand">DPO Desk</p>
          <h1 id="store-loading-title">{label}</h1>
          <ProgressBar
            label={label}
            done={progress?.done ?? 0}
            total={progress?.total ?? 0}
            testId="store-progress"
          />
        </section>
      </main>
    )
  }
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}
