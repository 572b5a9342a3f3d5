import { useState } from 'react'
import type { AuditVerification } from '@core'
import { coreText, errorText, formatDateTime, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useAction } from '../../lib/useAction'
import { useSaveCsv } from '../../lib/useSaveCsv'
import { auditCsv } from './auditCsv'
import { auditEventText } from './auditText'
import { useAuditLog } from './useAuditLog'

/** The append-only audit log, newest first, with a check of the whole hash chain. */
export function AuditPage() {
  const { t } = useI18n()
  const { events, error, verify, categoryNames } = useAuditLog()
  const [verification, setVerification] = useState<AuditVerification | null>(null)
  const [limit, setLimit] = useState(200)
  const saveCsv = useSaveCsv()
  const act = useAction()
  const newestFirst = [...(events ?? [])].reverse()
  return (
    <section aria-labelledby="audit-title">
      <PageHeader
        id="audit-title"
        title={t('audit.title')}
        actions={
          <>
            <Button
              onClick={() =>
                void act.run(async () => {
                  const path = await saveCsv(
                    auditCsv(t, events ?? [], categoryNames),
                    t('audit.title')
                  )
                  return path ? { tone: 'success', text: t('export.saved', { path }) } : null
                })
              }
              data-testid="audit-export"
            >
              {t('audit.export')}
            </Button>
            <Button
              variant="primary"
              onClick={() => void verify().then(setVerification)}
              data-testid="audit-verify"
            >
              {t('audit.verify')}
            </Button>
          </>
        }
      >
        <p className="muted">{t('audit.intro')}</p>
      </PageHeader>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      {verification &&
        (verification.ok ? (
          <Notice tone="success">{t('audit.ok', { count: verification.count })}</Notice>
        ) : (
          <Notice tone="error" title={t('audit.broken')}>
            {coreText(t, verification.message)}
          </Notice>
        ))}
      {error && <Notice tone="error">{errorText(t, error)}</Notice>}
      <table className="data-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.slice(0, limit).map((event) => (
            <tr key={event.seq}>
              <td>{event.seq}</td>
              <td>{formatDateTime(event.at)}</td>
              <td>{event.actor}</td>
              <td>{auditEventText(t, event, categoryNames)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {newestFirst.length > limit && (
        <Button onClick={() => setLimit(limit + 500)}>{t('audit.more')}</Button>
      )}
    </section>
  )
}
