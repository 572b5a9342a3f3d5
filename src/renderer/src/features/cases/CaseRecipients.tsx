import { useState } from 'react'
import { art19Checklist, recordArt19Notice, removeArt19Notice } from '@core'
import { formatDate, useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { useInventory } from '../settings/useSettings'
import { today, useCaseCommand, type CaseView } from './useCases'

/**
 * Art. 19 for rectification, erasure and restriction: every named recipient of the inventory,
 * told on a day or not needed (with the reason), each undoable; the answer letters list them.
 */
export function CaseRecipients({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const inventory = useInventory()
  const { run } = useCaseCommand()
  const act = useAction()
  const [dates, setDates] = useState<Record<string, string>>({})
  const [reasons, setReasons] = useState<Record<string, string>>({})
  if (!inventory) return null
  const dsrCase = view.case
  const rows = art19Checklist(dsrCase, inventory)

  const mark = (name: string, input: { notifiedAt?: string; notApplicableReason?: string }) =>
    void act.run(() => run((ctx) => recordArt19Notice(dsrCase, { name, ...input }, ctx)))

  return (
    <Section title={t('detail.art19')} id="art19-title">
      <p className="muted">{t('detail.art19Intro')}</p>
      {rows.length === 0 && <Notice tone="info">{t('detail.art19None')}</Notice>}
      <ul className="plain art19" data-testid="art19-list">
        {rows.map((row, index) => {
          const label = row.role
            ? `${row.name} (${t(`recipientRole.${row.role}` as MessageKey)})`
            : `${row.name} (${t('detail.art19Legacy')})`
          const notice = row.notice
          const dateId = `art19-date-${index}`
          const reasonId = `art19-reason-${index}`
          return (
            <li key={row.name} data-testid="art19-row" data-recipient={row.name}>
              <strong>{label}</strong>:{' '}
              {notice ? (
                <>
                  {notice.notifiedAt
                    ? t('detail.notified', { date: formatDate(notice.notifiedAt) })
                    : `${t('detail.notApplicable')} (${notice.notApplicableReason ?? ''})`}{' '}
                  <Button
                    variant="link"
                    onClick={() =>
                      void act.run(() => run((ctx) => removeArt19Notice(dsrCase, row.name, ctx)))
                    }
                    data-testid="art19-undo"
                  >
                    {t('detail.art19Undo')}
                  </Button>
                </>
              ) : (
                <span className="inline-form">
                  <label htmlFor={dateId}>{t('detail.art19NotifiedOn')}</label>
                  <input
                    id={dateId}
                    type="date"
                    min={dsrCase.receivedAt}
                    max={today()}
                    value={dates[row.name] ?? today()}
                    onChange={(event) => setDates({ ...dates, [row.name]: event.target.value })}
                    data-testid="art19-date"
                  />
                  <Button
                    onClick={() => mark(row.name, { notifiedAt: dates[row.name] ?? today() })}
                    busy={act.busy}
                    data-testid="art19-notify"
                  >
                    {t('detail.art19Mark')}
                  </Button>
                  <label htmlFor={reasonId} className="visually-hidden">
                    {t('detail.notApplicableReason')}
                  </label>
                  <input
                    id={reasonId}
                    maxLength={500}
                    placeholder={t('detail.notApplicableReason')}
                    value={reasons[row.name] ?? ''}
                    onChange={(event) => setReasons({ ...reasons, [row.name]: event.target.value })}
                  />
                  <Button
                    variant="link"
                    onClick={() => mark(row.name, { notApplicableReason: reasons[row.name] ?? '' })}
                  >
                    {t('detail.notApplicable')}
                  </Button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
