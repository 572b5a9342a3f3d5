import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useI18n } from '../lib/i18n'
import { drawPdfPage, MAX_PREVIEW_PAGES, openPdf } from '../lib/preview/pdfPreview'
import { Notice } from './Notice'

/** The pages of a PDF drawn from its bytes in memory (pdf.js), at most MAX_PREVIEW_PAGES. */
export function PdfPages({ data, width = 640 }: { data: Uint8Array; width?: number }) {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null)
  const [failed, setFailed] = useState(false)

  // Open the document; drop it when the bytes change or the preview closes.
  useEffect(() => {
    let active = true
    let opened: PDFDocumentProxy | null = null
    openPdf(data).then(
      (value) => {
        opened = value
        if (active) setDoc(value)
        else void value.destroy()
      },
      () => active && setFailed(true)
    )
    return () => {
      active = false
      setDoc(null)
      if (opened) void opened.destroy()
    }
  }, [data])

  // Draw once the canvases for the pages are in the document (this effect runs after that).
  useEffect(() => {
    if (!doc) return
    let active = true
    void (async () => {
      try {
        const canvases = container.current?.querySelectorAll('canvas') ?? []
        for (const [index, canvas] of [...canvases].entries()) {
          if (!active) return
          await drawPdfPage(doc, index + 1, canvas, width)
          canvas.dataset['drawn'] = 'true'
        }
      } catch {
        if (active) setFailed(true)
      }
    })()
    return () => {
      active = false
    }
  }, [doc, width])

  if (failed) return <Notice tone="warning">{t('detail.previewFailed')}</Notice>
  if (!doc) return <p>{t('app.loading')}</p>
  const pages = doc.numPages
  const shown = Math.min(pages, MAX_PREVIEW_PAGES)
  return (
    // Focusable, so the pages can be scrolled with the keyboard.
    <div
      ref={container}
      className="preview-pages"
      data-testid="pdf-pages"
      data-pages={pages}
      tabIndex={0}
      role="region"
      aria-label={t('detail.previewRegion')}
    >
      {Array.from({ length: shown }, (_, index) => (
        <canvas key={index} aria-label={t('detail.previewPage', { page: index + 1, pages })} />
      ))}
      {pages > shown && (
        <p className="muted">{t('detail.previewMorePages', { count: pages - shown })}</p>
      )}
    </div>
  )
}
