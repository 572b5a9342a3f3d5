import { toCsv, type AuditEvent } from '@core'
import { formatDateTime, type MessageKey, type Translate } from '../../lib/i18n'
import { auditEventText } from './auditText'

/** The audit log as CSV (semicolons, BOM), oldest first, times in local time. */
export function auditCsv(
  t: Translate,
  events: readonly AuditEvent[],
  categoryNames?: ReadonlyMap<string, string>
): string {
  return toCsv(
    [t('csv.seq'), t('audit.when'), t('audit.who'), t('csv.entity'), t('audit.what')],
    events.map((event) => [
      event.seq,
      formatDateTime(event.at),
      event.actor,
      t(`csv.entity.${event.entityType}` as MessageKey),
      auditEventText(t, event, categoryNames)
    ])
  )
}
