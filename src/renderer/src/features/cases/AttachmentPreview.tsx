import { useEffect, useRef, useState } from 'react'
import { formatDateTime, useI18n } from '../../lib/i18n'
import { drawTiff, previewKind } from '../../lib/preview/imagePreview'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { PdfPages } from '../../ui/PdfPages'
import type { Attachment, AttachmentMeta } from './useAttachments'
import { fileSize } from './fileSize'

type Shown =
  | { kind: 'loading' }
  | { kind: 'image'; url: string }
  | { kind: 'pdf'; data: Uint8Array }
  | { kind: 'tiff'; data: Uint8Array }
  | { kind: 'none' }
  | { kind: 'error' }

/**
 * Shows an attachment inside the app from its decrypted bytes in memory: images and scanned
 * letters (JPEG, PNG, TIFF, …) and PDFs. Other types can be saved and opened elsewhere.
 */
export function AttachmentPreview(props: {
  meta: AttachmentMeta
  load: (id: string) => Promise<Attachment | undefined>
  onSave: () => void
  onClose: () => void
}) {
  const { t } = useI18n()
  const [shown, setShown] = useState<Shown>({ kind: 'loading' })
  const tiffRef = useRef<HTMLCanvasElement>(null)
  const bytes = useRef<Uint8Array | null>(null)
  const { id } = props.meta
  const load = props.load

  useEffect(() => {
    let active = true
    let url: string | null = null
    void (async () => {
      try {
        const attachment = await load(id)
        if (!active) return
        if (!attachment) return setShown({ kind: 'error' })
        bytes.current = attachment.data
        const kind = previewKind(attachment.mime, attachment.data.subarray(0, 16))
        if (kind === 'image') {
          url = URL.createObjectURL(
            new Blob([attachment.data as Uint8Array<ArrayBuffer>], { type: attachment.mime })
          )
          setShown({ kind: 'image', url })
        } else if (kind === 'pdf') {
          setShown({ kind: 'pdf', data: attachment.data })
        } else if (kind === 'tiff') {
          setShown({ kind: 'tiff', data: attachment.data })
        } else setShown({ kind: 'none' })
      } catch {
        if (active) setShown({ kind: 'error' })
      }
    })()
    return () => {
      active = false
      if (url) URL.revokeObjectURL(url)
      bytes.current = null
    }
  }, [id, load])

  // The TIFF is drawn once its canvas is in the document (after the render that added it).
  useEffect(() => {
    if (shown.kind !== 'tiff' || !tiffRef.current) return
    try {
      drawTiff(shown.data, tiffRef.current)
    } catch {
      setShown({ kind: 'error' })
    }
  }, [shown])

  return (
    <Dialog
      open
      title={props.meta.name}
      onClose={props.onClose}
      footer={
        <>
          <Button onClick={props.onSave} data-testid="preview-save">
            {t('detail.attachmentSave')}
          </Button>
          <Button onClick={props.onClose} data-testid="preview-close">
            {t('common.close')}
          </Button>
        </>
      }
    >
      <p className="muted" data-testid="preview-meta">
        {t('detail.attachmentMeta', {
          type: props.meta.mime,
          size: fileSize(props.meta.size),
          date: formatDateTime(props.meta.addedAt)
        })}
      </p>
      <div
        className="preview"
        data-testid="attachment-preview"
        data-kind={shown.kind}
        tabIndex={0}
        role="region"
        aria-label={t('detail.previewRegion')}
      >
        {shown.kind === 'loading' && <p>{t('app.loading')}</p>}
        {shown.kind === 'image' && <img src={shown.url} alt={props.meta.name} />}
        {shown.kind === 'tiff' && <canvas ref={tiffRef} aria-label={props.meta.name} />}
        {shown.kind === 'pdf' && <PdfPages data={shown.data} />}
        {shown.kind === 'none' && <Notice tone="info">{t('detail.previewNone')}</Notice>}
        {shown.kind === 'error' && <Notice tone="warning">{t('detail.previewFailed')}</Notice>}
      </div>
    </Dialog>
  )
}
