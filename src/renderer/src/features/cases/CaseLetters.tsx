import { useState } from 'react'
import {
  CASE_LETTER_TEMPLATE_IDS,
  type DocLanguage,
  type LetterTemplateId
} from '../../../../core/pdf/model'
import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { CollectedDataPanel } from '../intake/CollectedDataPanel'
import { TemplatePicker } from '../letters/TemplatePicker'
import { subjectEntries } from '../letters/buildModels'
import { useLetters } from '../letters/useLetters'
import { type CaseView } from './useCases'

/** Letters and the registerutdrag: rendered and signed in main, stored encrypted in the case. */
export function CaseLetters({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { ready, produce } = useLetters(view)
  const action = useAction()
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
    sections ?? (subject && contactCategory ? { [contactCategory]: subjectEntries(subject) } : {})
  const options = { shouldSign, toPost }
  const busy = action.busy

  return (
    <Section title={t('letters.title')} id="letters-title">
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
          onClick={() =>
            void action.run(() =>
              produce({ kind: 'letter', templateId, language, freeText }, options)
            )
          }
          data-testid="create-letter"
        >
          {t('letters.create')}
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
            onClick={() =>
              void action.run(() =>
                produce({ kind: 'registerutdrag', language, sections: dataSections }, options)
              )
            }
            data-testid="create-registerutdrag"
          >
            {t('letters.createRegisterutdrag')}
          </Button>
        </details>
      )}
      {action.feedback && <Notice tone={action.feedback.tone}>{action.feedback.text}</Notice>}
    </Section>
  )
}
