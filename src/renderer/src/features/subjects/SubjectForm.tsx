import { useMemo, useState } from 'react'
import type { DataSubject } from '@core'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'
import { today } from '../cases/useCases'
import { draftOf, EMPTY_DRAFT, validateSubjectDraft, type SubjectDraft } from './subjectDraft'
import { SUBJECT_LIMITS, subjectFormSchema } from './subjectForm'
import { useSubjectCommands } from './useSubjects'

type Props = {
  /** The subject to change; without it the form registers a new one. */
  subject?: DataSubject
  /** Values to start a new subject with (e.g. the sender of an imported e-mail). */
  initial?: Partial<SubjectDraft>
  /** Called with the saved subject (e.g. to pick it for a new case). */
  onSaved: (subject: DataSubject) => void
  onCancel?: () => void
  /** The rectification case whose corrected values this edit applies (noted in the audit log). */
  rectificationReference?: string
}

const FIELDS: {
  key: keyof SubjectDraft
  label: MessageKey
  hint?: MessageKey
  type?: 'email' | 'tel'
  required?: boolean
  multiline?: boolean
}[] = [
  { key: 'name', label: 'subjects.form.name', required: true },
  {
    key: 'personnummer',
    label: 'subjects.form.personnummer',
    hint: 'subjects.form.personnummerHint'
  },
  { key: 'email', label: 'subjects.form.email', type: 'email' },
  { key: 'phone', label: 'subjects.form.phone', type: 'tel' },
  { key: 'co', label: 'subjects.form.co' },
  { key: 'street', label: 'subjects.form.street' },
  { key: 'postalCode', label: 'subjects.form.postalCode' },
  { key: 'city', label: 'subjects.form.city' },
  { key: 'country', label: 'subjects.form.country' },
  {
    key: 'customerRefs',
    label: 'subjects.form.customerRefs',
    hint: 'subjects.form.customerRefsHint'
  },
  { key: 'notes', label: 'subjects.form.notes', multiline: true }
]

/**
 * Registers or changes a data subject. A personnummer another subject has blocks the save; a
 * shared e-mail address warns and can be saved anyway. Field messages show before submit.
 */
export function SubjectForm({
  subject,
  initial,
  onSaved,
  onCancel,
  rectificationReference
}: Props) {
  const { t } = useI18n()
  const commands = useSubjectCommands()
  const schema = useMemo(() => subjectFormSchema(today()), [])
  const form = useZodForm(schema, subject ? draftOf(subject) : { ...EMPTY_DRAFT, ...initial })
  const act = useAction()
  const [duplicate, setDuplicate] = useState<{ message: string; blocking: boolean } | null>(null)

  const save = (draft: SubjectDraft, force: boolean) =>
    act.run(async () => {
      const result = validateSubjectDraft(draft, today())
      if (!result.ok) return
      const fields = result.fields
      const others = (list: DataSubject[]) => list.filter((other) => other.id !== subject?.id)
      if (fields.personnummer) {
        const [same] = others(await commands.findByPersonnummer(fields.personnummer))
        if (same) {
          setDuplicate({
            message: t('subjects.duplicate.personnummer', { name: same.name }),
            blocking: true
          })
          return
        }
      }
      if (fields.email && !force && fields.email !== subject?.email) {
        const [same] = others(await commands.findByEmail(fields.email))
        if (same) {
          setDuplicate({
            message: t('subjects.duplicate.email', { name: same.name }),
            blocking: false
          })
          return
        }
      }
      setDuplicate(null)
      const now = new Date().toISOString()
      if (!subject) {
        const created: DataSubject = {
          ...fields,
          id: crypto.randomUUID(),
          createdAt: now,
          updatedAt: now
        }
        await commands.create(created)
        form.reset(EMPTY_DRAFT)
        onSaved(created)
        return
      }
      const changed = await commands.update(
        subject,
        { ...fields, id: subject.id, createdAt: subject.createdAt, updatedAt: now },
        rectificationReference
      )
      if (!changed) return { tone: 'info', text: t('subjects.form.unchanged') }
      onSaved(changed)
    })

  return (
    <form
      onSubmit={form.handleSubmit((draft) => void save(draft, false))}
      noValidate
      aria-label={t(subject ? 'subjects.form.editTitle' : 'subjects.form.title')}
      onChange={() => setDuplicate(null)}
    >
      <div className="form-grid">
        {FIELDS.map((field) => (
          <TextField
            key={field.key}
            form={form}
            name={field.key}
            label={t(field.label)}
            {...(field.hint ? { hint: t(field.hint) } : {})}
            {...(field.required ? { required: true } : {})}
            {...(field.type ? { type: field.type } : {})}
            {...(field.multiline ? { multiline: true } : {})}
            maxLength={SUBJECT_LIMITS[field.key]}
            testId={`subject-${field.key}`}
          />
        ))}
      </div>
      {duplicate && (
        <Notice tone="warning">
          {duplicate.message}{' '}
          {!duplicate.blocking && (
            <Button variant="link" onClick={() => void save(form.getValues(), true)}>
              {t('subjects.duplicate.saveAnyway')}
            </Button>
          )}
        </Notice>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={act.busy} data-testid="subject-save">
          {t('subjects.form.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  )
}
