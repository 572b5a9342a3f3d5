import { useState } from 'react'
import { markPosted } from '../../../../core'
import { useLive } from '../../data/live'
import { getAttachment } from '../../data/repos/attachments.repo'
import { callOrThrow } from '../../lib/api'
import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { today, useCaseCommand, useCaseViews } from '../cases/useCases'
import { loadLetterSettings, loadOrganisation } from '../organisation/organisation'
import { useDb } from '../vault/VaultProvider'

/** Letters marked "to post": one print copy for the window envelopes, then marked as posted. */
export function MailQueuePage() {
  const { t } = useI18n()
  const db = useDb()
  const { views } = useCaseViews()
  const { run } = useCaseCommand()
  const { value: setup } = useLive(
    async () => ({
      organisation: await loadOrganisation(db),
      settings: await loadLetterSettings(db)
    }),
    [db]
  )
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const queue = (views ?? []).flatMap((view) =>
    view.case.correspondence
      .filter((entry) => entry.direction === 'out' && entry.toPost)
      .map((entry) => ({ view, entry }))
  )

  const print = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const pdfs: Uint8Array[] = []
      for (const { entry } of queue) {
        for (const attachmentId of entry.attachmentIds) {
          const attachment = await getAttachment(db, attachmentId)
          if (attachment?.mime === 'application/pdf') pdfs.push(attachment.data)
        }
      }
      const merged = await callOrThrow('pdf:merge-for-post', { pdfs })
      const saved = await callOrThrow('pdf:save', {
        pdf: merged.pdf,
        suggestedName: `Utskick ${today()}`
      })
      if (saved.saved) setMessage({ tone: 'success', text: t('mail.saved', { path: saved.path }) })
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) })
    } finally {
      setBusy(false)
    }
  }

  const posted = async () => {
    const byCase = new Map<string, { view: (typeof queue)[number]['view']; ids: string[] }>()
    for (const { view, entry } of queue)
      byCase.set(view.case.id, { view, ids: [...(byCase.get(view.case.id)?.ids ?? []), entry.id] })
    for (const { view, ids } of byCase.values()) {
      const failure = await run((ctx) => markPosted(view.case, ids, today(), ctx))
      if (failure) return setMessage({ tone: 'error', text: failure })
    }
    setMessage({ tone: 'success', text: t('mail.posted', { count: queue.length }) })
  }

  const alignment = async () => {
    if (!setup) return
    try {
      const page = await callOrThrow('pdf:render-alignment-test', {
        language: 'sv',
        organisation: setup.organisation,
        layout: setup.settings.layout,
        date: today()
      })
      await callOrThrow('pdf:save', { pdf: page.pdf, suggestedName: 'Provsida fönsterkuvert' })
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) })
    }
  }

  return (
    <section aria-labelledby="mail-title">
      <PageHeader
        id="mail-title"
        title={t('mail.title')}
        actions={<Button onClick={() => void alignment()}>{t('mail.alignment')}</Button>}
      >
        <p className="muted">{t('mail.intro')}</p>
      </PageHeader>
      {queue.length === 0 ? (
        <p>{t('mail.empty')}</p>
      ) : (
        <>
          <ul className="plain panel" data-testid="mail-queue">
            {queue.map(({ view, entry }) => (
              <li key={entry.id}>
                <a href={`#/cases/${view.case.id}`}>{view.case.reference}</a> {entry.subject} ·{' '}
                {view.subject?.name} <span className="muted">{entry.at.slice(0, 10)}</span>
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
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  )
}
