import type { ReactNode } from 'react'
import { useI18n } from '../lib/i18n'
import { Button } from './Button'
import { Dialog } from './Dialog'

/** Asks before something that cannot simply be taken back; Escape or Cancel leaves it undone. */
export function ConfirmDialog(props: {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  danger?: boolean
}) {
  const { t } = useI18n()
  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={props.onCancel}
      footer={
        <>
          <Button
            variant={props.danger ? 'danger' : 'primary'}
            busy={props.busy ?? false}
            onClick={props.onConfirm}
            data-testid="confirm-yes"
          >
            {props.confirmLabel}
          </Button>
          <Button onClick={props.onCancel} data-testid="confirm-no">
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      {props.children}
    </Dialog>
  )
}
