import { useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { freeCopyStatus, recordCopyDelivered, recordDecision, setFee } from '@core'
import { parseDecimal, useZodForm } from '../../lib/forms'
import { coreText, formatDate, formatInstantDate, useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import {
  CASE_LIMITS,
  copySchema,
  DECISION_CHOICES,
  decisionSchema,
  feeSchema,
  scopeText,
  storedScope,
  type CopyDraft,
  type DecisionDraft,
  type FeeDraft
} from './caseForms'
import { useCopyLedger } from './useSubjectCases'
import { today, useCaseCommand, type CaseView } from './useCases'

type Perform = (
  command: Parameters<ReturnType<typeof useCaseCommand>['run']>[0]
) => Promise<boolean>

function DecisionForm({ view, perform }: { view: CaseView; perform: Perform }) {
  const { t } = useI18n()
  const form = useZodForm<DecisionDraft>(decisionSchema, { kind: 'grant', reasons: '' })
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(async (draft) => {
        if (await perform((ctx) => recordDecision(view.case, draft, ctx)))
          form.reset({ kind: draft.kind, reasons: '' })
      })}
      noValidate
      aria-label={t('detail.addDecision')}
    >
      <div className="form-grid">
        <SelectField
          form={form}
          name="kind"
          label={t('detail.decisionKind')}
          testId="decision-kind"
          options={DECISION_CHOICES.map((value) => ({
            value,
            label: t(`decision.${value}` as MessageKey)
          }))}
        />
      </div>
      <TextField
        form={form}
        name="reasons"
        label={t('detail.decisionReasons')}
        required
        multiline
        rows={2}
        maxLength={CASE_LIMITS.decisionReasons}
        testId="decision-reasons"
      />
      <Button type="submit">{t('detail.addDecision')}</Button>
    </form>
  )
}

function FeeForm({ view, perform }: { view: CaseView; perform: Perform }) {
  const { t } = useI18n()
  const dsrCase = view.case
  const on = today()
  const schema = useMemo(() => feeSchema(dsrCase.receivedAt, on), [dsrCase.receivedAt, on])
  const form = useZodForm<FeeDraft>(schema, {
    amount: dsrCase.fee ? String(dsrCase.fee.amountSek) : '',
    reason: dsrCase.fee?.reason ?? '',
    warnedAt: dsrCase.fee?.warnedAt ?? ''
  })
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(
        (draft) =>
          void perform((ctx) =>
            setFee(
              dsrCase,
              {
                amountSek: parseDecimal(draft.amount),
                reason: draft.reason,
                warnedAt: draft.warnedAt
              },
              ctx
            )
          )
      )}
      noValidate
      aria-label={t('detail.fee')}
    >
      <h3>{t('detail.fee')}</h3>
      {!dsrCase.fee && <p className="muted">{t('detail.noFee')}</p>}
      <div className="form-grid">
        <TextField
          form={form}
          name="amount"
          label={t('detail.feeAmount')}
          required
          inputMode="decimal"
          maxLength={12}
          testId="decision-fee-amount"
        />
        <TextField
          form={form}
          name="warnedAt"
          type="date"
          label={t('detail.feeWarnedAt')}
          required
          min={dsrCase.receivedAt}
          max={on}
          testId="decision-fee-warned"
        />
      </div>
      <TextField
        form={form}
        name="reason"
        label={t('detail.feeReason')}
        required
        multiline
        rows={2}
        maxLength={CASE_LIMITS.feeReason}
        testId="decision-fee-reason"
      />
      <Button type="submit">{t('detail.saveFee')}</Button>
    </form>
  )
}

function CopyForm({ view, perform }: { view: CaseView; perform: Perform }) {
  const { t } = useI18n()
  const dsrCase = view.case
  const on = today()
  const ledger = useCopyLedger(dsrCase.subjectId, dsrCase.id)
  const schema = useMemo(() => copySchema(on), [on])
  const form = useZodForm<CopyDraft>(schema, { deliveredAt: on, scope: t('copyScope.all') })
  const scope = useWatch({ control: form.control, name: 'scope' })
  const free = freeCopyStatus(ledger, on, { scope: storedScope(t, scope) })
  return (
    <div className="subform">
      <h3>{t('detail.copy')}</h3>
      <p data-testid="case-free-copy">{coreText(t, free.message)}</p>
      {dsrCase.copy ? (
        <p data-testid="case-copy">
          {formatDate(dsrCase.copy.deliveredAt)} · {scopeText(t, dsrCase.copy.scope)}
          {dsrCase.copy.period &&
            ` · ${t('detail.copyPeriod', { from: formatDate(dsrCase.copy.period.from), to: formatDate(dsrCase.copy.period.to) })}`}{' '}
          · {dsrCase.copy.free ? t('detail.copyFree') : t('detail.fee')}
        </p>
      ) : (
        <form
          onSubmit={form.handleSubmit(
            (draft) =>
              void perform((ctx) =>
                recordCopyDelivered(
                  dsrCase,
                  {
                    deliveredAt: draft.deliveredAt,
                    scope: storedScope(t, draft.scope),
                    free: free.kind === 'free' || !dsrCase.fee
                  },
                  ctx
                )
              )
          )}
          noValidate
          aria-label={t('detail.recordCopy')}
        >
          <div className="form-grid">
            <TextField
              form={form}
              name="deliveredAt"
              type="date"
              label={t('detail.copyDate')}
              required
              max={on}
              testId="copy-date"
            />
            <TextField
              form={form}
              name="scope"
              label={t('detail.copyScope')}
              required
              maxLength={CASE_LIMITS.copyScope}
              testId="decision-copy-scope"
            />
          </div>
          <Button type="submit">{t('detail.recordCopy')}</Button>
        </form>
      )}
    </div>
  )
}

/** Decisions with reasons, the fee (after a warning) and the copy delivered. */
export function CaseDecisions({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const act = useAction()
  const dsrCase = view.case
  const perform: Perform = (command) => act.run(() => run(command), t('detail.saved'))
  return (
    <Section title={t('detail.decisions')} id="decisions-title">
      <ul className="plain" data-testid="case-decisions">
        {dsrCase.decisions.map((decision) => (
          <li key={decision.id}>
            <strong>{t(`decision.${decision.kind}` as MessageKey)}</strong>{' '}
            <span className="muted">{formatInstantDate(decision.at)}</span>: {decision.reasons}
          </li>
        ))}
      </ul>
      <DecisionForm view={view} perform={perform} />
      <FeeForm view={view} perform={perform} />
      {dsrCase.type === 'access' && <CopyForm view={view} perform={perform} />}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
