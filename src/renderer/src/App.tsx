import { useCallback, type ReactNode } from 'react'
import { AboutPage } from './features/about/AboutPage'
import { AuditIntegrityBanner } from './features/audit/AuditIntegrityNotice'
import { AuditPage } from './features/audit/AuditPage'
import { useBackup } from './features/backup/backupContext'
import { progressText } from './features/backup/ProgressBar'
import { CaseDetailPage } from './features/cases/CaseDetailPage'
import { CaseListPage } from './features/cases/CaseListPage'
import { NewCasePage } from './features/cases/NewCasePage'
import { useActiveCaseRows } from './features/cases/useCases'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { useDeadlineNotifications } from './features/dashboard/useDeadlineNotifications'
import { useAttachmentSweep } from './features/store/useAttachmentSweep'
import { IntakeButton } from './features/intake/IntakeButton'
import { IntakePage } from './features/intake/IntakePage'
import { useEmailDrop } from './features/intake/useEmailIntake'
import { MailQueuePage } from './features/mail/MailQueuePage'
import { ReportsPage } from './features/reports/ReportsPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { SubjectDetailPage } from './features/subjects/SubjectDetailPage'
import { SubjectsPage } from './features/subjects/SubjectsPage'
import { useSecuritySettings } from './features/settings/useSettings'
import { DEFAULT_IDLE_MINUTES } from './features/vault/securitySettings'
import { useIdleLock } from './features/vault/useIdleLock'
import { useVault } from './features/vault/VaultProvider'
import { useI18n, type Language, type MessageKey } from './lib/i18n'
import { matchRoute, navigate, useNavigationFromMain, useRoute } from './lib/router'
import { Button } from './ui/Button'

type Route = {
  pattern: string
  nav?: MessageKey
  render: (params: Record<string, string>) => ReactNode
}

export function App() {
  const { t, language, setLanguage } = useI18n()
  const { lock } = useVault()
  const path = useRoute()
  const security = useSecuritySettings()
  const lockIdle = useCallback(() => lock('idle'), [lock])
  useIdleLock(security?.idleMinutes ?? DEFAULT_IDLE_MINUTES, lockIdle)
  useNavigationFromMain()
  useEmailDrop()
  useDeadlineNotifications(useActiveCaseRows())
  useAttachmentSweep()
  const { progress } = useBackup()

  const routes: Route[] = [
    { pattern: '/', nav: 'nav.overview', render: () => <DashboardPage /> },
    { pattern: '/cases', nav: 'nav.cases', render: () => <CaseListPage /> },
    { pattern: '/cases/new', render: () => <NewCasePage /> },
    { pattern: '/intake', render: () => <IntakePage /> },
    { pattern: '/cases/:id', render: ({ id }) => <CaseDetailPage id={id!} /> },
    { pattern: '/subjects', nav: 'nav.subjects', render: () => <SubjectsPage /> },
    { pattern: '/subjects/:id', render: ({ id }) => <SubjectDetailPage id={id!} /> },
    { pattern: '/mail', nav: 'nav.mail', render: () => <MailQueuePage /> },
    { pattern: '/reports', nav: 'nav.reports', render: () => <ReportsPage /> },
    { pattern: '/audit', nav: 'nav.audit', render: () => <AuditPage /> },
    { pattern: '/settings', nav: 'nav.settings', render: () => <SettingsPage /> },
    { pattern: '/about', nav: 'nav.about', render: () => <AboutPage /> }
  ]
  let active = routes[0]!
  let params: Record<string, string> = {}
  for (const route of routes) {
    const match = matchRoute(route.pattern, path)
    if (match) {
      active = route
      params = match
      break
    }
  }
  const section = '/' + (path.split('/')[1] ?? '')
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
        <div className="header-tools">
          {progress && (
            <span className="header-status" role="status">
              {progressText(t, progress)}
            </span>
          )}
          <Button variant="primary" onClick={() => navigate('/cases/new')}>
            {t('nav.newCase')}
          </Button>
          <IntakeButton />
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
          {routes
            .filter((route) => route.nav)
            .map((route) => (
              <li key={route.pattern}>
                <a
                  href={`#${route.pattern}`}
                  aria-current={section === route.pattern ? 'page' : undefined}
                >
                  {t(route.nav!)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main className="shell-main" id="main" tabIndex={-1}>
        <AuditIntegrityBanner />
        {active.render(params)}
      </main>
    </div>
  )
}
