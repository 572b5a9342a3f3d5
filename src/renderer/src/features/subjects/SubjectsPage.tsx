import { useDeferredValue, useMemo, useState } from 'react'
import { formatPersonnummerMasked, subjectMatches } from '@core'
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
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const shown = useMemo(
    () => subjects.filter((subject) => subjectMatches(subject, deferred)),
    [subjects, deferred]
  )
  const [isCreating, setIsCreating] = useState(false)
  const [saved, setSaved] = useState(false)
  const sorted = shown
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
      <div className="filters" role="search">
        <label className="filter-search">
          <span className="visually-hidden">{t('subjects.search')}</span>
          <input
            type="search"
            placeholder={t('subjects.search')}
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
            data-testid="subjects-search"
          />
        </label>
        {query.trim() && (
          <p className="muted" aria-live="polite" data-testid="subjects-shown">
            {t('subjects.shown', { shown: shown.length, total: subjects.length })}
          </p>
        )}
      </div>
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
