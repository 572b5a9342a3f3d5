import { useMemo } from 'react'
import {
  ALLOWED_TRANSITIONS,
  changeStatus,
  closeCase,
  EXTENSION_REASONS,
  extendCase,
  isExtensionAllowed,
  isOpenCase,
  reopenCase,
  resumeClock,
  stopClock
} from '@core'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import {
  CASE_LIMITS,
  clockStopSchema,
  extensionSchema,
  reopenSchema,
  type ClockStopDraft,
  type ExtensionDraft,
  type ReopenDraft
} from './caseForms'
import { statusLabel } from './caseLabels'
import { today, useCaseCommand, type CaseView } from './useCases'

type Perform = (
  command: Parameters<ReturnType<typeof useCaseCommand>['run']>[0]
) => Promise<boolean>

function ExtensionForm({ view, perform }: { view: CaseView; perform: Perform }) {
  const { t } = useI18n()
  const form = useZodForm<ExtensionDraft>(extensionSchema, {
    reason: 'complexity',
    explanation: ''
  })
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(
        (draft) => void perform((ctx) => extendCase(view.case, draft, ctx))
      )}
      noValidate
      aria-label={t('detail.extend')}
    >
      <h3>{t('detail.extend')}</h3>
      <SelectField
        form={form}
        name="reason"
        label={t('detail.extendReason')}
        required
        testId="extend-reason"
        options={EXTENSION_REASONS.map((value) => ({
          value,
          label: t(`reason.${value}` as MessageKey)
        }))}
      />
      <TextField
        form={form}
        name="explanation"
        label={t('detail.extendExplanation')}
        required
        multiline
        rows={2}
        maxLength={CASE_LIMITS.extensionExplanation}
        testId="extend-explanation"
      />
      <Button type="submit">{t('detail.extend')}</Button>
    </form>
  )
}

function ReopenForm({ view, perform }: { view: CaseView; perform: Perform }) {
  const { t } = useI18n()
  const form = useZodForm<ReopenDraft>(reopenSchema, { reason: '' })
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(
        (draft) => void perform((ctx) => reopenCase(view.case, draft, ctx))
      )}
      noValidate
      aria-label={t('detail.reopen')}
    >
      <TextField
        form={form}
        name="reason"
        label={t('detail.reopenReason')}
        required
        multiline
        rows={2}
        maxLength={CASE_LIMITS.decisionReasons}
        testId="reopen-reason"
      />
      <Button type="submit">{t('detail.reopen')}</Button>
    </form>
  )
}

/** Status changes, closing, extension and reopening of one case. */
export function CaseActions({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const act = useAction()
  const on = today()
  const dsrCase = view.case
  const perform: Perform = (command) => act.run(() => run(command), t('detail.saved'))
  const canExtend =
    !dsrCase.extension && ['received', 'identityCheck', 'inProgress'].includes(dsrCase.status)
  const extensionOpen = isExtensionAllowed(view.deadlines, on)
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
          <ExtensionForm view={view} perform={perform} />
        ) : (
          <p className="muted">
            {t('detail.extendNotAllowed', { date: view.deadlines.extensionAllowedUntil })}
          </p>
        ))}
      {dsrCase.status === 'closed' && <ReopenForm view={view} perform={perform} />}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}

/** Clock stops while waiting for identification or clarification (EDPB §159). */
export function CaseClockStops({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const act = useAction()
  const on = today()
  const dsrCase = view.case
  const schema = useMemo(() => clockStopSchema(dsrCase.receivedAt, on), [dsrCase.receivedAt, on])
  const form = useZodForm<ClockStopDraft>(schema, { reason: 'identity', questionSentAt: on })
  const running = dsrCase.clockStops.find((stop) => !stop.to)
  const perform: Perform = (command) => act.run(() => run(command))
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
            onSubmit={form.handleSubmit(
              (draft) => void perform((ctx) => stopClock(dsrCase, draft, ctx))
            )}
            noValidate
            aria-label={t('detail.clockStop')}
          >
            <div className="form-grid">
              <SelectField
                form={form}
                name="reason"
                label={t('detail.clockReason')}
                testId="clock-reason"
                options={[
                  { value: 'identity', label: t('detail.clockReason.identity') },
                  { value: 'clarification', label: t('detail.clockReason.clarification') }
                ]}
              />
              <TextField
                form={form}
                name="questionSentAt"
                type="date"
                label={t('detail.questionSent')}
                required
                min={dsrCase.receivedAt}
                max={on}
                testId="clock-question-sent"
              />
            </div>
            <Button type="submit">{t('detail.clockStop')}</Button>
          </form>
        )
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
