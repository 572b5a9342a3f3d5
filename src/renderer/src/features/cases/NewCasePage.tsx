import { useMemo, useState } from 'react'
import { useWatch } from 'react-hook-form'
import {
  ALL_DATA_SCOPE,
  CASE_CHANNELS,
  CASE_TYPES,
  formatPersonnummerMasked,
  freeCopyLine,
  freeCopyStatus,
  isIsoDate,
  tryComputeDeadlines
} from '@core'
import { useZodForm } from '../../lib/forms'
import { coreText, useI18n, type MessageKey } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { SubjectForm } from '../subjects/SubjectForm'
import { SubjectPickList } from '../subjects/SubjectPickList'
import { matchSubjects } from '../subjects/subjectMatch'
import { useSubjects, type SubjectHead } from '../subjects/useSubjects'
import { typeLabel } from './caseLabels'
import {
  NEW_CASE_LIMITS,
  newCaseDefaults,
  newCaseFormSchema,
  type NewCaseDraft
} from './newCaseForm'
import { today, useNewCase } from './useCases'
import { useCopyLedger } from './useSubjectCases'

/**
 * Registers a request in well under a minute: type, channel, day of receipt and the subject.
 * Field messages show before submit; what was typed stays when the registration fails.
 */
export function NewCasePage() {
  const { t } = useI18n()
  const subjects = useSubjects()
  const createNew = useNewCase()
  const on = today()
  const schema = useMemo(() => newCaseFormSchema(on), [on])
  const form = useZodForm<NewCaseDraft>(schema, newCaseDefaults(on))
  const act = useAction()
  const [query, setQuery] = useState('')
  const [subject, setSubject] = useState<SubjectHead | null>(null)
  const [isCreatingSubject, setIsCreatingSubject] = useState(false)
  const type = useWatch({ control: form.control, name: 'type' })
  const receivedAt = useWatch({ control: form.control, name: 'receivedAt' })

  const matches = useMemo(() => matchSubjects(subjects, query, 8), [subjects, query])
  const deadline =
    isIsoDate(receivedAt) && receivedAt <= on ? tryComputeDeadlines(receivedAt) : null
  const ledger = useCopyLedger(subject?.id)
  const freeCopy = useMemo(() => {
    if (type !== 'access' || !subject) return null
    return freeCopyLine(freeCopyStatus(ledger, on, { scope: ALL_DATA_SCOPE }))
  }, [type, subject, ledger, on])

  const submit = (draft: NewCaseDraft) =>
    act.run(async () => {
      if (!subject) return t('new.subjectRequired')
      const created = await createNew({
        type: draft.type,
        channel: draft.channel,
        subjectId: subject.id,
        receivedAt: draft.receivedAt,
        ...(draft.description ? { description: draft.description } : {})
      })
      if (!created.ok) return created.message
      navigate(`/cases/${created.id}`)
    })

  return (
    <section aria-labelledby="new-case-title">
      <PageHeader id="new-case-title" title={t('new.title')} />
      <section className="panel" aria-labelledby="new-subject-title">
        <h2 id="new-subject-title">{t('new.subject')}</h2>
        {subject ? (
          <p>
            <strong data-testid="new-picked">{t('new.picked', { name: subject.name })}</strong>{' '}
            {subject.personnummer && (
              <span className="mono">{formatPersonnummerMasked(subject.personnummer)}</span>
            )}{' '}
            <Button variant="link" onClick={() => setSubject(null)}>
              {t('new.change')}
            </Button>
          </p>
        ) : (
          <>
            <Field label={t('new.findSubject')}>
              {({ id }) => (
                <input
                  id={id}
                  type="search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  data-testid="new-subject-search"
                />
              )}
            </Field>
            {query.trim() && <IncompleteNotice />}
            {query.trim() && matches.length === 0 && (
              <p className="muted">{t('new.noSubjectMatch')}</p>
            )}
            <SubjectPickList matches={matches} pickLabel={t('new.pick')} onPick={setSubject} />
            {!isCreatingSubject ? (
              <Button onClick={() => setIsCreatingSubject(true)}>{t('new.createSubject')}</Button>
            ) : (
              <SubjectForm
                onCancel={() => setIsCreatingSubject(false)}
                onSaved={(saved) => {
                  setSubject(saved)
                  setIsCreatingSubject(false)
                }}
              />
            )}
          </>
        )}
      </section>
      <form
        className="panel"
        onSubmit={form.handleSubmit((draft) => void submit(draft))}
        noValidate
        aria-label={t('new.title')}
      >
        <div className="form-grid">
          <SelectField
            form={form}
            name="type"
            label={t('new.type')}
            required
            autoFocus
            testId="new-type"
            options={CASE_TYPES.map((value) => ({ value, label: typeLabel(t, value) }))}
          />
          <SelectField
            form={form}
            name="channel"
            label={t('new.channel')}
            required
            testId="new-channel"
            options={CASE_CHANNELS.map((value) => ({
              value,
              label: t(`channel.${value}` as MessageKey)
            }))}
          />
          <TextField
            form={form}
            name="receivedAt"
            type="date"
            label={t('new.receivedAt')}
            hint={t('new.receivedHint')}
            required
            max={on}
            testId="new-received"
          />
        </div>
        {deadline?.ok && (
          <p data-testid="new-deadline">{t('new.deadline', { due: deadline.value.due })}</p>
        )}
        <TextField
          form={form}
          name="description"
          label={t('new.description')}
          multiline
          rows={2}
          maxLength={NEW_CASE_LIMITS.description}
          testId="new-description"
        />

        {freeCopy && (
          <Notice tone="info" title={t('type.access')}>
            <span data-testid="new-free-copy">
              {t('new.freeCopy', { status: coreText(t, freeCopy) })}
            </span>
          </Notice>
        )}
        {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
        <Button type="submit" variant="primary" busy={act.busy} disabled={isCreatingSubject}>
          {t('new.create')}
        </Button>
      </form>
    </section>
  )
}
