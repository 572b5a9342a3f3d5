import { useI18n } from '../../lib/i18n'
import { PageHeader } from '../../ui/PageHeader'
import { BackupPanel } from '../backup/BackupPanel'
import { InventoryPanel } from '../organisation/InventoryPanel'
import { LettersPanel } from '../organisation/LettersPanel'
import { OrganisationPanel } from '../organisation/OrganisationPanel'
import { SigningPanel } from '../organisation/SigningPanel'
import { RetentionPanel } from '../retention/RetentionPanel'
import { SecuritySettingsPanel } from '../vault/SecuritySettingsPanel'

export function SettingsPage() {
  const { t } = useI18n()
  return (
    <section aria-labelledby="settings-title">
      <PageHeader id="settings-title" title={t('settings.title')} />
      <OrganisationPanel />
      <SigningPanel />
      <LettersPanel />
      <InventoryPanel />
      <BackupPanel />
      <RetentionPanel />
      <SecuritySettingsPanel />
    </section>
  )
}
