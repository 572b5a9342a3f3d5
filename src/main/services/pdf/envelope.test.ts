/**
 * A long c/o address stays inside the window of the envelope (issue 11): the letter is rendered
 * and signed as the app does it, and the words' positions come from `pdftotext -bbox`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleLetter } from '../../../../tests/fixtures/documents'
import { throwawayPdfService } from '../../../../tests/fixtures/signing'
import { pdfWordBoxes } from '../../../../tests/helpers/pdfTools'
import { recipientFit } from '../../../core/pdf/layout'
import { ADDRESS_FIELD_MM, MM } from '../../../core/pdf/layout'
import { DEFAULT_LAYOUT } from '../../../core/pdf/model'
import type { PdfService } from './pdfService'

let service: PdfService
let dispose: () => void
const dir = mkdtempSync(path.join(tmpdir(), 'dpo-envelope-'))

beforeAll(async () => {
  ;({ service, dispose } = await throwawayPdfService({
    now: () => new Date('2026-11-24T10:00:00Z')
  }))
}, 60_000)
afterAll(() => dispose())

const LONG = {
  name: 'Anna-Karin Östberg-Lindqvist Bäcklund af Sjögren',
  address: {
    co: 'Familjen Åkesson-Nilsson, Bostadsrättsföreningen Kungsholmens Strand',
    street: 'Sankt Göransgatan 142 B, lägenhet 1203, tredje våningen, port 4',
    postalCode: '112 17',
    city: 'Stockholm'
  }
}

describe('window envelope', () => {
  it('keeps a long c/o address inside the 85 × 45 mm window, clear of the information block', async () => {
    const model = { ...sampleLetter('receiptAcknowledgement'), recipient: LONG }
    const rendered = await service.renderLetter(model, true)
    const file = path.join(dir, 'long-address.pdf')
    writeFileSync(file, rendered.pdf)
    const words = pdfWordBoxes(file, 1)
    const fit = recipientFit(LONG)
    expect(fit.overflows).toBe(false)
    const expected = fit.lines.join(' ').split(/\s+/)
    const left = DEFAULT_LAYOUT.addressLeftMm * MM
    const right = (DEFAULT_LAYOUT.addressLeftMm + ADDRESS_FIELD_MM.width) * MM
    const top = (DEFAULT_LAYOUT.addressTopMm + ADDRESS_FIELD_MM.returnZone) * MM
    const bottom = (DEFAULT_LAYOUT.addressTopMm + ADDRESS_FIELD_MM.height) * MM
    const inWindow = words.filter(
      (w) => w.yMin >= top - 1 && w.yMax <= bottom + 1 && w.xMin < right
    )
    // Every word of the address is there, in order, within the window.
    expect(inWindow.map((w) => w.word)).toEqual(expected)
    for (const word of inWindow) {
      expect(word.xMin).toBeGreaterThanOrEqual(left - 0.5)
      expect(word.xMax).toBeLessThanOrEqual(right)
      expect(word.yMax).toBeLessThanOrEqual(bottom)
    }
    // Nothing of it reaches the information block ("Handläggare", the e-mail line) at 125 mm.
    const info = words.find((w) => w.word === 'Handläggare:')
    expect(info).toBeDefined()
    expect(Math.max(...inWindow.map((w) => w.xMax))).toBeLessThan(info!.xMin)
  })
})
