import { formatDateTime, useI18n } from '../../lib/i18n'
import { auditEventText } from '../audit/auditText'
import { useSubjectHistory } from './useSubjects'

/** When the record was created, changed (which fields) and merged, from the audit log. */
export function SubjectHistory({ subjectId }: { subjectId: string }) {
  const { t } = useI18n()
  const history = useSubjectHistory(subjectId)
  if (history.length === 0) return null
  return (
    <section className="panel" aria-labelledby="subject-history">
      <h2 id="subject-history">{t('subjects.history')}</h2>
      <ul className="plain" data-testid="subject-history">
        {history.map((event) => (
          <li key={event.seq}>
            <span className="muted">{formatDateTime(event.at)}</span> {auditEventText(t, event)}
          </li>
        ))}
      </ul>
    </section>
  )
}
