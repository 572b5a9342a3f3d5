import { useId } from 'react'
import { type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form'
import { fieldMessageText } from '../lib/forms'
import { useI18n } from '../lib/i18n'
import { shownError } from './shownError'

type Props<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: FieldPath<V>
  label: string
  hint?: string
  required?: boolean
  options: readonly { value: string; label: string }[]
  autoFocus?: boolean
  /** Called after the form has the new value (e.g. to fill a dependent field). */
  onChange?: (value: string) => void
  testId?: string
  className?: string
}

/** A labelled select bound to a react-hook-form field, with its hint and message wired up. */
export function SelectField<V extends FieldValues>(props: Props<V>) {
  const { t } = useI18n()
  const id = useId()
  const error = shownError(props.form, props.name)
  const message = fieldMessageText(
    t,
    typeof error?.message === 'string' ? error.message : undefined
  )
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = message ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`${message ? 'field field-invalid' : 'field'} ${props.className ?? ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <select
        id={id}
        aria-describedby={describedBy}
        aria-invalid={message ? true : undefined}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
        {...props.form.register(props.name, {
          onChange: (event: { target: { value: string } }) => props.onChange?.(event.target.value)
        })}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
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
