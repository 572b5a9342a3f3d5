import { useMemo, useState } from 'react'
import type { DataSubject } from '@core'
import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Notice } from '../../ui/Notice'
import { navigate } from '../../lib/router'
import { useSubjectCases } from '../cases/useSubjectCases'
import { SubjectPickList } from './SubjectPickList'
import { useSubjectCommands, useSubjects, type SubjectHead } from './useSubjects'

const fold = (text: string) =>
  text.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}/gu, '')

/**
 * Two records of one person become one: the DPO finds the other record, sees what will happen
 * and confirms; the other record's cases, free-copy entries and blocks move to this one.
 */
export function SubjectMerge({ subject }: { subject: DataSubject }) {
  const { t } = useI18n()
  const subjects = useSubjects()
  const { merge } = useSubjectCommands()
  const act = useAction()
  const [query, setQuery] = useState('')
  const [other, setOther] = useState<SubjectHead | null>(null)
  const otherCases = useSubjectCases(other?.id)
  const matches = useMemo(() => {
    const q = fold(query.trim())
    if (q.length < 2) return []
    return subjects
      .filter((candidate) => candidate.id !== subject.id)
      .filter(
        (candidate) =>
          fold(candidate.name).includes(q) ||
          Boolean(candidate.email && fold(candidate.email).includes(q)) ||
          Boolean(candidate.personnummer?.includes(query.replace(/\D/g, '') || '-'))
      )
      .slice(0, 8)
  }, [subjects, subject.id, query])

  const confirm = () =>
    void act
      .run(async () => {
        if (!other) return
        const { cases } = await merge(subject.id, other.id)
        setOther(null)
        setQuery('')
        return { tone: 'success', text: t('subjects.merge.done', { count: cases }) }
      })
      .then((ok) => ok && navigate(`/subjects/${subject.id}`))

  return (
    <section className="panel" aria-labelledby="subject-merge">
      <h2 id="subject-merge">{t('subjects.merge.title')}</h2>
      <p className="muted">{t('subjects.merge.intro')}</p>
      <label>
        {t('subjects.merge.find')}{' '}
        <input
          type="search"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          data-testid="merge-search"
        />
      </label>
      <SubjectPickList
        matches={matches}
        pickLabel={t('subjects.merge.pick')}
        onPick={setOther}
        pickTestId="merge-pick"
      />
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <ConfirmDialog
        open={other !== null}
        title={t('subjects.merge.confirmTitle')}
        confirmLabel={t('subjects.merge.confirm')}
        onConfirm={confirm}
        onCancel={() => setOther(null)}
        busy={act.busy}
        danger
      >
        {other && (
          <p data-testid="merge-summary">
            {t('subjects.merge.summary', {
              other: other.name,
              kept: subject.name,
              count: otherCases.length
            })}
          </p>
        )}
      </ConfirmDialog>
    </section>
  )
}
