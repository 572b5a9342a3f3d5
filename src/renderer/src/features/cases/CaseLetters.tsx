import { useState } from 'react'
import { CASE_LETTER_TEMPLATE_IDS, type DocLanguage, type LetterTemplateId } from '@core/pdf/model'
import { ALL_DATA_SCOPE } from '@core'
import { coreText, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { CollectedDataPanel } from '../intake/CollectedDataPanel'
import { TemplatePicker } from '../letters/TemplatePicker'
import { subjectEntries } from '../letters/buildModels'
import { LetterPreview } from '../letters/LetterPreview'
import { AutomationNotice } from '../letters/AutomationNotice'
import {
  useLetters,
  type AutomationOutcome,
  type LetterRequest,
  type RenderedLetter,
  type RequestedCopy
} from '../letters/useLetters'
import { storedScope } from './caseForms'
import { type CaseView } from './useCases'

/** Letters and the registerutdrag: rendered and signed in main, stored encrypted in the case. */
export function CaseLetters({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { ready, unavailable, copyStatus, render, file } = useLetters(view)
  const action = useAction()
  const [preview, setPreview] = useState<RenderedLetter | null>(null)
  const [automation, setAutomation] = useState<AutomationOutcome | null>(null)
  const [feeAmount, setFeeAmount] = useState('')
  const [copyScope, setCopyScope] = useState('')
  const [periodFrom, setPeriodFrom] = useState('')
  const [periodTo, setPeriodTo] = useState('')
  const [feeReason, setFeeReason] = useState('')
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [freeText, setFreeText] = useState('')
  const [shouldSign, setShouldSign] = useState(true)
  const [toPost, setToPost] = useState(view.case.channel === 'letter')
  const [sections, setSections] = useState<Record<string, string> | null>(null)
  const subject = view.subject

  if (!ready) return null
  const contactCategory =
    ready.inventory.find((category) => category.id === 'person-kontakt')?.id ??
    ready.inventory[0]?.id
  const dataSections =
    sections ?? (subject && contactCategory ? { [contactCategory]: subjectEntries(subject, language) } : {})
  const options = { shouldSign, toPost }
  const busy = action.busy
  // What the request asks a copy of: the fee warning and the registerutdrag both go by it.
  const requested: RequestedCopy = {
    scope: copyScope.trim() ? storedScope(t, copyScope) : ALL_DATA_SCOPE,
    ...(periodFrom && periodTo && periodFrom <= periodTo
      ? { period: { from: periodFrom, to: periodTo } }
      : {})
  }
  const blocked = unavailable(templateId, requested)
  const isFeeWarning = templateId === 'feeWarning'

  const open = (request: LetterRequest) =>
    void action.run(async () => {
      const rendered = await render(request, options)
      if (typeof rendered === 'string') return rendered
      setPreview(rendered)
    })

  const previewLetter = () => {
    if (!isFeeWarning) return open({ kind: 'letter', templateId, language, freeText })
    const amountSek = Number(feeAmount.replace(/\s/g, '').replace(',', '.'))
    if (!Number.isInteger(amountSek) || amountSek <= 0 || amountSek > 100_000)
      return action.setFeedback({ tone: 'error', text: t('letters.feeAmountInvalid') })
    if (!feeReason.trim())
      return action.setFeedback({ tone: 'error', text: t('error.CASE_FEE_INVALID') })
    open({
      kind: 'letter',
      templateId,
      language,
      freeText,
      fee: { amountSek, reason: feeReason.trim() },
      requested
    })
  }

  const fileLetter = () => {
    if (!preview) return
    void action.run(async () => {
      const outcome = await file(preview)
      if (typeof outcome === 'string') return outcome
      setPreview(null)
      setAutomation(outcome.automation)
      return outcome.feedback
    })
  }

  return (
    <Section title={t('letters.title')} id="letters-title">
      {view.case.type === 'access' && (
        <fieldset className="subform" data-testid="requested-copy">
          <legend>{t('letters.requestedCopy')}</legend>
          <div className="inline-form">
            <Field label={t('letters.copyScope')} hint={t('letters.copyScopeHint')}>
              {({ id, describedBy }) => (
                <input
                  id={id}
                  maxLength={500}
                  aria-describedby={describedBy}
                  placeholder={t('letters.scopeAll')}
                  value={copyScope}
                  onChange={(event) => setCopyScope(event.target.value)}
                  data-testid="copy-scope"
                />
              )}
            </Field>
            <Field label={t('letters.periodFrom')}>
              {({ id }) => (
                <input
                  id={id}
                  type="date"
                  value={periodFrom}
                  onChange={(event) => setPeriodFrom(event.target.value)}
                  data-testid="period-from"
                />
              )}
            </Field>
            <Field label={t('letters.periodTo')}>
              {({ id }) => (
                <input
                  id={id}
                  type="date"
                  value={periodTo}
                  onChange={(event) => setPeriodTo(event.target.value)}
                  data-testid="period-to"
                />
              )}
            </Field>
          </div>
          <p data-testid="requested-free-copy">{coreText(t, copyStatus(requested).message)}</p>
        </fieldset>
      )}
      <TemplatePicker
        templateId={templateId}
        language={language}
        onTemplateChange={setTemplateId}
        onLanguageChange={setLanguage}
        ids={CASE_LETTER_TEMPLATE_IDS}
        testId="letter-template"
      />
      <Field label={t('letters.freeText')} hint={t('letters.freeTextHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={2}
            aria-describedby={describedBy}
            value={freeText}
            onChange={(event) => setFreeText(event.target.value)}
          />
        )}
      </Field>
      {isFeeWarning && !blocked && (
        <div className="inline-form">
          <Field label={t('letters.feeAmount')} required>
            {({ id }) => (
              <input
                id={id}
                inputMode="numeric"
                className="narrow"
                maxLength={7}
                value={feeAmount}
                onChange={(event) => setFeeAmount(event.target.value)}
                data-testid="fee-amount"
              />
            )}
          </Field>
          <Field label={t('letters.feeReason')} hint={t('letters.feeHint')} required>
            {({ id, describedBy }) => (
              <input
                id={id}
                maxLength={1000}
                aria-describedby={describedBy}
                value={feeReason}
                onChange={(event) => setFeeReason(event.target.value)}
                data-testid="fee-reason"
              />
            )}
          </Field>
        </div>
      )}
      {blocked && (
        <Notice tone="info">
          <span data-testid="letter-unavailable">{blocked}</span>
        </Notice>
      )}
      <div className="inline-form">
        <Checkbox checked={shouldSign} onChange={setShouldSign}>
          {t('letters.sign')}
        </Checkbox>
        <Checkbox checked={toPost} onChange={setToPost}>
          {t('letters.toPost')}
        </Checkbox>
      </div>
      <div className="form-actions">
        <Button
          busy={busy}
          disabled={blocked !== null}
          onClick={previewLetter}
          data-testid="create-letter"
        >
          {t('letters.preview')}
        </Button>
      </div>
      {view.case.type === 'access' && (
        <details className="subform">
          <summary>{t('letters.dataTitle')}</summary>
          <p className="muted">{t('letters.dataHint')}</p>
          <CollectedDataPanel view={view} />
          {ready.inventory.map((category) => (
            <Field key={category.id} label={category.name}>
              {({ id }) => (
                <textarea
                  id={id}
                  rows={category.id === contactCategory ? 5 : 2}
                  value={dataSections[category.id] ?? ''}
                  onChange={(event) =>
                    setSections({ ...dataSections, [category.id]: event.target.value })
                  }
                />
              )}
            </Field>
          ))}
          <Button
            variant="primary"
            busy={busy}
            onClick={() => {
              if (
                Boolean(periodFrom) !== Boolean(periodTo) ||
                (periodFrom && periodFrom > periodTo)
              )
                return action.setFeedback({ tone: 'error', text: t('letters.periodInvalid') })
              open({
                kind: 'registerutdrag',
                language,
                sections: dataSections,
                scope: requested.scope,
                ...(requested.period ? { period: requested.period } : {})
              })
            }}
            data-testid="create-registerutdrag"
          >
            {t('letters.preview')}
          </Button>
        </details>
      )}
      {action.feedback && <Notice tone={action.feedback.tone}>{action.feedback.text}</Notice>}
      {automation && <AutomationNotice outcome={automation} onDone={() => setAutomation(null)} />}
      {preview && (
        <LetterPreview
          letter={preview}
          busy={busy}
          onFile={fileLetter}
          onCancel={() => setPreview(null)}
        />
      )}
    </Section>
  )
}
