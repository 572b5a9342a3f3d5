import { useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { PdfPages } from '../../ui/PdfPages'
import type { RenderedLetter } from './useLetters'

/**
 * The letter as it will be filed, before it is: the pages, how the address sits in the window
 * (shrunk, or too long for it), and the choice to file it or go back and change it.
 */
export function LetterPreview(props: {
  letter: RenderedLetter
  busy: boolean
  onFile: () => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const { fit } = props.letter
  return (
    <Dialog
      open
      title={t('letters.previewTitle', { name: props.letter.name })}
      onClose={props.onCancel}
      footer={
        <>
          <Button
            variant="primary"
            busy={props.busy}
            onClick={props.onFile}
            data-testid="letter-file"
          >
            {fit.overflows ? t('letters.fileAnyway') : t('letters.file')}
          </Button>
          <Button onClick={props.onCancel} data-testid="letter-cancel">
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('letters.previewHint')}</p>
      {fit.overflows ? (
        <Notice tone="warning">
          <span data-testid="envelope-overflow">
            {t('letters.envelopeOverflow', { lines: fit.lines.length })}
          </span>
        </Notice>
      ) : (
        fit.fontSize < 11 && (
          <p className="muted" data-testid="envelope-shrunk">
            {t('letters.envelopeShrunk', { size: String(fit.fontSize).replace('.', ',') })}
          </p>
        )
      )}
      <PdfPages data={props.letter.pdf} />
    </Dialog>
  )
}
