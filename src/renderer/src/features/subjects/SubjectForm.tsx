import { useState, type FormEvent } from 'react'
import { swedishDateOf, type DataSubject } from '../../../../core'
import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useSubjectCommands } from './useSubjects'
import {
  EMPTY_DRAFT,
  validateSubjectDraft,
  type DraftErrors,
  type SubjectDraft
} from './subjectDraft'

type Props = {
  /** Called with the saved subject (e.g. to pick it for a new case). */
  onSaved: (subject: DataSubject) => void
  onCancel?: () => void
}

const FIELDS: {
  key: keyof SubjectDraft
  label: Parameters<ReturnType<typeof useI18n>['t']>[0]
  hint?: Parameters<ReturnType<typeof useI18n>['t']>[0]
  type?: string
  autoComplete?: string
  required?: boolean
  multiline?: boolean
}[] = [
  { key: 'name', label: 'subjects.form.name', required: true, autoComplete: 'off' },
  {
    key: 'personnummer',
    label: 'subjects.form.personnummer',
    hint: 'subjects.form.personnummerHint',
    autoComplete: 'off'
  },
  { key: 'email', label: 'subjects.form.email', type: 'email', autoComplete: 'off' },
  { key: 'phone', label: 'subjects.form.phone', type: 'tel', autoComplete: 'off' },
  { key: 'co', label: 'subjects.form.co', autoComplete: 'off' },
  { key: 'street', label: 'subjects.form.street', autoComplete: 'off' },
  { key: 'postalCode', label: 'subjects.form.postalCode', autoComplete: 'off' },
  { key: 'city', label: 'subjects.form.city', autoComplete: 'off' },
  { key: 'country', label: 'subjects.form.country', autoComplete: 'off' },
  {
    key: 'customerRefs',
    label: 'subjects.form.customerRefs',
    hint: 'subjects.form.customerRefsHint',
    autoComplete: 'off'
  },
  { key: 'notes', label: 'subjects.form.notes', multiline: true }
]

/** Registers a data subject, warning about duplicates by personnummer (blocking) and e-mail. */
export function SubjectForm({ onSaved, onCancel }: Props) {
  const { t } = useI18n()
  const { findByPersonnummer, findByEmail, create } = useSubjectCommands()
  const [draft, setDraft] = useState<SubjectDraft>(EMPTY_DRAFT)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [duplicate, setDuplicate] = useState<{ message: string; blocking: boolean } | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent, force = false) => {
    event.preventDefault()
    const now = new Date()
    const result = validateSubjectDraft(draft, swedishDateOf(now))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    setBusy(true)
    setSaveError(null)
    try {
      const fields = result.fields
      if (fields.personnummer) {
        const same = await findByPersonnummer(fields.personnummer)
        if (same[0]) {
          setDuplicate({
            message: t('subjects.duplicate.personnummer', { name: same[0].name }),
            blocking: true
          })
          return
        }
      }
      if (fields.email && !force) {
        const same = await findByEmail(fields.email)
        if (same[0]) {
          setDuplicate({
            message: t('subjects.duplicate.email', { name: same[0].name }),
            blocking: false
          })
          return
        }
      }
      const subject: DataSubject = {
        ...fields,
        id: crypto.randomUUID(),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString()
      }
      await create(subject)
      setDraft(EMPTY_DRAFT)
      setDuplicate(null)
      onSaved(subject)
    } catch (caught) {
      setSaveError(errorText(t, caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="subject-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('subjects.form.title')}
    >
      <div className="form-grid">
        {FIELDS.map((field) => (
          <Field
            key={field.key}
            label={t(field.label)}
            {...(field.hint ? { hint: t(field.hint) } : {})}
            error={errors[field.key] ? t(errors[field.key]!) : null}
            {...(field.required ? { required: true } : {})}
          >
            {({ id, describedBy, invalid }) =>
              field.multiline ? (
                <textarea
                  id={id}
                  rows={3}
                  value={draft[field.key]}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                />
              ) : (
                <input
                  id={id}
                  type={field.type ?? 'text'}
                  value={draft[field.key]}
                  autoComplete={field.autoComplete}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  aria-required={field.required || undefined}
                  data-testid={`subject-${field.key}`}
                  onChange={(event) => {
                    setDraft({ ...draft, [field.key]: event.target.value })
                    setDuplicate(null)
                  }}
                />
              )
            }
          </Field>
        ))}
      </div>
      {duplicate && (
        <Notice tone="warning">
          {duplicate.message}{' '}
          {!duplicate.blocking && (
            <Button
              variant="link"
              onClick={(event) => void submit(event as unknown as FormEvent, true)}
            >
              {t('subjects.duplicate.saveAnyway')}
            </Button>
          )}
        </Notice>
      )}
      {saveError && <Notice tone="error">{saveError}</Notice>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('subjects.form.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  )
}
