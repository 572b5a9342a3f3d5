import { useState } from 'react'
import { freeCopyStatus, recordCopyDelivered, recordDecision, setFee } from '../../../../core'
import { coreText, formatInstantDate, useI18n, type MessageKey } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { useAction } from '../../lib/useAction'
import { Section } from '../../ui/Section'
import { useCopyLedger } from './useSubjectCases'
import { today, useCaseCommand, type CaseView } from './useCases'

const DECISION_KINDS = ['grant', 'partialGrant', 'refuse', 'noData', 'fee', 'other'] as const

export function CaseDecisions({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const dsrCase = view.case
  const ledger = useCopyLedger(dsrCase.subjectId, dsrCase.id)
  const act = useAction()
  const [kind, setKind] = useState<(typeof DECISION_KINDS)[number]>('grant')
  const [reasons, setReasons] = useState('')
  const [amount, setAmount] = useState(dsrCase.fee ? String(dsrCase.fee.amountSek) : '')
  const [feeReason, setFeeReason] = useState(dsrCase.fee?.reason ?? '')
  const [warnedAt, setWarnedAt] = useState(dsrCase.fee?.warnedAt ?? '')
  const [copyDate, setCopyDate] = useState(today())
  const [copyScope, setCopyScope] = useState('Alla uppgifter')
  const perform = (command: Parameters<typeof run>[0]) =>
    act.run(() => run(command), t('detail.saved'))
  const free = freeCopyStatus(ledger, today(), { scope: copyScope })
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
      <form
        className="subform"
        onSubmit={(event) => (
          event.preventDefault(),
          void perform((ctx) => recordDecision(dsrCase, { kind, reasons }, ctx)).then(
            (ok) => ok && setReasons('')
          )
        )}
        noValidate
      >
        <div className="inline-form">
          <label>
            {t('detail.decisionKind')}{' '}
            <select
              value={kind}
              onChange={(event) => setKind(event.target.value as (typeof DECISION_KINDS)[number])}
            >
              {DECISION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`decision.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('detail.decisionReasons')}{' '}
            <input value={reasons} onChange={(event) => setReasons(event.target.value)} />
          </label>
          <Button type="submit">{t('detail.addDecision')}</Button>
        </div>
      </form>

      <div className="subform">
        <h3>{t('detail.fee')}</h3>
        {!dsrCase.fee && <p className="muted">{t('detail.noFee')}</p>}
        <form
          className="inline-form"
          onSubmit={(event) => (
            event.preventDefault(),
            void perform((ctx) =>
              setFee(
                dsrCase,
                {
                  amountSek: Number(amount.replace(',', '.')),
                  reason: feeReason,
                  ...(warnedAt ? { warnedAt } : {})
                },
                ctx
              )
            )
          )}
          noValidate
        >
          <label>
            {t('detail.feeAmount')}{' '}
            <input
              inputMode="decimal"
              className="narrow"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          </label>
          <label>
            {t('detail.feeReason')}{' '}
            <input value={feeReason} onChange={(event) => setFeeReason(event.target.value)} />
          </label>
          <label>
            {t('detail.feeWarnedAt')}{' '}
            <input
              type="date"
              value={warnedAt}
              onChange={(event) => setWarnedAt(event.target.value)}
            />
          </label>
          <Button type="submit">{t('detail.saveFee')}</Button>
        </form>
      </div>

      {dsrCase.type === 'access' && (
        <div className="subform">
          <h3>{t('detail.copy')}</h3>
          <p data-testid="case-free-copy">{coreText(t, free.message)}</p>
          {dsrCase.copy ? (
            <p>
              {dsrCase.copy.deliveredAt} · {dsrCase.copy.scope} ·{' '}
              {dsrCase.copy.free ? t('detail.copyFree') : t('detail.fee')}
            </p>
          ) : (
            <form
              className="inline-form"
              onSubmit={(event) => (
                event.preventDefault(),
                void perform((ctx) =>
                  recordCopyDelivered(
                    dsrCase,
                    {
                      deliveredAt: copyDate,
                      scope: copyScope,
                      free: free.kind === 'free' || !dsrCase.fee
                    },
                    ctx
                  )
                )
              )}
              noValidate
            >
              <label>
                {t('cases.col.received')}{' '}
                <input
                  type="date"
                  value={copyDate}
                  max={today()}
                  onChange={(event) => setCopyDate(event.target.value)}
                />
              </label>
              <label>
                {t('detail.copyScope')}{' '}
                <input value={copyScope} onChange={(event) => setCopyScope(event.target.value)} />
              </label>
              <Button type="submit">{t('detail.recordCopy')}</Button>
            </form>
          )}
        </div>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
