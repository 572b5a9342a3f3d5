/**
 * Appends a classic incremental update to a PDF, as a PDF editor saves one: the original bytes
 * stay untouched, so every byte range of an earlier signature still verifies. The update paints
 * a white box over a rectangle of page 1 and writes new text into it: what a forger does to
 * change the address of a signed letter. Written by hand (pdf-lib only reads the original), so
 * the test does not depend on the code it checks.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'

export type Overwrite = {
  /** [x, y, width, height] in PDF points from the bottom left of page 1. */
  rect: [number, number, number, number]
  /** Lines of new text (ASCII or Latin-1), written top down inside the rectangle. */
  lines: string[]
}

function pdfLiteral(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`
}

export async function appendOverwrite(pdf: Uint8Array, overwrite: Overwrite): Promise<Uint8Array> {
  const original = Buffer.from(pdf)
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(original.toString('latin1'))
  if (!startxref) throw new Error('No startxref at the end of the PDF')
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const page = doc.getPage(0)
  const contentNumber = doc.context.largestObjectNumber + 1

  // A standard font added to page 1's resources: the embedded subsets cannot draw new text.
  const resources = (page.node.Resources() ?? doc.context.obj({})).clone(doc.context)
  const fonts = (resources.lookupMaybe(PDFName.of('Font'), PDFDict) ?? doc.context.obj({})).clone(
    doc.context
  )
  fonts.set(
    PDFName.of('FUpdate'),
    doc.context.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: 'WinAnsiEncoding'
    })
  )
  resources.set(PDFName.of('Font'), fonts)
  const contents = page.node.get(PDFName.of('Contents'))
  const existing =
    contents instanceof PDFArray ? contents.asArray() : contents instanceof PDFRef ? [contents] : []
  const updatedPage = page.node.clone(doc.context)
  updatedPage.set(PDFName.of('Resources'), resources)
  updatedPage.set(PDFName.of('Contents'), doc.context.obj([...existing, PDFRef.of(contentNumber)]))

  const [x, y, width, height] = overwrite.rect
  const text = overwrite.lines
    .map(
      (line, index) => `1 0 0 1 ${x + 4} ${y + height - 14 - index * 13} Tm ${pdfLiteral(line)} Tj`
    )
    .join('\n')
  const stream = `q 1 1 1 rg ${x} ${y} ${width} ${height} re f Q\nBT /FUpdate 11 Tf 0 0 0 rg\n${text}\nET`
  const streamBytes = Buffer.from(stream, 'latin1')

  const parts: Buffer[] = [original]
  let offset = original.length
  const push = (chunk: Buffer | string): number => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    const at = offset
    parts.push(bytes)
    offset += bytes.length
    return at
  }
  push('\n')
  const pageOffset = push(`${page.ref.objectNumber} 0 obj\n${updatedPage.toString()}\nendobj\n`)
  const contentOffset = push(
    `${contentNumber} 0 obj\n<< /Length ${streamBytes.length} >>\nstream\n`
  )
  push(streamBytes)
  push('\nendstream\nendobj\n')
  const entry = (at: number) => `${String(at).padStart(10, '0')} 00000 n \n`
  const root = doc.context.trailerInfo.Root
  if (!root) throw new Error('The PDF has no /Root')
  const info = doc.context.trailerInfo.Info
  const xrefOffset = push(
    [
      'xref\n',
      '0 1\n',
      '0000000000 65535 f \n',
      `${page.ref.objectNumber} 1\n`,
      entry(pageOffset),
      `${contentNumber} 1\n`,
      entry(contentOffset),
      'trailer\n',
      `<< /Size ${contentNumber + 1} /Root ${root.toString()}${info ? ` /Info ${info.toString()}` : ''} /Prev ${startxref[1]} >>\n`
    ].join('')
  )
  push(`startxref\n${xrefOffset}\n%%EOF\n`)
  return new Uint8Array(Buffer.concat(parts))
}
