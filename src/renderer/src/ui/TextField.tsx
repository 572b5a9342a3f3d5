import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useWatch, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form'
import { fieldMessageText } from '../lib/forms'
import { useI18n } from '../lib/i18n'
import { shownError } from './shownError'

type Props<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: FieldPath<V>
  label: string
  hint?: string
  required?: boolean
  /**
   * Refuses more as the DPO types; long texts also show a counter. Typing, pasting or dropping
   * text that would go over the limit is refused with a message (never cut off silently).
   */
  maxLength?: number
  multiline?: boolean
  rows?: number
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'search'
  inputMode?: 'text' | 'decimal' | 'numeric'
  /** For date inputs: the earliest and latest day the picker offers. */
  min?: string
  max?: string
  /** Personal data is never offered to the browser's autofill (issue 14). */
  autoComplete?: string
  autoFocus?: boolean
  placeholder?: string
  testId?: string
  className?: string
  inputClassName?: string
}

type Editable = HTMLInputElement | HTMLTextAreaElement

/** The length the value would have after inserting `incoming` over the current selection. */
function lengthAfter(node: Editable, incoming: number): number {
  const start = node.selectionStart ?? node.value.length
  const end = node.selectionEnd ?? node.value.length
  return node.value.length - (end - start) + incoming
}

/** A labelled input bound to a react-hook-form field, with its hint and message wired up. */
export function TextField<V extends FieldValues>(props: Props<V>) {
  const { t } = useI18n()
  const id = useId()
  const error = shownError(props.form, props.name)
  const [refused, setRefused] = useState<{ max: number; length: number; at: string } | null>(null)
  const value: unknown = useWatch({ control: props.form.control, name: props.name })
  // A refusal shows until the value changes.
  const isRefused = refused !== null && refused.at === value
  const message =
    fieldMessageText(t, typeof error?.message === 'string' ? error.message : undefined) ??
    (isRefused ? t('form.overLong', { max: refused.max, length: refused.length }) : null)
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = message ? `${id}-error` : undefined
  const counterId = props.multiline && props.maxLength ? `${id}-counter` : undefined
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(' ') || undefined
  const registration = props.form.register(props.name)
  const node = useRef<Editable | null>(null)
  const { ref: register } = registration
  const ref = useCallback(
    (element: Editable | null) => {
      node.current = element
      register(element)
    },
    [register]
  )
  const max = props.maxLength
  useEffect(() => {
    const element = node.current
    if (!element || !max) return
    const refuse = (event: Event, incoming: number) => {
      const length = lengthAfter(element, incoming)
      if (length <= max) return
      event.preventDefault()
      setRefused({ max, length, at: element.value })
    }
    const onPaste = (event: ClipboardEvent) =>
      refuse(event, event.clipboardData?.getData('text/plain').length ?? 0)
    const onBeforeInput = (event: InputEvent) => {
      if (!event.inputType.startsWith('insert')) return
      const lineBreak =
        event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph'
      const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? ''
      refuse(event, lineBreak ? 1 : text.length)
    }
    const target: HTMLElement = element
    target.addEventListener('paste', onPaste)
    target.addEventListener('beforeinput', onBeforeInput)
    return () => {
      target.removeEventListener('paste', onPaste)
      target.removeEventListener('beforeinput', onBeforeInput)
    }
  }, [max])
  const common = {
    id,
    maxLength: props.maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': message ? true : undefined,
    'aria-required': props.required || undefined,
    'data-testid': props.testId,
    autoFocus: props.autoFocus,
    placeholder: props.placeholder,
    className: props.inputClassName,
    ...registration,
    ref
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
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
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
