import { errorText, useI18n } from '../../lib/i18n'
import { Notice } from '../../ui/Notice'
import { useStoreCompleteness } from './storeContext'

/** Says that older cases are still being read, on screens that list every case. */
export function IncompleteNotice() {
  const { t } = useI18n()
  const { isComplete, percent, error } = useStoreCompleteness()
  if (error)
    return (
      <Notice tone="error" title={t('store.archiveError')}>
        {errorText(t, error)}
      </Notice>
    )
  if (isComplete) return null
  return (
    <Notice tone="info">
      <span data-testid="store-incomplete">{t('store.incomplete', { percent })}</span>
    </Notice>
  )
}
