import type { ReactNode } from 'react'
import { AboutPage } from './features/about/AboutPage'
import { OverviewPage } from './features/overview/OverviewPage'
import { useI18n, type Language, type MessageKey } from './lib/i18n'
import { useRoute } from './lib/router'

type NavItem = { path: string; label: MessageKey; render: () => ReactNode }

const NAV: NavItem[] = [
  { path: '/', label: 'nav.overview', render: () => <OverviewPage /> },
  { path: '/about', label: 'nav.about', render: () => <AboutPage /> }
]

export function App() {
  const { t, language, setLanguage } = useI18n()
  const path = useRoute()
  const active = NAV.find((item) => item.path === path) ?? NAV[0]!
  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
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
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
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
