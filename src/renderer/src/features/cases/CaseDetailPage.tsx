import { useState, type FormEvent } from 'react'
import {
  ALLOWED_TRANSITIONS,
  ART19_CASE_TYPES,
  changeStatus,
  closeCase,
  EXTENSION_REASONS,
  extendCase,
  isExtensionAllowed,
  isOpenCase,
  reopenCase,
  resumeClock,
  stopClock,
  type ExtensionReason
} from '../../../../core'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { useAction } from '../../lib/useAction'
import { CalendarExportButton } from '../intake/CalendarExportButton'
import { CaseCorrespondence } from './CaseCorrespondence'
import { CaseDecisions } from './CaseDecisions'
import { CaseErasure } from './CaseErasure'
import { CaseLetters } from './CaseLetters'
import { CasePortability } from './CasePortability'
import { CaseRecipients } from './CaseRecipients'
import { CaseRectification } from './CaseRectification'
import { CaseStopped } from './CaseStopped'
import { CaseTasks } from './CaseTasks'
import { dueHint, statusLabel, statusTone, typeLabel } from './caseLabels'
import { planningWarningText, trailStepText } from './trailText'
import { today, useCase, useCaseCommand, type CaseView } from './useCases'

function Deadlines({ view }: { view: CaseView }) {
  const { t, language } = useI18n()
  const on = today()
  const hint = dueHint(t, view.due, on, isOpenCase(view.case))
  const { deadlines } = view
  return (
    <Section title={t('detail.deadlines')} id="deadlines-title">
      <dl className="facts">
        <dt>{t('detail.due')}</dt>
        <dd>
          <strong data-testid="case-due">{view.due}</strong>{' '}
          {hint && <Badge tone={hint.tone}>{hint.text}</Badge>}
        </dd>
        {!view.case.extension && (
          <>
            <dt>{t('detail.extendedDue')}</dt>
            <dd data-testid="case-extended-due">{deadlines.extendedDue}</dd>
          </>
        )}
        {(deadlines.stoppedDays > 0 || deadlines.extendedStoppedDays > 0) && (
          <>
            <dt>{t('detail.nominalDue')}</dt>
            <dd>{view.case.extension ? deadlines.nominalExtendedDue : deadlines.nominalDue}</dd>
          </>
        )}
      </dl>
      {view.case.extension && (
        <p data-testid="case-extended">
          {t('detail.extendedTo', {
            date: view.case.extension.newDue,
            reason: t(`reason.${view.case.extension.reason}` as MessageKey)
          })}
        </p>
      )}
      {deadlines.planningWarnings.map((warning) => (
        <Notice key={warning.params.which} tone="warning" title={t('detail.planning')}>
          {planningWarningText(t, language, warning)}
        </Notice>
      ))}
      <details>
        <summary>{t('detail.trail')}</summary>
        <ol className="trail" data-testid="case-trail">
          {deadlines.trail.map((step, index) => (
            <li key={index}>{trailStepText(t, language, step)}</li>
          ))}
        </ol>
      </details>
    </Section>
  )
}

