import { useMemo, useState, type FormEvent } from 'react'
import {
  CASE_TYPES,
  formatPersonnummerMasked,
  receivedDateOf,
  suggestCaseType,
  type CaseType,
  type DataSubject
} from '@core'
import type { ParsedEmailView } from '@shared/ipc/intake'
import { formatDateTime, useI18n } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { useAction } from '../../lib/useAction'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { typeLabel } from '../cases/caseLabels'
import { today } from '../cases/useCases'
import { SubjectForm } from '../subjects/SubjectForm'
import { setIntake, useEmailIntake, useIntakeState, useRefusalText } from './useEmailIntake'
import { useIntakeCase, useSenderMatches } from './useIntakeCase'

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

/**
 * E-mail intake (issue 16): a dropped or chosen .eml/.msg is shown as plain text — never as
 * HTML — with its sender, date and attachments; the sender is matched to a registered person
 * by the blind index of the address, or registered; the case type is suggested from the words.
 */
export function IntakePage() {
  const { t } = useI18n()
  const state = useIntakeState()
  const refusalText = useRefusalText()
  const { choose } = useEmailIntake()
  const act = useAction()
  const startOver = () => setIntake({ status: 'idle' })
  return (
    <section aria-labelledby="intake-title">
      <PageHeader
        id="intake-title"
        title={t('intake.title')}
        actions={
          state.status !== 'reading' && (
            <Button onClick={() => void act.run(choose)} busy={act.busy}>
              {t('intake.chooseAnother')}
            </Button>
          )
        }
      />
      {state.status === 'idle' && <p className="muted">{t('intake.hint')}</p>}
      {state.status === 'reading' && (
        <p role="status" data-testid="intake-reading">
          {t('intake.reading', { name: state.fileName })}
        </p>
      )}
      {state.status === 'refused' && (
        <Notice tone="error" title={t('intake.refused')}>
          <span data-testid="intake-refusal">{refusalText(state.refusal)}</span>
        </Notice>
      )}
      {state.status === 'failed' && <Notice tone="error">{state.text}</Notice>}
      {state.status === 'ready' && (
        <EmailPreview
          key={state.email.fileName + state.email.date}
          email={state.email}
          onDone={startOver}
        />
      )}
    </section>
  )
}

