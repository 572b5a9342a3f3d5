import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { BackupProvider } from './features/backup/BackupProvider'
import { SettingsProvider } from './features/settings/SettingsProvider'
import { StoreProvider } from './features/store/StoreProvider'
import { VaultGate } from './features/vault/VaultGate'
import { VaultProvider } from './features/vault/VaultProvider'
import { I18nProvider, useI18n } from './lib/i18n'
import { ErrorBoundary } from './ui/ErrorBoundary'
import './styles.css'

function CrashScreen({ reset }: { reset: () => void }) {
  const { t } = useI18n()
  return (
    <div role="alert" className="crash">
      <h1>{t('app.error.title')}</h1>
      <p>{t('app.error.body')}</p>
      <button type="button" onClick={reset}>
        {t('app.error.retry')}
      </button>
    </div>
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <ErrorBoundary fallback={(reset) => <CrashScreen reset={reset} />}>
        <VaultProvider>
          <VaultGate>
            <StoreProvider>
              <SettingsProvider>
                <BackupProvider>
                  <App />
                </BackupProvider>
              </SettingsProvider>
            </StoreProvider>
          </VaultGate>
        </VaultProvider>
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>
)
