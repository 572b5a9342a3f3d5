import { useState } from 'react'
import { ALL_DATA_SCOPE, copyLedger, formatPersonnummer, freeCopyStatus } from '@core'
import { coreText, errorText, formatDate, useI18n } from '../../lib/i18n'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { SubjectForm } from './SubjectForm'
import { SubjectHistory } from './SubjectHistory'
import { SubjectMerge } from './SubjectMerge'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { legalBasisLabel, statusLabel, statusTone, typeLabel } from '../cases/caseLabels'
import { scopeText } from '../cases/caseForms'
import { today } from '../cases/useCases'
import { useSubjectCases } from '../cases/useSubjectCases'
import { useInventory } from '../settings/useSettings'
import { useSubject } from './useSubjects'

/** One data subject: contact details, every case, the free-copy ledger and blocked data. */
export function SubjectDetailPage({ id }: { id: string }) {
  const { t } = useI18n()
  const { subject, error } = useSubject(id)
  const inventory = useInventory()
  const [isEditing, setIsEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const cases = [...useSubjectCases(id)].sort((a, b) =>
    b.case.receivedAt.localeCompare(a.case.receivedAt)
  )
  if (error) return <Notice tone="error">{errorText(t, error)}</Notice>
  if (subject === undefined) return <p>{t('app.loading')}</p>
  if (subject === null) return <Notice tone="warning">{t('detail.notFound')}</Notice>
  const ledger = copyLedger(cases.map((view) => view.case))
  const free = freeCopyStatus(ledger, today(), { scope: ALL_DATA_SCOPE })
  const nameOf = (categoryId: string) =>
    inventory?.find((category) => category.id === categoryId)?.name ?? categoryId
  const blocked = cases.flatMap((view) =>
    view.case.erasure.filter((item) => item.action === 'block').map((item) => ({ view, item }))
  )
  return (
    <article aria-labelledby="subject-title">
      <header className="page-header">
        <h1 id="subject-title">{subject.name}</h1>
        {!isEditing && (
          <Button onClick={() => (setIsEditing(true), setSaved(false))} data-testid="subject-edit">
            {t('subjects.edit')}
          </Button>
        )}
      </header>
      <IncompleteNotice />
      {saved && <Notice tone="success">{t('subjects.form.updated')}</Notice>}
      {isEditing && (
        <section className="panel" aria-labelledby="subject-edit-title">
          <h2 id="subject-edit-title">{t('subjects.form.editTitle')}</h2>
          <SubjectForm
            subject={subject}
            onSaved={() => (setIsEditing(false), setSaved(true))}
            onCancel={() => setIsEditing(false)}
          />
        </section>
      )}
      <dl className="facts panel">
        {subject.personnummer && (
          <>
            <dt>{t('subjects.col.personnummer')}</dt>
            <dd className="mono">{formatPersonnummer(subject.personnummer)}</dd>
          </>
        )}
        {subject.email && (
          <>
            <dt>{t('subjects.col.email')}</dt>
            <dd>{subject.email}</dd>
          </>
        )}
        {subject.phone && (
          <>
            <dt>{t('subjects.form.phone')}</dt>
            <dd>{subject.phone}</dd>
          </>
        )}
        {subject.address && (
          <>
            <dt>{t('subjects.form.street')}</dt>
            <dd>
              {subject.address.co && <>c/o {subject.address.co}, </>}
              {subject.address.street}, {subject.address.postalCode} {subject.address.city}
              {subject.address.country ? `, ${subject.address.country}` : ''}
            </dd>
          </>
        )}
        {subject.customerRefs.length > 0 && (
          <>
            <dt>{t('subjects.form.customerRefs')}</dt>
            <dd>{subject.customerRefs.join(', ')}</dd>
          </>
        )}
      </dl>
      <section className="panel" aria-labelledby="subject-cases">
        <h2 id="subject-cases">{t('nav.cases')}</h2>
        <ul className="plain" data-testid="subject-cases">
          {cases.map((view) => (
            <li key={view.case.id}>
              <a href={`#/cases/${view.case.id}`}>{view.case.reference}</a>{' '}
              {typeLabel(t, view.case.type)} · {view.case.receivedAt}{' '}
              <Badge tone={statusTone(view.case.status)}>{statusLabel(t, view.case.status)}</Badge>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="subject-copies">
        <h2 id="subject-copies">{t('detail.copy')}</h2>
        <p data-testid="subject-free-copy">{coreText(t, free.message)}</p>
        <ul className="plain" data-testid="subject-ledger">
          {ledger.map((entry) => (
            <li key={entry.caseId}>
              {formatDate(entry.deliveredAt)} · {scopeText(t, entry.scope)}
              {entry.period &&
                ` · ${t('detail.copyPeriod', { from: formatDate(entry.period.from), to: formatDate(entry.period.to) })}`}{' '}
              · {entry.free ? t('detail.copyFree') : t('detail.fee')}
            </li>
          ))}
        </ul>
      </section>
      {blocked.length > 0 && (
        <section className="panel" aria-labelledby="subject-blocked">
          <h2 id="subject-blocked">{t('detail.block')}</h2>
          <table className="data-table compact">
            <tbody>
              {blocked.map(({ view, item }) => (
                <tr key={`${view.case.id}-${item.categoryId}`}>
                  <td>{nameOf(item.categoryId)}</td>
                  <td>{legalBasisLabel(t, item.legalBasis)}</td>
                  <td>
                    {t('detail.releaseDate')} {item.releaseDate}
                  </td>
                  <td>
                    {item.erasedAt ? t('detail.erased', { date: item.erasedAt }) : item.allowedUse}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <SubjectHistory subjectId={subject.id} />
      <SubjectMerge subject={subject} />
    </article>
  )
}