function Actions({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const act = useAction()
  const [reason, setReason] = useState<ExtensionReason>('complexity')
  const [explanation, setExplanation] = useState('')
  const [reopenWhy, setReopenWhy] = useState('')
  const on = today()
  const dsrCase = view.case
  const perform = (command: Parameters<typeof run>[0]) =>
    act.run(() => run(command), t('detail.saved'))
  const canExtend =
    !dsrCase.extension && ['received', 'identityCheck', 'inProgress'].includes(dsrCase.status)
  const extensionOpen = isExtensionAllowed(view.deadlines, on)
  const submitExtension = (event: FormEvent) => {
    event.preventDefault()
    void perform((ctx) => extendCase(dsrCase, { reason, explanation }, ctx))
  }
  return (
    <Section title={t('detail.actions')} id="actions-title">
      <div className="form-actions">
        {ALLOWED_TRANSITIONS[dsrCase.status].map((status) => (
          <Button
            key={status}
            onClick={() => void perform((ctx) => changeStatus(dsrCase, status, ctx))}
          >
            {t('detail.setStatus', { status: statusLabel(t, status) })}
          </Button>
        ))}
        {['answered', 'rejected', 'withdrawn'].includes(dsrCase.status) && (
          <Button variant="primary" onClick={() => void perform((ctx) => closeCase(dsrCase, ctx))}>
            {t('detail.close')}
          </Button>
        )}
      </div>
      {canExtend &&
        (extensionOpen ? (
          <form
            className="subform"
            onSubmit={submitExtension}
            noValidate
            aria-label={t('detail.extend')}
          >
            <h3>{t('detail.extend')}</h3>
            <Field label={t('detail.extendReason')} required>
              {({ id }) => (
                <select
                  id={id}
                  value={reason}
                  onChange={(event) => setReason(event.target.value as ExtensionReason)}
                  data-testid="extend-reason"
                >
                  {EXTENSION_REASONS.map((value) => (
                    <option key={value} value={value}>
                      {t(`reason.${value}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('detail.extendExplanation')} required>
              {({ id }) => (
                <textarea
                  id={id}
                  rows={2}
                  value={explanation}
                  onChange={(event) => setExplanation(event.target.value)}
                  data-testid="extend-explanation"
                />
              )}
            </Field>
            <Button type="submit">{t('detail.extend')}</Button>
          </form>
        ) : (
          <p className="muted">
            {t('detail.extendNotAllowed', { date: view.deadlines.extensionAllowedUntil })}
          </p>
        ))}
      {dsrCase.status === 'closed' && (
        <form
          className="subform"
          onSubmit={(event) => (
            event.preventDefault(),
            void perform((ctx) => reopenCase(dsrCase, { reason: reopenWhy }, ctx))
          )}
          noValidate
        >
          <Field label={t('detail.reopenReason')}>
            {({ id }) => (
              <input
                id={id}
                value={reopenWhy}
                onChange={(event) => setReopenWhy(event.target.value)}
              />
            )}
          </Field>
          <Button type="submit">{t('detail.reopen')}</Button>
        </form>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}

function ClockStops({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const [stopReason, setStopReason] = useState<'identity' | 'clarification'>('identity')
  const [sentAt, setSentAt] = useState(today())
  const act = useAction()
  const dsrCase = view.case
  const running = dsrCase.clockStops.find((stop) => !stop.to)
  const perform = (command: Parameters<typeof run>[0]) => act.run(() => run(command))
  if (!isOpenCase(dsrCase) && dsrCase.clockStops.length === 0) return null
  return (
    <Section title={t('detail.clock')} id="clock-title">
      <ul className="plain">
        {dsrCase.clockStops
          .filter((stop) => stop.to)
          .map((stop) => (
            <li key={stop.from}>
              {t('detail.clockStopped', { from: stop.from, to: stop.to! })} (
              {t(`detail.clockReason.${stop.reason}` as MessageKey)})
            </li>
          ))}
      </ul>
      {running ? (
        <>
          <p>{t('detail.clockRunning', { from: running.from, sent: running.questionSentAt })}</p>
          <Button onClick={() => void perform((ctx) => resumeClock(dsrCase, {}, ctx))}>
            {t('detail.clockResume')}
          </Button>
        </>
      ) : (
        isOpenCase(dsrCase) && (
          <form
            className="inline-form"
            onSubmit={(event) => (
              event.preventDefault(),
              void perform((ctx) =>
                stopClock(dsrCase, { reason: stopReason, questionSentAt: sentAt }, ctx)
              )
            )}
            noValidate
          >
            <label>
              {t('detail.clockReason')}{' '}
              <select
                value={stopReason}
                onChange={(event) =>
                  setStopReason(event.target.value as 'identity' | 'clarification')
                }
              >
                <option value="identity">{t('detail.clockReason.identity')}</option>
                <option value="clarification">{t('detail.clockReason.clarification')}</option>
              </select>
            </label>
            <label>
              {t('detail.questionSent')}{' '}
              <input
                type="date"
                value={sentAt}
                max={today()}
                onChange={(event) => setSentAt(event.target.value)}
              />
            </label>
            <Button type="submit">{t('detail.clockStop')}</Button>
          </form>
        )
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}

export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useI18n()
  const { view, error } = useCase(id)
  if (error) return <Notice tone="error">{errorText(t, error)}</Notice>
  if (view === undefined) return <p>{t('app.loading')}</p>
  if (view === null) return <Notice tone="warning">{t('detail.notFound')}</Notice>
  const dsrCase = view.case
  return (
    <article aria-labelledby="case-title" className="case-detail">
      <header className="page-header">
        <div>
          <h1 id="case-title">
            {dsrCase.reference}{' '}
            <Badge tone={statusTone(dsrCase.status)}>{statusLabel(t, dsrCase.status)}</Badge>
          </h1>
          <p className="muted">
            {typeLabel(t, dsrCase.type)} · {t(`channel.${dsrCase.channel}` as MessageKey)} ·{' '}
            {t('cases.col.received')} {dsrCase.receivedAt} ·{' '}
            {view.subject ? <a href={`#/subjects/${view.subject.id}`}>{view.subject.name}</a> : '–'}
          </p>
          {dsrCase.description && <p>{dsrCase.description}</p>}
        </div>
        {isOpenCase(dsrCase) && <CalendarExportButton caseId={dsrCase.id} />}
      </header>
      <div className="detail-grid">
        <div>
          <Deadlines view={view} />
          <Actions view={view} />
          <ClockStops view={view} />
          <CaseTasks view={view} />
        </div>
        <div>
          <CaseLetters view={view} />
          <CaseCorrespondence view={view} />
          <CaseDecisions view={view} />
          {dsrCase.type === 'rectification' && <CaseRectification view={view} />}
          {(dsrCase.type === 'objection' || dsrCase.type === 'marketingOptOut') && (
            <CaseStopped view={view} />
          )}
          {dsrCase.type === 'portability' && <CasePortability view={view} />}
          {(dsrCase.type === 'erasure' || dsrCase.erasure.length > 0) && (
            <CaseErasure view={view} />
          )}
          {(ART19_CASE_TYPES.has(dsrCase.type) || dsrCase.erasure.length > 0) && (
            <CaseRecipients view={view} />
          )}
        </div>
      </div>
    </article>
  )
}
