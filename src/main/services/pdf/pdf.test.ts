import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../../../../tests/fixtures/documents'
import { FONTS_DIR, throwawayPdfService } from '../../../../tests/fixtures/signing'
import { pdfsig, pdfText, qpdfCheck } from '../../../../tests/helpers/pdfTools'
import { randomBytes } from '../../../core/crypto'
import { LETTER_TEMPLATE_IDS } from '../../../core/pdf/model'
import { registerutdragHeadings } from '../../../core/pdf/registerutdrag'
import { AppFailure } from '../../ipc/failure'
import { generateSelfSignedIdentity, inspectIdentity } from './certificates'
import { SigningKeystore } from './keystore'
import { createPdfService, type PdfService } from './pdfService'

const now = () => new Date('2026-11-24T10:00:00Z')
let dir: string
let keystore: SigningKeystore
let service: PdfService

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

function failureCode(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof AppFailure ? error.code : `untyped: ${String(error)}`
  }
  return undefined
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
    expect(report.raw).toContain('Signature Type: adbe.pkcs7.detached')
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

describe('signing identities', () => {
  it('generates a self-signed RSA certificate with the UTF-8 name', () => {
    const generated = generateSelfSignedIdentity({
      name: 'Åsa Öhrström',
      organisation: 'Entrack AB',
      now: now()
    })
    const { info } = inspectIdentity(generated.p12, generated.password, now())
    expect(info).toMatchObject({
      subjectName: 'Åsa Öhrström',
      organisation: 'Entrack AB',
      isSelfSigned: true
    })
    expect(info.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  })

  it('imports an OpenSSL-made PKCS#12 and refuses a wrong password, an EC key and an expired certificate', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'dpo-p12-'))
    const openssl = (...args: string[]) =>
      execFileSync('openssl', args, { cwd: work, stdio: 'pipe' })
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'rsa.key',
      '-out',
      'rsa.crt',
      '-days',
      '30',
      '-subj',
      '/CN=Kjell Åström/O=Entrack AB/C=SE',
      '-utf8'
    )
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      'rsa.key',
      '-in',
      'rsa.crt',
      '-out',
      'rsa.p12',
      '-passout',
      'pass:hemligt'
    )
    const rsa = readFileSync(path.join(work, 'rsa.p12'))
    expect(inspectIdentity(rsa, 'hemligt', new Date()).info.subjectName).toBe('Kjell Åström')
    expect(failureCode(() => inspectIdentity(rsa, 'fel', new Date()))).toBe(
      'SIGNING_P12_WRONG_PASSWORD'
    )
    expect(
      failureCode(() => inspectIdentity(rsa, 'hemligt', new Date(Date.now() + 90 * 86_400_000)))
    ).toBe('SIGNING_CERTIFICATE_EXPIRED')

    openssl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ec.key',
      '-out',
      'ec.crt',
      '-days',
      '30',
      '-subj',
      '/CN=EC'
    )
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      'ec.key',
      '-in',
      'ec.crt',
      '-out',
      'ec.p12',
      '-passout',
      'pass:hemligt'
    )
    const code = failureCode(() =>
      inspectIdentity(readFileSync(path.join(work, 'ec.p12')), 'hemligt', new Date())
    )
    expect(['SIGNING_P12_NOT_RSA', 'SIGNING_P12_UNREADABLE']).toContain(code)
    expect(failureCode(() => inspectIdentity(new Uint8Array([1, 2, 3]), 'x', new Date()))).toBe(
      'SIGNING_P12_UNREADABLE'
    )
  })
})

describe('keystore', () => {
  it('keeps the identity encrypted on disk and opens it only with the right key', async () => {
    const wrapKey = randomBytes(32)
    const store = new SigningKeystore(mkdtempSync(path.join(tmpdir(), 'dpo-ks-')), now)
    expect(await store.status()).toEqual({
      hasIdentity: false,
      isUnlocked: false,
      certificate: null
    })
    expect(failureCode(() => store.identity())).toBe('SIGNING_LOCKED')
    await expect(store.store(new Uint8Array(1), 'x')).rejects.toMatchObject({
      code: 'SIGNING_LOCKED'
    })
    await store.unlock(wrapKey)
    expect(failureCode(() => store.identity())).toBe('SIGNING_NO_IDENTITY')
    const generated = generateSelfSignedIdentity({
      name: 'Susanne Bäcklund',
      organisation: 'Entrack AB',
      now: now()
    })
    const status = await store.store(generated.p12, generated.password)
    expect(status).toMatchObject({
      hasIdentity: true,
      isUnlocked: true,
      certificate: { subjectName: 'Susanne Bäcklund' }
    })
    const onDisk = readFileSync(store.file)
    expect(onDisk.includes(Buffer.from(generated.password))).toBe(false)
    expect(onDisk.includes(Buffer.from(generated.p12).subarray(0, 64))).toBe(false)

    store.lock()
    expect(failureCode(() => store.identity())).toBe('SIGNING_LOCKED')
    await expect(store.unlock(randomBytes(32))).rejects.toMatchObject({
      code: 'SIGNING_IDENTITY_UNREADABLE'
    })
    await store.unlock(wrapKey)
    expect(store.identity().info.subjectName).toBe('Susanne Bäcklund')
  })

  it('refuses to sign without an unlocked identity', async () => {
    const locked = createPdfService({
      fontsDir: FONTS_DIR,
      keystore: new SigningKeystore(mkdtempSync(path.join(tmpdir(), 'dpo-ks-')), now),
      now
    })
    await expect(locked.renderLetter(sampleLetter('refusal'), true)).rejects.toMatchObject({
      code: 'SIGNING_LOCKED'
    })
    const unsigned = await locked.renderLetter(sampleLetter('refusal'), false)
    expect(unsigned.isSigned).toBe(false)
  })
})
