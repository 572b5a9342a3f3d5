import { useState } from 'react'
import { CASE_LETTER_TEMPLATE_IDS, type DocLanguage, type LetterTemplateId } from '@core/pdf/model'
import { ALL_DATA_SCOPE, CASE_LIMITS, LETTER_FIELD_MAX } from '@core'
import { fieldMessageText, parseDecimal, useZodForm } from '../../lib/forms'
import { coreText, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { TextField } from '../../ui/TextField'
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
import {
  feeLetterSchema,
  letterInputSchema,
  sectionText,
  storedScope,
  type LetterInputDraft
} from './caseForms'
import { type CaseView } from './useCases'

/** Letters and the registerutdrag: rendered and signed in main, stored encrypted in the case. */
export function CaseLetters({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { ready, unavailable, copyStatus, render, file } = useLetters(view)
  const action = useAction()
  const [preview, setPreview] = useState<RenderedLetter | null>(null)
  const [automation, setAutomation] = useState<AutomationOutcome | null>(null)
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [shouldSign, setShouldSign] = useState(true)
  const [toPost, setToPost] = useState(view.case.channel === 'letter')
  const [sections, setSections] = useState<Record<string, string> | null>(null)
  const form = useZodForm<LetterInputDraft>(letterInputSchema, {
    copyScope: '',
    periodFrom: '',
    periodTo: '',
    freeText: '',
    feeAmount: '',
    feeReason: ''
  })
  const values = form.watch()
  const subject = view.subject

  if (!ready) return null
  const contactCategory =
    ready.inventory.find((category) => category.id === 'person-kontakt')?.id ??
    ready.inventory[0]?.id
  const dataSections =
    sections ??
    (subject && contactCategory ? { [contactCategory]: subjectEntries(subject, language) } : {})
  // A section's lines become the registerutdrag's entries: at most 500 of 5 000 characters.
  const sectionErrors = Object.fromEntries(
    Object.entries(dataSections).map(([id, text]) => {
      const checked = sectionText.safeParse(text)
      return [id, checked.success ? null : fieldMessageText(t, checked.error.issues[0]?.message)]
    })
  )
  const options = { shouldSign, toPost }
  const busy = action.busy
  // What the request asks a copy of: the fee warning and the registerutdrag both go by it.
  const { copyScope, periodFrom, periodTo } = values
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

  const previewLetter = form.handleSubmit((draft) => {
    if (!isFeeWarning)
      return open({ kind: 'letter', templateId, language, freeText: draft.freeText })
    const fee = feeLetterSchema.safeParse(draft)
    if (!fee.success) {
      // Set both before focusing one: moving the focus would validate the field it leaves.
      const fields = fee.error.issues.map((issue) =>
        issue.path[0] === 'feeAmount' ? ('feeAmount' as const) : ('feeReason' as const)
      )
      fee.error.issues.forEach((issue, index) =>
        form.setError(fields[index]!, { type: 'fee', message: issue.message })
      )
      if (fields[0]) form.setFocus(fields[0])
      return
    }
    open({
      kind: 'letter',
      templateId,
      language,
      freeText: draft.freeText,
      fee: { amountSek: parseDecimal(fee.data.feeAmount), reason: fee.data.feeReason },
      requested
    })
  })

  const previewRegisterutdrag = form.handleSubmit(() => {
    if (Object.values(sectionErrors).some(Boolean))
      return action.setFeedback({ tone: 'error', text: t('letters.sectionsInvalid') })
    open({
      kind: 'registerutdrag',
      language,
      sections: dataSections,
      scope: requested.scope,
      ...(requested.period ? { period: requested.period } : {})
    })
  })

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
            <TextField
              form={form}
              name="copyScope"
              label={t('letters.copyScope')}
              hint={t('letters.copyScopeHint')}
              placeholder={t('letters.scopeAll')}
              maxLength={CASE_LIMITS.copyScope}
              testId="copy-scope"
            />
            <TextField
              form={form}
              name="periodFrom"
              type="date"
              label={t('letters.periodFrom')}
              testId="period-from"
            />
            <TextField
              form={form}
              name="periodTo"
              type="date"
              label={t('letters.periodTo')}
              testId="period-to"
            />
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
      <TextField
        form={form}
        name="freeText"
        multiline
        rows={2}
        label={t('letters.freeText')}
        hint={t('letters.freeTextHint')}
        maxLength={LETTER_FIELD_MAX}
        testId="letter-free-text"
      />
      {isFeeWarning && !blocked && (
        <div className="inline-form">
          <TextField
            form={form}
            name="feeAmount"
            label={t('letters.feeAmount')}
            inputMode="numeric"
            inputClassName="narrow"
            maxLength={7}
            required
            testId="fee-amount"
          />
          <TextField
            form={form}
            name="feeReason"
            label={t('letters.feeReason')}
            hint={t('letters.feeHint')}
            maxLength={CASE_LIMITS.feeReason}
            required
            testId="fee-reason"
          />
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
          onClick={() => void previewLetter()}
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
            <Field key={category.id} label={category.name} error={sectionErrors[category.id]}>
              {({ id, describedBy, invalid }) => (
                <textarea
                  id={id}
                  rows={category.id === contactCategory ? 5 : 2}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  value={dataSections[category.id] ?? ''}
                  onChange={(event) =>
                    setSections({ ...dataSections, [category.id]: event.target.value })
                  }
                  data-testid={`section-${category.id}`}
                />
              )}
            </Field>
          ))}
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void previewRegisterutdrag()}
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
