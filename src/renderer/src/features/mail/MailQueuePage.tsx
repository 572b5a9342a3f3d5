import { formatInstantDate, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useState } from 'react'
import { AutomationNotice } from '../letters/AutomationNotice'
import type { AutomationOutcome } from '../letters/useLetters'
import { useMailQueue } from './useMailQueue'

/** Letters marked "to post": one print copy for the window envelopes, then marked as posted. */
export function MailQueuePage() {
  const { t } = useI18n()
  const mail = useMailQueue()
  const act = useAction()
  const queue = mail.queue ?? []
  const busy = act.busy
  const print = () =>
    act.run(async () => {
      const path = await mail.print()
      return path ? { tone: 'success', text: t('mail.saved', { path }) } : null
    })
  const [automations, setAutomations] = useState<AutomationOutcome[]>([])
  const posted = () =>
    act.run(async () => {
      const { count, automations: done } = await mail.markAllPosted()
      setAutomations(done)
      return { tone: 'success', text: t('mail.posted', { count }) }
    })
  const alignment = () => act.run(async () => void (await mail.alignment()))

  return (
    <section aria-labelledby="mail-title">
      <PageHeader
        id="mail-title"
        title={t('mail.title')}
        actions={<Button onClick={() => void alignment()}>{t('mail.alignment')}</Button>}
      >
        <p className="muted">{t('mail.intro')}</p>
      </PageHeader>
      {mail.queue === undefined ? (
        <p>{t('app.loading')}</p>
      ) : queue.length === 0 ? (
        <p>{t('mail.empty')}</p>
      ) : (
        <>
          <ul className="plain panel" data-testid="mail-queue">
            {queue.map(({ view, entry }) => (
              <li key={entry.id}>
                <a href={`#/cases/${view.case.id}`}>{view.case.reference}</a> {entry.subject} ·{' '}
                {view.subject?.name} <span className="muted">{formatInstantDate(entry.at)}</span>{' '}
                <Button
                  variant="link"
                  onClick={() =>
                    void act.run(() => mail.unqueue({ view, entry }), t('letters.unqueued'))
                  }
                  data-testid="mail-unqueue"
                >
                  {t('letters.unqueue')}
                </Button>
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <Button variant="primary" busy={busy} onClick={() => void print()}>
              {t('mail.print', { count: queue.length })}
            </Button>
            <Button onClick={() => void posted()}>{t('mail.markPosted')}</Button>
          </div>
        </>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      {automations.map((outcome) => (
        <AutomationNotice
          key={`${outcome.caseId}-${outcome.steps.length}`}
          outcome={outcome}
          onDone={() => setAutomations((list) => list.filter((item) => item !== outcome))}
        />
      ))}
    </section>
  )
}
