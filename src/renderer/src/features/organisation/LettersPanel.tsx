import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { type DocLanguage, type LetterTemplateId } from '@core/pdf/model'
import {
  COMMON_FIELDS,
  DEFAULT_TEMPLATES,
  TEMPLATE_FIELDS,
  unknownPlaceholders
} from '@core/pdf/templates'
import { useZodForm } from '../../lib/forms'
import { useI18n } from '../../lib/i18n'
import { useAction, type Feedback } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'
import { TemplatePicker } from '../letters/TemplatePicker'
import { useAlignmentTest } from '../letters/useAlignmentTest'
import {
  useLetterSettings,
  useSettingsCommands,
  type LetterSettings
} from '../settings/useSettings'
import {
  LAYOUT_RANGES,
  layoutDraft,
  layoutOf,
  layoutSchema,
  TEMPLATE_LIMITS,
  templateSchema,
  type LayoutDraft,
  type TemplateDraft
} from './lettersForm'

type Run = (
  work: () => Promise<Feedback | string | null | void>,
  success?: string
) => Promise<boolean>

/** Where the address lands in a window envelope, with a test page to check it. */
function LayoutForm({ settings, run }: { settings: LetterSettings; run: Run }) {
  const { t } = useI18n()
  const { saveLetterSettings } = useSettingsCommands()
  const alignmentTest = useAlignmentTest()
  const form = useZodForm<LayoutDraft>(layoutSchema, layoutDraft(settings.layout))
  const save = form.handleSubmit(
    (draft) =>
      void run(
        () => saveLetterSettings({ ...settings, layout: layoutOf(draft) }),
        t('letterSettings.saved')
      )
  )
  const testPage = form.handleSubmit(
    (draft) =>
      void run(async () => {
        await alignmentTest(layoutOf(draft))
      })
  )
  return (
    <form onSubmit={save} noValidate aria-label={t('letterSettings.layout')}>
      <div className="form-grid">
        <TextField
          form={form}
          name="left"
          label={t('letterSettings.left')}
          hint={t('letterSettings.range', LAYOUT_RANGES.left)}
          required
          inputMode="decimal"
          maxLength={8}
          inputClassName="narrow"
          testId="layout-left"
        />
        <TextField
          form={form}
          name="top"
          label={t('letterSettings.top')}
          hint={t('letterSettings.range', LAYOUT_RANGES.top)}
          required
          inputMode="decimal"
          maxLength={8}
          inputClassName="narrow"
          testId="layout-top"
        />
      </div>
      <p className="muted">{t('letterSettings.layoutHint')}</p>
      <div className="form-actions">
        <Button type="submit">{t('common.save')}</Button>
        <Button onClick={() => void testPage()}>{t('mail.alignment')}</Button>
      </div>
    </form>
  )
}

/** One template in one language; a new choice of template starts a new form. */
function TemplateForm({
  settings,
  language,
  templateId,
  run
}: {
  settings: LetterSettings
  language: DocLanguage
  templateId: LetterTemplateId
  run: Run
}) {
  const { t } = useI18n()
  const { saveLetterSettings } = useSettingsCommands()
  const stored = settings.templates[language][templateId] ?? DEFAULT_TEMPLATES[language][templateId]
  const form = useZodForm<TemplateDraft>(templateSchema, {
    subject: stored.subject,
    body: stored.body
  })
  const subject = useWatch({ control: form.control, name: 'subject' })
  const body = useWatch({ control: form.control, name: 'body' })
  const save = (draft: TemplateDraft | null) =>
    run(async () => {
      const templates = { ...settings.templates, [language]: { ...settings.templates[language] } }
      if (draft) templates[language][templateId] = draft
      else delete templates[language][templateId]
      await saveLetterSettings({ ...settings, templates })
      if (!draft) form.reset(DEFAULT_TEMPLATES[language][templateId])
    }, t('letterSettings.saved'))
  const unknown = unknownPlaceholders(`${subject}\n${body}`, templateId)
  return (
    <form
      onSubmit={form.handleSubmit((draft) => void save(draft))}
      noValidate
      aria-label={t('letterSettings.templates')}
    >
      <TextField
        form={form}
        name="subject"
        label={t('letterSettings.subject')}
        required
        maxLength={TEMPLATE_LIMITS.subject}
        testId="template-subject"
      />
      <TextField
        form={form}
        name="body"
        label={t('letterSettings.body')}
        hint={t('letterSettings.placeholders', {
          fields: [...COMMON_FIELDS, ...TEMPLATE_FIELDS[templateId]]
            .map((field) => `{{${field}}}`)
            .join(' ')
        })}
        required
        multiline
        rows={10}
        maxLength={TEMPLATE_LIMITS.body}
        testId="template-body"
      />
      {unknown.length > 0 && (
        <Notice tone="warning">
          {t('letterSettings.unknown', { fields: unknown.join(', ') })}
        </Notice>
      )}
      <div className="form-actions">
        <Button type="submit">{t('common.save')}</Button>
        <Button variant="link" onClick={() => void save(null)}>
          {t('letterSettings.reset')}
        </Button>
      </div>
    </form>
  )
}

/** Window-envelope offsets with a test print, and the editable letter templates. */
export function LettersPanel() {
  const { t } = useI18n()
  const settings = useLetterSettings()
  const act = useAction()
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  if (!settings) return null
  return (
    <section className="panel" aria-labelledby="letters-settings-title">
      <h2 id="letters-settings-title">{t('letterSettings.title')}</h2>
      <LayoutForm settings={settings} run={act.run} />
      <div className="subform">
        <h3>{t('letterSettings.templates')}</h3>
        <TemplatePicker
          templateId={templateId}
          language={language}
          onTemplateChange={setTemplateId}
          onLanguageChange={setLanguage}
        />
        <TemplateForm
          key={`${language}/${templateId}`}
          settings={settings}
          language={language}
          templateId={templateId}
          run={act.run}
        />
      </div>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </section>
  )
}
