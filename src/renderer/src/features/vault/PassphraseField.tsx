import { Field } from '../../ui/Field'

type Props = {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string | null
  autoComplete: 'current-password' | 'new-password'
  autoFocus?: boolean
  testId?: string
}

export function PassphraseField({
  label,
  value,
  onChange,
  hint,
  error,
  autoComplete,
  autoFocus,
  testId
}: Props) {
  return (
    <Field label={label} hint={hint} error={error} required>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          value={value}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
