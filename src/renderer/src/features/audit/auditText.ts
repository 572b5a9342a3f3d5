/**
 * What an audit event says, in the user's language: events with an action code and parameters
 * are described from the catalog; events stored before parameters existed show their own
 * (Swedish) summary exactly as it was written and hashed.
 */
import { AUDIT_ACTIONS, type AuditEvent } from '@core'
import { coreText, type Translate } from '../../lib/i18n'

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS)

/**
 * `categoryNames` (inventory id → name) shows a category by its name; an id no longer in the
 * inventory (a removed category) is shown as it was recorded.
 */
export function auditEventText(
  t: Translate,
  event: AuditEvent,
  categoryNames?: ReadonlyMap<string, string>
): string {
  if (event.params !== undefined && KNOWN.has(event.action)) {
    const category = event.params['category']
    const name = typeof category === 'string' ? categoryNames?.get(category) : undefined
    const params = name === undefined ? event.params : { ...event.params, category: name }
    return coreText(t, { code: `audit.${event.action}`, params })
  }
  return event.summary ?? event.action
}