function EmailPreview({ email, onDone }: { email: ParsedEmailView; onDone: () => void }) {
  const { t } = useI18n()
  const matches = useSenderMatches(email.from.address)
  const createCase = useIntakeCase()
  const suggestion = useMemo(() => suggestCaseType(email.subject, email.text), [email])
  const received = useMemo(() => receivedDateOf(email.date ?? undefined, new Date()), [email])
  const [type, setType] = useState<CaseType>(suggestion.type)
  const [receivedAt, setReceivedAt] = useState(received.receivedAt)
  const [description, setDescription] = useState('')
  const [picked, setPicked] = useState<DataSubject | null>(null)
  const [isRegistering, setIsRegistering] = useState(false)
  const act = useAction()
  const subject = picked ?? (matches?.length === 1 ? matches[0]! : null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void act.run(async () => {
      if (!subject) return t('intake.subjectRequired')
      const created = await createCase({
        email,
        subjectId: subject.id,
        type,
        receivedAt,
        description
      })
      if (!created.ok) return created.message
      onDone()
      navigate(`/cases/${created.id}`)
    })
  }

  return (
    <>
      <section className="panel" aria-labelledby="intake-message">
        <h2 id="intake-message">{t('intake.message')}</h2>
        <dl className="facts" data-testid="intake-preview">
          <dt>{t('intake.from')}</dt>
          <dd data-testid="intake-from">
            {email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address}
          </dd>
          <dt>{t('intake.date')}</dt>
          <dd data-testid="intake-date">
            {email.date ? formatDateTime(email.date) : t('intake.noDate')}
          </dd>
          <dt>{t('intake.subject')}</dt>
          <dd data-testid="intake-subject">{email.subject || t('intake.noSubject')}</dd>
          <dt>{t('intake.file')}</dt>
          <dd>
            {email.fileName} ({email.format === 'msg' ? 'Outlook .msg' : '.eml'})
          </dd>
        </dl>
        {email.wasHtml && <p className="muted">{t('intake.htmlAsText')}</p>}
        <pre className="mail-text" data-testid="intake-text" tabIndex={0}>
          {email.text || t('intake.noText')}
        </pre>
        {email.attachments.length > 0 && (
          <>
            <h3>{t('intake.attachments', { count: email.attachments.length })}</h3>
            <ul className="plain" data-testid="intake-attachments">
              {email.attachments.map((attachment, index) => (
                <li key={index}>
                  {attachment.name} <span className="muted">({size(attachment.size)})</span>{' '}
                  {attachment.isInline && <Badge tone="neutral">{t('intake.inline')}</Badge>}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="muted">{t('intake.originalKept', { name: email.original.name })}</p>
      </section>

      <section className="panel" aria-labelledby="intake-person">
        <h2 id="intake-person">{t('intake.person')}</h2>
        {matches === undefined && <p>{t('app.loading')}</p>}
        {subject ? (
          <p>
            <strong data-testid="intake-matched">
              {t('intake.matched', { name: subject.name })}
            </strong>{' '}
            {subject.personnummer && (
              <span className="mono">{formatPersonnummerMasked(subject.personnummer)}</span>
            )}{' '}
            {(picked || (matches?.length ?? 0) > 1) && (
              <Button variant="link" onClick={() => setPicked(null)}>
                {t('new.change')}
              </Button>
            )}
          </p>
        ) : (
          matches && (
            <>
              {matches.length === 0 && (
                <p className="muted" data-testid="intake-no-match">
                  {t('intake.noMatch', { address: email.from.address })}
                </p>
              )}
              {matches.length > 1 && (
                <ul className="pick-list">
                  {matches.map((candidate) => (
                    <li key={candidate.id}>
                      <span>{candidate.name}</span>
                      <Button onClick={() => setPicked(candidate)}>{t('new.pick')}</Button>
                    </li>
                  ))}
                </ul>
              )}
              {isRegistering ? (
                <SubjectForm
                  initial={{ name: email.from.name, email: email.from.address }}
                  onCancel={() => setIsRegistering(false)}
                  onSaved={(saved) => {
                    setPicked(saved)
                    setIsRegistering(false)
                  }}
                />
              ) : (
                <Button onClick={() => setIsRegistering(true)} data-testid="intake-register">
                  {t('intake.register')}
                </Button>
              )}
            </>
          )
        )}
      </section>

      <form className="panel" onSubmit={submit} noValidate aria-label={t('intake.createTitle')}>
        <h2>{t('intake.createTitle')}</h2>
        <div className="form-grid">
          <Field
            label={t('new.type')}
            hint={
              suggestion.matched.length
                ? t('intake.suggested', {
                    words: suggestion.matched.map((w) => `”${w}”`).join(', ')
                  })
                : t('intake.noSuggestion')
            }
            required
          >
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                value={type}
                onChange={(event) => setType(event.target.value as CaseType)}
                data-testid="intake-type"
              >
                {CASE_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {typeLabel(t, value)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('new.receivedAt')}
            hint={t(
              received.source === 'header' ? 'intake.receivedFromDate' : 'intake.receivedToday'
            )}
            required
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="date"
                aria-describedby={describedBy}
                value={receivedAt}
                max={today()}
                onChange={(event) => setReceivedAt(event.target.value)}
                data-testid="intake-received"
              />
            )}
          </Field>
        </div>
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
        {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
        <Button
          type="submit"
          variant="primary"
          busy={act.busy}
          disabled={isRegistering}
          data-testid="intake-create"
        >
          {t('intake.create')}
        </Button>
      </form>
    </>
  )
}
