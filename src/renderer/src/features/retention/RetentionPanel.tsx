import { useState } from 'react'
import { CASE_RETENTION_YEARS } from '@core'
import { formatDate, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { typeLabel } from '../cases/caseLabels'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { useStoreCompleteness } from '../store/storeContext'
import { useRetention } from './useRetention'

const YEARS = Array.from(
  { length: CASE_RETENTION_YEARS.max - CASE_RETENTION_YEARS.min + 1 },
  (_, i) => CASE_RETENTION_YEARS.min + i
)

/**
 * Closed cases are kept a set number of years after closing and then deleted (issue 16, ADR
 * 0012): the DPO sees which cases are due, confirms, and an anonymous record stays for the
 * annual report. Cases with blocked data stay until the block is released.
 */
export function RetentionPanel() {
  const { t } = useI18n()
  const retention = useRetention()
  const completeness = useStoreCompleteness()
  const act = useAction()
  const save = useAction()
  const [years, setYears] = useState<number | null>(null)
  const [isConfirming, setIsConfirming] = useState(false)
  const { due, held } = retention.sweep
  const chosen = years ?? retention.years

  const remove = () => {
    setIsConfirming(false)
    void act.run(async () => {
      const result = await retention.deleteDue(due.map((item) => item.id))
      return {
        tone: 'success',
        text: t('caseRetention.deleted', {
          cases: result.cases,
          subjects: result.subjects,
          attachments: result.attachments
        })
      }
    })
  }

  return (
    <Section title={t('caseRetention.title')} id="retention-title">
      <p className="muted">{t('caseRetention.intro', { years: retention.years })}</p>
      <form
        className="inline-form"
        aria-label={t('caseRetention.period')}
        onSubmit={(event) => {
          event.preventDefault()
          void save.run(async () => {
            await retention.saveYears(chosen)
            setYears(null)
          }, t('caseRetention.periodSaved'))
        }}
      >
        <Field label={t('caseRetention.period')} hint={t('caseRetention.periodHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={chosen}
              onChange={(event) => setYears(Number(event.target.value))}
              data-testid="retention-years"
            >
              {YEARS.map((value) => (
                <option key={value} value={value}>
                  {t('caseRetention.years', { years: value })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" busy={save.busy}>
          {t('caseRetention.savePeriod')}
        </Button>
      </form>
      {save.feedback && <Notice tone={save.feedback.tone}>{save.feedback.text}</Notice>}
      <IncompleteNotice />
      <h3>{t('caseRetention.due', { count: due.length })}</h3>
      {due.length > 0 && (
        <table className="data-table compact" data-testid="retention-due">
          <thead>
            <tr>
              <th scope="col">{t('cases.col.reference')}</th>
              <th scope="col">{t('cases.col.type')}</th>
              <th scope="col">{t('caseRetention.closedOn')}</th>
              <th scope="col">{t('caseRetention.deletableFrom')}</th>
            </tr>
          </thead>
          <tbody>
            {due.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={`#/cases/${item.id}`}>{item.reference}</a>
                </td>
                <td>{typeLabel(t, item.type)}</td>
                <td>{formatDate(item.closedOn)}</td>
                <td>{formatDate(item.deletableFrom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {held.length > 0 && (
        <>
          <h4>{t('caseRetention.held', { count: held.length })}</h4>
          <ul className="plain" data-testid="retention-held">
            {held.map((item) => (
              <li key={item.id}>
                <a href={`#/cases/${item.id}`}>{item.reference}</a>:{' '}
                {item.reason === 'blocked'
                  ? t('caseRetention.heldBlocked', {
                      date: item.releaseDate ? formatDate(item.releaseDate) : '–'
                    })
                  : t('caseRetention.heldLetter')}
              </li>
            ))}
          </ul>
        </>
      )}
      {due.length > 0 && (
        <Button
          variant="danger"
          busy={act.busy}
          disabled={!completeness.isComplete}
          onClick={() => setIsConfirming(true)}
          data-testid="retention-delete"
        >
          {t('caseRetention.delete', { count: due.length })}
        </Button>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <Dialog
        open={isConfirming}
        title={t('caseRetention.confirmTitle', { count: due.length })}
        onClose={() => setIsConfirming(false)}
        footer={
          <>
            <Button variant="danger" onClick={remove} data-testid="retention-confirm">
              {t('caseRetention.confirm', { count: due.length })}
            </Button>
            <Button onClick={() => setIsConfirming(false)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <p>{t('caseRetention.confirmText')}</p>
      </Dialog>
    </Section>
  )
}
