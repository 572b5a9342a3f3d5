import { useState } from 'react'
import { formatPersonnummerMasked } from '../../../../core'
import { useLive } from '../../data/live'
import { listSubjects } from '../../data/repos/subjects.repo'
import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useDb } from '../vault/VaultProvider'
import { SubjectForm } from './SubjectForm'

export function SubjectsPage({ actor }: { actor: string }) {
  const { t } = useI18n()
  const db = useDb()
  const { value: subjects, error } = useLive(() => listSubjects(db), [db])
  const [isCreating, setIsCreating] = useState(false)
  const [saved, setSaved] = useState(false)
  const sorted = [...(subjects ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
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
        {subjects && <p className="muted">{t('subjects.count', { count: subjects.length })}</p>}
      </PageHeader>
      {saved && <Notice tone="success">{t('subjects.form.saved')}</Notice>}
      {isCreating && (
        <div className="panel">
          <h2>{t('subjects.form.title')}</h2>
          <SubjectForm
            actor={actor}
            onSaved={() => (setIsCreating(false), setSaved(true))}
            onCancel={() => setIsCreating(false)}
          />
        </div>
      )}
      {error && <Notice tone="error">{errorText(t, error)}</Notice>}
      {subjects && subjects.length === 0 && !isCreating && <p>{t('subjects.empty')}</p>}
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
                <td>{subject.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
