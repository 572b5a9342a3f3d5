import { errorMessage, useI18n } from '../../lib/i18n'
import { useAppInfo } from './useAppInfo'

export function AboutPage() {
  const { t } = useI18n()
  const { info, error } = useAppInfo()
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {!info && !error && <p>{t('app.loading')}</p>}
      {info && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('app.name')}</dt>
          <dd data-testid="app-info-name">{info.name}</dd>
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-info-version">{info.version}</dd>
          <dt>{t('about.dataFolder')}</dt>
          <dd data-testid="app-info-data-folder">
            <code>{info.dataFolder}</code>
          </dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
    </section>
  )
}
