/**
 * Headings are never stranded at the foot of a page (issue 13): registerutdrag of every length
 * from a few rows to several pages are rendered with the real pdfmake engine, and on every page
 * the last line of text above the footer must not be a section heading.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildRegisterutdragDoc, registerutdragHeadings } from '../../src/core/pdf/registerutdrag'
import { renderPdf } from '../../src/main/services/pdf/renderer'
import { sampleRegisterutdrag } from '../fixtures/documents'
import { FONTS_DIR } from '../fixtures/signing'
import { pdfText } from '../helpers/pdfTools'

const dir = mkdtempSync(path.join(tmpdir(), 'dpo-headings-'))

/** The lines of each page, without the footer (organisation line and "Sida X av Y"). */
function pages(file: string): string[][] {
  return pdfText(file)
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/Sida \d+ av \d+|Page \d+ of \d+/.test(line))
    )
    .filter((lines) => lines.length > 0)
}

describe('registerutdrag headings stay with their content', { timeout: 240_000 }, () => {
  it('never ends a page with a heading, whatever the length of the data', async () => {
    const model = sampleRegisterutdrag()
    const headings = new Set([
      ...registerutdragHeadings('sv'),
      ...model.dataSections.map((section) => section.categoryName),
      'Mottagare som har fått dina uppgifter',
      'Kategorier av mottagare'
    ])
    let pageEnds = 0
    for (let rows = 1; rows <= 44; rows++) {
      const doc = buildRegisterutdragDoc(sampleRegisterutdrag({ rowsPerCategory: rows }))
      const file = path.join(dir, `rows-${rows}.pdf`)
      writeFileSync(file, await renderPdf(doc, FONTS_DIR))
      const all = pages(file)
      for (const [index, lines] of all.slice(0, -1).entries()) {
        // The last line above the footer (which holds "Sida X av Y" and is filtered out).
        const last = lines.at(-1)!
        pageEnds++
        expect(headings.has(last), `${rows} rows, page ${index + 1} ends with "${last}"`).toBe(
          false
        )
      }
    }
    expect(pageEnds).toBeGreaterThan(40)
  })
})
