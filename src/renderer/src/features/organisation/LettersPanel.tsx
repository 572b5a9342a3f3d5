import { useEffect, useState } from 'react'
import { type DocLanguage, type LetterTemplateId } from '../../../../core/pdf/model'
import {
  COMMON_FIELDS,
  DEFAULT_TEMPLATES,
  TEMPLATE_FIELDS,
  unknownPlaceholders
} from '../../../../core/pdf/templates'
import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { TemplatePicker } from '../letters/TemplatePicker'
import { useAlignmentTest } from '../letters/useAlignmentTest'
import { useLetterSettings, useSettingsCommands } from '../settings/useSettings'

/** Window-envelope offsets with a test print, and the editable letter templates. */
export function LettersPanel() {
  const { t } = useI18n()
  const settings = useLetterSettings()
  const { saveLetterSettings } = useSettingsCommands()
  const alignmentTest = useAlignmentTest()
  const act = useAction()
  const [left, setLeft] = useState('')
  const [top, setTop] = useState('')
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')

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

  const saveLayout = () =>
    act.run(async () => {
      const next = layout()
      if (!next) return t('letterSettings.layoutInvalid')
      await saveLetterSettings({ ...settings, layout: next })
    }, t('letterSettings.saved'))

  const testPage = () =>
    act.run(async () => {
      const next = layout()
      if (!next) return t('letterSettings.layoutInvalid')
      await alignmentTest(next)
    })

  const saveTemplate = (reset: boolean) =>
    act.run(async () => {
      const templates = { ...settings.templates, [language]: { ...settings.templates[language] } }
      if (reset) delete templates[language][templateId]
      else templates[language][templateId] = { subject, body }
      await saveLetterSettings({ ...settings, templates })
    }, t('letterSettings.saved'))

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
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </section>
  )
}
