import { useId, useState } from 'react'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * Asks for the reason of a step that stays on record (voiding a letter, removing an attachment);
 * the step is taken only with a reason.
 */
export function ReasonDialog(props: {
  open: boolean
  title: string
  intro: string
  label: string
  confirmLabel: string
  requiredMessage: string
  maxLength?: number
  busy?: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
}) {
  const id = useId()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const close = () => (setReason(''), setMissing(false), props.onCancel())
  return (
    <ConfirmDialog
      open={props.open}
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={props.busy ?? false}
      danger
      onCancel={close}
      onConfirm={() => {
        if (!reason.trim()) return setMissing(true)
        props.onConfirm(reason.trim())
        setReason('')
        setMissing(false)
      }}
    >
      <p>{props.intro}</p>
      <div className={missing ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{props.label}</label>
        <textarea
          id={id}
          rows={3}
          value={reason}
          maxLength={props.maxLength ?? 2000}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(event) => (setReason(event.target.value), setMissing(false))}
          data-testid="reason-text"
        />
        {missing && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {props.requiredMessage}
          </p>
        )}
      </div>
    </ConfirmDialog>
  )
}
