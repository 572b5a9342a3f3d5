import { useI18n } from '../../lib/i18n'

export function OverviewPage() {
  const { t } = useI18n()
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>{t('overview.welcome')}</p>
    </section>
  )
}
