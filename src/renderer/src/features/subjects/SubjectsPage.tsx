import { useState } from 'react'
import { formatPersonnummerMasked } from '../../../../core'
import { formatInstantDate, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { SubjectForm } from './SubjectForm'
import { useSubjects } from './useSubjects'

export function SubjectsPage() {
  const { t } = useI18n()
  const subjects = useSubjects()
  const [isCreating, setIsCreating] = useState(false)
  const [saved, setSaved] = useState(false)
  const sorted = subjects
  return (
    <section aria-labelledby="subjects-title">
      <PageHeader
        id="subjects-title"
        title={t('subjects.title')}
        actions={
          !isCreating && (
            <Button variant="primary" onClick={() => (setIsCreating(true), setSaved(false))}>
              {t('subjects.new')}
            </Button>
          )
        }
      >
        <p className="muted">{t('subjects.count', { count: subjects.length })}</p>
      </PageHeader>
      <IncompleteNotice />
      {saved && <Notice tone="success">{t('subjects.form.saved')}</Notice>}
      {isCreating && (
        <div className="panel">
          <h2>{t('subjects.form.title')}</h2>
          <SubjectForm
            onSaved={() => (setIsCreating(false), setSaved(true))}
            onCancel={() => setIsCreating(false)}
          />
        </div>
      )}
      {subjects.length === 0 && !isCreating && <p>{t('subjects.empty')}</p>}
      {sorted.length > 0 && (
        <table className="data-table" data-testid="subjects-table">
          <thead>
            <tr>
              <th scope="col">{t('subjects.col.name')}</th>
              <th scope="col">{t('subjects.col.personnummer')}</th>
              <th scope="col">{t('subjects.col.email')}</th>
              <th scope="col">{t('subjects.col.created')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((subject) => (
              <tr key={subject.id}>
                <td>
                  <a href={`#/subjects/${subject.id}`}>{subject.name}</a>
                </td>
                <td className="mono">
                  {subject.personnummer ? formatPersonnummerMasked(subject.personnummer) : '–'}
                </td>
                <td>{subject.email ?? '–'}</td>
                <td>{formatInstantDate(subject.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
