import { useCallback, useEffect, type ReactNode } from 'react'
import { AboutPage } from './features/about/AboutPage'
import { OverviewPage } from './features/overview/OverviewPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { SubjectsPage } from './features/subjects/SubjectsPage'
import { loadSecuritySettings, DEFAULT_IDLE_MINUTES } from './features/vault/securitySettings'
import { useIdleLock } from './features/vault/useIdleLock'
import { useVault } from './features/vault/VaultProvider'
import { useLive } from './data/live'
import { onEvent } from './lib/api'
import { useI18n, type Language, type MessageKey } from './lib/i18n'
import { navigate, useRoute } from './lib/router'
import { Button } from './ui/Button'

type NavItem = { path: string; label: MessageKey; render: () => ReactNode }

export function App() {
  const { t, language, setLanguage } = useI18n()
  const { db, lock } = useVault()
  const path = useRoute()
  const { value: security } = useLive(() => loadSecuritySettings(db), [db])
  const lockIdle = useCallback(() => lock('idle'), [lock])
  useIdleLock(security?.idleMinutes ?? DEFAULT_IDLE_MINUTES, lockIdle)
  useEffect(() => onEvent('app:navigate', ({ path: target }) => navigate(target)), [])

  const actor = 'DPO'
  const nav: NavItem[] = [
    { path: '/', label: 'nav.overview', render: () => <OverviewPage /> },
    { path: '/subjects', label: 'nav.subjects', render: () => <SubjectsPage actor={actor} /> },
    { path: '/settings', label: 'nav.settings', render: () => <SettingsPage /> },
    { path: '/about', label: 'nav.about', render: () => <AboutPage /> }
  ]
  const active = nav.find((item) => item.path === path) ?? nav[0]!
  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
        <div className="header-tools">
          <label className="language">
            {t('language.label')}{' '}
            <select
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              <option value="sv">{t('language.sv')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </label>
          <Button onClick={() => lock('user')} data-testid="lock-button">
            {t('vault.lock')}
          </Button>
        </div>
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {nav.map((item) => (
            <li key={item.path}>
              <a href={`#${item.path}`} aria-current={item === active ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell-main" id="main">
        {active.render()}
      </main>
    </div>
  )
}
