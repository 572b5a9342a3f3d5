import { useId } from 'react'
import { useWatch, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form'
import { fieldMessageText } from '../lib/forms'
import { useI18n } from '../lib/i18n'

type Props<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: FieldPath<V>
  label: string
  hint?: string
  required?: boolean
  /** Refuses more as the DPO types; long texts also show a counter. */
  maxLength?: number
  multiline?: boolean
  rows?: number
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'search'
  /** Personal data is never offered to the browser's autofill (issue 14). */
  autoComplete?: string
  autoFocus?: boolean
  testId?: string
  className?: string
}

/** A labelled input bound to a react-hook-form field, with its hint and message wired up. */
export function TextField<V extends FieldValues>(props: Props<V>) {
  const { t } = useI18n()
  const id = useId()
  const error = props.form.formState.errors[props.name]
  const message = fieldMessageText(
    t,
    typeof error?.message === 'string' ? error.message : undefined
  )
  const value = useWatch({ control: props.form.control, name: props.name })
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = message ? `${id}-error` : undefined
  const counterId = props.multiline && props.maxLength ? `${id}-counter` : undefined
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    maxLength: props.maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': message ? true : undefined,
    'aria-required': props.required || undefined,
    'data-testid': props.testId,
    autoFocus: props.autoFocus,
    ...props.form.register(props.name)
  }
  const length = typeof value === 'string' ? value.length : 0
  return (
    <div className={`${message ? 'field field-invalid' : 'field'} ${props.className ?? ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} autoComplete={props.autoComplete ?? 'off'} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.type === 'email' ? false : undefined}
        />
      )}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {counterId && (
        <p id={counterId} className="field-hint" aria-live="polite">
          {t('form.counter', { count: length, max: props.maxLength! })}
        </p>
      )}
      {message && (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}
