import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../../../../tests/fixtures/documents'
import { throwawayPdfService } from '../../../../tests/fixtures/signing'
import { pdfsig, pdfText, qpdfCheck } from '../../../../tests/helpers/pdfTools'
import { LETTER_TEMPLATE_IDS } from '../../../core/pdf/model'
import { registerutdragHeadings } from '../../../core/pdf/registerutdrag'
import type { SigningKeystore } from './keystore'
import type { PdfService } from './pdfService'

const now = () => new Date('2026-11-24T10:00:00Z')
let dir: string
let keystore: SigningKeystore
let service: PdfService

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

let dispose: () => void

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dpo-pdf-'))
  ;({ service, keystore, dispose } = await throwawayPdfService({ now }))
}, 60_000)

afterAll(() => dispose())

describe('signed registerutdrag', () => {
  let file: string
  let signedBytes: Uint8Array

  beforeAll(async () => {
    const result = await service.renderRegisterutdrag(sampleRegisterutdrag(), true)
    expect(result.isSigned).toBe(true)
    signedBytes = result.pdf
    file = write('registerutdrag.pdf', result.pdf)
  }, 60_000)

  it('is valid for pdfsig, covers the whole document, SHA-256, signer name exact', () => {
    const report = pdfsig(file)
    expect(report.signatures).toBe(1)
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.isTotal).toBe(true)
    expect(report.commonName).toBe('Susanne Bäcklund')
    expect(report.hashAlgorithm).toBe('SHA-256')
    expect(report.raw).toContain('Signature Type: ETSI.CAdES.detached')
  })

  it('gives "Digest Mismatch" after one flipped byte inside the signed range', () => {
    const changed = signedBytes.slice()
    // A byte of page content, well inside the first signed range.
    const index = Buffer.from(changed).indexOf('stream') + 40
    changed[index]! ^= 0x01
    const report = pdfsig(write('flipped.pdf', changed))
    expect(report.validation).toBe('Digest Mismatch.')
    expect(report.isValid).toBe(false)
  })

  it('reports appended bytes as not covering the whole document', () => {
    const appended = new Uint8Array([...signedBytes, ...Buffer.from('\n%junk\n')])
    expect(pdfsig(write('appended.pdf', appended)).isTotal).toBe(false)
  })

  it('passes qpdf --check without warnings', () => {
    const check = qpdfCheck(file)
    expect(check.output).not.toMatch(/WARNING/i)
    expect(check.ok).toBe(true)
  })

  it('has every section heading, the subject with å/ä/ö, page numbers and the fingerprint', () => {
    const text = pdfText(file)
    const flat = text.replace(/\s+/g, ' ')
    for (const heading of registerutdragHeadings('sv')) expect(flat, heading).toContain(heading)
    expect(flat).toContain('Märta Åkesson-Öberg')
    expect(flat).toContain('Ängsvägen 3 lgh 1102')
    expect(flat).toMatch(/Sida 1 av \d/)
    expect(flat).toContain(
      'Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se'
    )
    const fingerprint = keystore.identity().info.fingerprint
    expect(flat.replace(/ /g, '')).toContain(fingerprint)
  })
})

describe('letters', () => {
  it.each(LETTER_TEMPLATE_IDS)('%s renders, signs and reads back', async (id) => {
    const result = await service.renderLetter(sampleLetter(id), true)
    const file = write(`${id}.pdf`, result.pdf)
    expect(pdfsig(file).isValid).toBe(true)
    const flat = pdfText(file).replace(/\s+/g, ' ')
    expect(flat).toContain('Märta Åkesson-Öberg')
    expect(flat).toContain('DSR-2026-0042')
    expect(flat).not.toContain('[saknas')
  })

  it('prints the English template in English', async () => {
    const result = await service.renderLetter(sampleLetter('extensionNotice', 'en'), false)
    const flat = pdfText(write('en.pdf', result.pdf)).replace(/\s+/g, ' ')
    expect(flat).toContain('We need to extend this by two months')
    expect(flat).toContain('Page 1 of 1')
    expect(result.isSigned).toBe(false)
  })
})

describe('mail queue', () => {
  it('merges letters into one printable PDF with every page in order', async () => {
    const a = await service.renderLetter(sampleLetter('receiptAcknowledgement'), true)
    const b = await service.renderRegisterutdrag(sampleRegisterutdrag(), true)
    const merged = await service.mergeForPost([a.pdf, b.pdf])
    expect(merged.pageCount).toBe(a.pageCount + b.pageCount)
    const file = write('merged.pdf', merged.pdf)
    expect(qpdfCheck(file).ok).toBe(true)
    const text = pdfText(file)
    expect(text.indexOf('Vi har tagit emot din begäran')).toBeLessThan(
      text.indexOf('Registerutdrag enligt artikel 15')
    )
  })

  it('carries no signature of the originals, so no reader reports a broken one (ADR 0009)', async () => {
    const letters = await Promise.all([
      service.renderLetter(sampleLetter('receiptAcknowledgement'), true),
      service.renderLetter(sampleLetter('refusal'), true),
      service.renderRegisterutdrag(sampleRegisterutdrag(), true)
    ])
    for (const [index, letter] of letters.entries()) {
      expect(pdfsig(write(`original-${index}.pdf`, letter.pdf)).isValid).toBe(true)
    }
    const merged = await service.mergeForPost(letters.map((letter) => letter.pdf))
    expect(merged.isSigned).toBe(false)
    const file = write('print-file.pdf', merged.pdf)
    const report = pdfsig(file)
    expect(report.signatures).toBe(0)
    expect(report.raw).toContain('does not contain any signatures')
    expect(report.raw).not.toMatch(
      /Digest Mismatch|Signature is Invalid|Unknown Validation Failure/
    )
    // The visible signature block (name and fingerprint printed on the page) is still there.
    const flat = pdfText(file).replace(/\s+/g, ' ')
    expect(flat.replace(/ /g, '')).toContain(keystore.identity().info.fingerprint)
    expect(qpdfCheck(file).ok).toBe(true)
    // The originals given to the merge are untouched and still verify.
    expect(pdfsig(write('original-after.pdf', letters[0]!.pdf)).isValid).toBe(true)
  })
})
