/**
 * PDF pages drawn onto canvases with pdf.js, from bytes in memory: no file, no URL, no plugin.
 * pdf.js runs in its own worker (worker-src 'self'); evaluation of strings is switched off, as
 * the app's CSP forbids it anyway (and CVE-2024-4367 came through that path).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'

let workerReady = false

function ensureWorker(): void {
  if (workerReady) return
  GlobalWorkerOptions.workerPort = new Worker(
    new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
    { type: 'module' }
  )
  workerReady = true
}

/** Most pages drawn in one preview; a longer document says how many more there are. */
export const MAX_PREVIEW_PAGES = 20

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  ensureWorker()
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return getDocument({
    data: data.slice(),
    isEvalSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    stopAtErrors: false
  }).promise
}

/** Draws page `number` (1-based) at `width` CSS pixels onto `canvas`. */
export async function drawPdfPage(
  doc: PDFDocumentProxy,
  number: number,
  canvas: HTMLCanvasElement,
  width: number
): Promise<void> {
  const page = await doc.getPage(number)
  const base = page.getViewport({ scale: 1 })
  const ratio = window.devicePixelRatio || 1
  const viewport = page.getViewport({ scale: (width / base.width) * ratio })
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`
  await page.render({ canvas, viewport }).promise
}
