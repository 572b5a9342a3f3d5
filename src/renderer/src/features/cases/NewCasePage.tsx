import { useMemo, useState, type FormEvent } from 'react'
import {
  CASE_CHANNELS,
  CASE_TYPES,
  formatPersonnummerMasked,
  freeCopyLine,
  freeCopyStatus,
  isIsoDate,
  tryComputeDeadlines,
  type CaseChannel,
  type CaseType
} from '../../../../core'
import { coreText, errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { SubjectForm } from '../subjects/SubjectForm'
import { useSubjects, type SubjectHead } from '../subjects/useSubjects'
import { typeLabel } from './caseLabels'
import { today, useNewCase } from './useCases'
import { useCopyLedger } from './useSubjectCases'

const fold = (text: string) =>
  text.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}/gu, '')

function matchesSubject(subject: SubjectHead, query: string): boolean {
  const q = fold(query.trim())
  if (!q) return false
  const digits = query.replace(/\D/g, '')
  if (digits.length >= 6 && subject.personnummer?.includes(digits.length === 10 ? digits : digits))
    return true
  if (digits.length >= 6 && subject.personnummer?.slice(2).startsWith(digits)) return true
  return fold(subject.name).includes(q) || Boolean(subject.email && fold(subject.email).includes(q))
}

/** Registers a request in well under a minute: type, channel, day of receipt and the subject. */
export function NewCasePage() {
  const { t } = useI18n()
  const subjects = useSubjects()
  const createNew = useNewCase()
  const [type, setType] = useState<CaseType>('access')
  const [channel, setChannel] = useState<CaseChannel>('letter')
  const [receivedAt, setReceivedAt] = useState(today())
  const [description, setDescription] = useState('')
  const [query, setQuery] = useState('')
  const [subject, setSubject] = useState<SubjectHead | null>(null)
  const [isCreatingSubject, setIsCreatingSubject] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const matches = useMemo(
    () => subjects.filter((candidate) => matchesSubject(candidate, query)).slice(0, 8),
    [subjects, query]
  )
  const deadline = isIsoDate(receivedAt) ? tryComputeDeadlines(receivedAt) : null
  const ledger = useCopyLedger(subject?.id)
  const freeCopy = useMemo(() => {
    if (type !== 'access' || !subject) return null
    return freeCopyLine(freeCopyStatus(ledger, today(), { scope: 'Alla uppgifter' }))
  }, [type, subject, ledger])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!subject) {
      setError(t('new.subjectRequired'))
      return
    }
    setBusy(true)
    setError(null)
    const created = await createNew({
      type,
      channel,
      subjectId: subject.id,
      receivedAt,
      ...(description.trim() ? { description } : {})
    })
    setBusy(false)
    if (!created.ok) setError(created.message)
    else navigate(`/cases/${created.id}`)
  }

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
            {matches.length > 0 && (
              <ul className="pick-list">
                {matches.map((candidate) => (
                  <li key={candidate.id}>
                    <span>
                      {candidate.name}{' '}
                      {candidate.personnummer && (
                        <span className="mono muted">
                          {formatPersonnummerMasked(candidate.personnummer)}
                        </span>
                      )}{' '}
                      {candidate.email && <span className="muted">{candidate.email}</span>}
                    </span>
                    <Button onClick={() => setSubject(candidate)}>{t('new.pick')}</Button>
                  </li>
                ))}
              </ul>
            )}
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
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('new.title')}
      >
        <div className="form-grid">
          <Field label={t('new.type')} required>
            {({ id }) => (
              <select
                id={id}
                value={type}
                onChange={(event) => setType(event.target.value as CaseType)}
                data-testid="new-type"
                autoFocus
              >
                {CASE_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {typeLabel(t, value)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('new.channel')} required>
            {({ id }) => (
              <select
                id={id}
                value={channel}
                onChange={(event) => setChannel(event.target.value as CaseChannel)}
                data-testid="new-channel"
              >
                {CASE_CHANNELS.map((value) => (
                  <option key={value} value={value}>
                    {t(`channel.${value}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('new.receivedAt')}
            hint={t('new.receivedHint')}
            required
            error={deadline && !deadline.ok ? errorText(t, deadline.error) : null}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="date"
                value={receivedAt}
                max={today()}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                data-testid="new-received"
                onChange={(event) => setReceivedAt(event.target.value)}
              />
            )}
          </Field>
        </div>
        {deadline?.ok && (
          <p data-testid="new-deadline">{t('new.deadline', { due: deadline.value.due })}</p>
        )}
        <Field label={t('new.description')}>
          {({ id }) => (
            <textarea
              id={id}
              rows={2}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>

        {freeCopy && (
          <Notice tone="info" title={t('type.access')}>
            <span data-testid="new-free-copy">
              {t('new.freeCopy', { status: coreText(t, freeCopy) })}
            </span>
          </Notice>
        )}
        {error && <Notice tone="error">{error}</Notice>}
        <Button type="submit" variant="primary" busy={busy} disabled={isCreatingSubject}>
          {t('new.create')}
        </Button>
      </form>
    </section>
  )
}
