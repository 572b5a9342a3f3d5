import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../lib/i18n'
import { drawPdfPage, MAX_PREVIEW_PAGES, openPdf } from '../lib/preview/pdfPreview'
import { Notice } from './Notice'

/** The pages of a PDF drawn from its bytes in memory (pdf.js), at most MAX_PREVIEW_PAGES. */
export function PdfPages({ data, width = 640 }: { data: Uint8Array; width?: number }) {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<number | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let active = true
    let destroy: (() => void) | null = null
    void (async () => {
      try {
        const doc = await openPdf(data)
        destroy = () => void doc.destroy()
        if (!active) return destroy()
        setPages(doc.numPages)
        await new Promise((resolve) => requestAnimationFrame(resolve))
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
      destroy?.()
    }
  }, [data, width])
  if (failed) return <Notice tone="warning">{t('detail.previewFailed')}</Notice>
  if (pages === null) return <p>{t('app.loading')}</p>
  const shown = Math.min(pages, MAX_PREVIEW_PAGES)
  return (
    <div ref={container} className="preview-pages" data-testid="pdf-pages" data-pages={pages}>
      {Array.from({ length: shown }, (_, index) => (
        <canvas key={index} aria-label={t('detail.previewPage', { page: index + 1, pages })} />
      ))}
      {pages > shown && (
        <p className="muted">{t('detail.previewMorePages', { count: pages - shown })}</p>
      )}
    </div>
  )
}
