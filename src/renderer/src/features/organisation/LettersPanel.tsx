import { useEffect, useState } from 'react'
import { type DocLanguage, type LetterTemplateId } from '../../../../core/pdf/model'
import {
  COMMON_FIELDS,
  DEFAULT_TEMPLATES,
  TEMPLATE_FIELDS,
  unknownPlaceholders
} from '../../../../core/pdf/templates'
import { useLive } from '../../data/live'
import { callOrThrow } from '../../lib/api'
import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { today } from '../cases/useCases'
import { TemplatePicker } from '../letters/TemplatePicker'
import { useDb } from '../vault/VaultProvider'
import { loadLetterSettings, loadOrganisation, saveLetterSettings } from './organisation'

/** Window-envelope offsets with a test print, and the editable letter templates. */
export function LettersPanel() {
  const { t } = useI18n()
  const db = useDb()
  const { value: settings } = useLive(() => loadLetterSettings(db), [db])
  const [left, setLeft] = useState('')
  const [top, setTop] = useState('')
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)

  useEffect(() => {
    if (!settings) return
    setLeft(String(settings.layout.addressLeftMm))
    setTop(String(settings.layout.addressTopMm))
  }, [settings])
  useEffect(() => {
    if (!settings) return
    const template =
      settings.templates[language][templateId] ?? DEFAULT_TEMPLATES[language][templateId]
    setSubject(template.subject)
    setBody(template.body)
  }, [settings, language, templateId])
  if (!settings) return null

  const layout = () => {
    const addressLeftMm = Number(left.replace(',', '.'))
    const addressTopMm = Number(top.replace(',', '.'))
    if (!(addressLeftMm >= 5 && addressLeftMm <= 120 && addressTopMm >= 10 && addressTopMm <= 120))
      return null
    return { addressLeftMm, addressTopMm }
  }

  const saveLayout = async () => {
    const next = layout()
    if (!next) return setMessage({ tone: 'error', text: t('letterSettings.layoutInvalid') })
    await saveLetterSettings(db, { ...settings, layout: next })
    setMessage({ tone: 'success', text: t('letterSettings.saved') })
  }

  const testPage = async () => {
    const next = layout()
    if (!next) return setMessage({ tone: 'error', text: t('letterSettings.layoutInvalid') })
    try {
      const page = await callOrThrow('pdf:render-alignment-test', {
        language: 'sv',
        organisation: await loadOrganisation(db),
        layout: next,
        date: today()
      })
      await callOrThrow('pdf:save', { pdf: page.pdf, suggestedName: 'Provsida fönsterkuvert' })
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) })
    }
  }

  const saveTemplate = async (reset: boolean) => {
    const templates = { ...settings.templates, [language]: { ...settings.templates[language] } }
    if (reset) delete templates[language][templateId]
    else templates[language][templateId] = { subject, body }
    await saveLetterSettings(db, { ...settings, templates })
    setMessage({ tone: 'success', text: t('letterSettings.saved') })
  }

  const unknown = unknownPlaceholders(`${subject}\n${body}`, templateId)
  return (
    <section className="panel" aria-labelledby="letters-settings-title">
      <h2 id="letters-settings-title">{t('letterSettings.title')}</h2>
      <div className="inline-form">
        <Field label={t('letterSettings.left')}>
          {({ id }) => (
            <input
              id={id}
              className="narrow"
              inputMode="decimal"
              value={left}
              onChange={(event) => setLeft(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('letterSettings.top')}>
          {({ id }) => (
            <input
              id={id}
              className="narrow"
              inputMode="decimal"
              value={top}
              onChange={(event) => setTop(event.target.value)}
            />
          )}
        </Field>
      </div>
      <p className="muted">{t('letterSettings.layoutHint')}</p>
      <div className="form-actions">
        <Button onClick={() => void saveLayout()}>{t('common.save')}</Button>
        <Button onClick={() => void testPage()}>{t('mail.alignment')}</Button>
      </div>
      <div className="subform">
        <h3>{t('letterSettings.templates')}</h3>
        <TemplatePicker
          templateId={templateId}
          language={language}
          onTemplateChange={setTemplateId}
          onLanguageChange={setLanguage}
        />
        <Field label={t('letterSettings.subject')}>
          {({ id }) => (
            <input id={id} value={subject} onChange={(event) => setSubject(event.target.value)} />
          )}
        </Field>
        <Field
          label={t('letterSettings.body')}
          hint={t('letterSettings.placeholders', {
            fields: [...COMMON_FIELDS, ...TEMPLATE_FIELDS[templateId]]
              .map((field) => `{{${field}}}`)
              .join(' ')
          })}
        >
          {({ id, describedBy }) => (
            <textarea
              id={id}
              rows={10}
              aria-describedby={describedBy}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          )}
        </Field>
        {unknown.length > 0 && (
          <Notice tone="warning">
            {t('letterSettings.unknown', { fields: unknown.join(', ') })}
          </Notice>
        )}
        <div className="form-actions">
          <Button onClick={() => void saveTemplate(false)}>{t('common.save')}</Button>
          <Button variant="link" onClick={() => void saveTemplate(true)}>
            {t('letterSettings.reset')}
          </Button>
        </div>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  )
}
