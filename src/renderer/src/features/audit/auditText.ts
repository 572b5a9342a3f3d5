/**
 * What an audit event says, in the user's language: events with an action code and parameters
 * are described from the catalog; events stored before parameters existed show their own
 * (Swedish) summary exactly as it was written and hashed.
 */
import { AUDIT_ACTIONS, type AuditEvent } from '@core'
import { coreText, type Translate } from '../../lib/i18n'

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS)

export function auditEventText(t: Translate, event: AuditEvent): string {
  if (event.params !== undefined && KNOWN.has(event.action)) {
    return coreText(t, { code: `audit.${event.action}`, params: event.params })
  }
  return event.summary ?? event.action
}
