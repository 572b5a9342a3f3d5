import { useState } from 'react'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { CollectedDataPanel } from '../intake/CollectedDataPanel'
import { AutomationNotice } from '../letters/AutomationNotice'
import { LetterPreview } from '../letters/LetterPreview'
import { useLetters, type AutomationOutcome, type RenderedLetter } from '../letters/useLetters'
import { type CaseView } from './useCases'
import { usePortability } from './usePortability'

const PERSON_FIELDS = ['name', 'personnummer', 'email', 'phone', 'address', 'customerRefs'] as const

/**
 * Art. 20: the person's data as JSON and CSV in one ZIP, saved or sent with a covering letter
 * (the letter and the ZIP are filed together, so the case shows what was delivered).
 */
export function CasePortability({ view }: { view: CaseView }) {
  const { t, language } = useI18n()
  const { build, save } = usePortability(view)
  const { render, file } = useLetters(view)
  const action = useAction()
  const [preview, setPreview] = useState<RenderedLetter | null>(null)
  const [automation, setAutomation] = useState<AutomationOutcome | null>(null)
  const subject = view.subject
  const collected = view.case.collected ?? []
  if (!subject || !build) return null
  const present = PERSON_FIELDS.filter((field) =>
    field === 'customerRefs' ? subject.customerRefs.length > 0 : Boolean(subject[field])
  )
  const fields = present.map((field) => t(`portability.field.${field}` as MessageKey)).join(', ')

  const saveZip = () =>
    void action.run(async () => {
      const path = await save(build())
      return path ? { tone: 'success', text: t('detail.portabilitySaved', { path }) } : undefined
    })

  const previewLetter = () =>
    void action.run(async () => {
      const pkg = build()
      const rendered = await render(
        {
          kind: 'letter',
          templateId: 'portabilityDelivery',
          language,
          freeText: '',
          enclosures: [{ name: pkg.zipName, type: 'application/zip', data: pkg.zip }]
        },
        { shouldSign: true, toPost: view.case.channel === 'letter' }
      )
      if (typeof rendered === 'string') return rendered
      setPreview(rendered)
    })

  const fileLetter = () => {
    if (!preview) return
    void action.run(async () => {
      const outcome = await file(preview)
      if (typeof outcome === 'string') return outcome
      setPreview(null)
      setAutomation(outcome.automation)
      return { tone: 'success', text: t('detail.portabilityFiled') }
    })
  }

  return (
    <Section title={t('detail.portability')} id="portability-title">
      <p className="muted">{t('detail.portabilityIntro')}</p>
      <p data-testid="portability-contents">{t('detail.portabilityPerson', { fields })}</p>
      <p className="muted" data-testid="portability-datasets">
        {t('detail.portabilityDatasets', {
          count: collected.length,
          rows: collected.reduce((sum, table) => sum + table.rows.length, 0)
        })}
      </p>
      <details className="subform">
        <summary>{t('detail.portabilityCollect')}</summary>
        <CollectedDataPanel view={view} />
      </details>
      {!subject.address && <Notice tone="info">{t('detail.portabilityNoAddress')}</Notice>}
      <div className="form-actions">
        <Button busy={action.busy} onClick={saveZip} data-testid="portability-save">
          {t('detail.portabilitySave')}
        </Button>
        {subject.address && (
          <Button
            variant="primary"
            busy={action.busy}
            onClick={previewLetter}
            data-testid="portability-letter"
          >
            {t('detail.portabilityLetter')}
          </Button>
        )}
      </div>
      {action.feedback && <Notice tone={action.feedback.tone}>{action.feedback.text}</Notice>}
      {automation && <AutomationNotice outcome={automation} onDone={() => setAutomation(null)} />}
      {preview && (
        <LetterPreview
          letter={preview}
          busy={action.busy}
          onFile={fileLetter}
          onCancel={() => setPreview(null)}
        />
      )}
    </Section>
  )
}
