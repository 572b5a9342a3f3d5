/**
 * Signing without node-forge (issue 14 item 4): PAdES baseline B-B with a DocMDP certification,
 * checked by poppler's pdfsig and OpenSSL, never by the code under test; PKCS#12 import of
 * OpenSSL-made RSA and EC files; coded errors for bad files; the version 1 keystore still opens.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../../../../tests/fixtures/documents'
import { FONTS_DIR, throwawayPdfService } from '../../../../tests/fixtures/signing'
import { appendOverwrite } from '../../../../tests/helpers/incrementalUpdate'
import {
  extractSignature,
  pdfsig,
  pdfText,
  printCms,
  qpdfCheck,
  verifyCmsWithOpenssl
} from '../../../../tests/helpers/pdfTools'
import { randomBytes } from '../../../core/crypto'
import { AppFailure } from '../../ipc/failure'
import { generateSelfSignedIdentity, inspectIdentity } from './certificates'
import { SigningKeystore } from './keystore'
import { createPdfService, type PdfService } from './pdfService'

const now = () => new Date('2026-11-24T10:00:00Z')
let dir: string
let service: PdfService
let dispose: () => void

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise
  } catch (error) {
    return error instanceof AppFailure ? error.code : `untyped: ${String(error)}`
  }
  return undefined
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dpo-signing-test-'))
  ;({ service, dispose } = await throwawayPdfService({ now }))
}, 60_000)

afterAll(() => {
  dispose()
  rmSync(dir, { recursive: true, force: true })
})

/** The signature dictionary and the catalog's /Perms of a signed PDF, read with pdf-lib. */
async function signatureStructure(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const perms = doc.catalog.lookup(PDFName.of('Perms'), PDFDict)
  const signature = perms.lookup(PDFName.of('DocMDP'), PDFDict)
  const reference = signature.lookup(PDFName.of('Reference'), PDFArray).lookup(0, PDFDict)
  const params = reference.lookup(PDFName.of('TransformParams'), PDFDict)
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict)
  return {
    subFilter: signature.lookup(PDFName.of('SubFilter'), PDFName).asString(),
    signingTime: signature.lookup(PDFName.of('M'), PDFString).decodeDate(),
    transformMethod: reference.lookup(PDFName.of('TransformMethod'), PDFName).asString(),
    permission: params.lookup(PDFName.of('P'), PDFNumber).asNumber(),
    sigFlags: acroForm.lookup(PDFName.of('SigFlags'), PDFNumber).asNumber()
  }
}

describe('PAdES B-B signature with DocMDP certification', () => {
  let signed: Uint8Array
  let file: string

  beforeAll(async () => {
    const result = await service.renderRegisterutdrag(sampleRegisterutdrag(), true)
    expect(result.isSigned).toBe(true)
    signed = result.pdf
    file = write('registerutdrag.pdf', signed)
  }, 60_000)

  it('pdfsig: ETSI.CAdES.detached, valid, total, SHA-256, the UTF-8 signer name exact', () => {
    const report = pdfsig(file)
    expect(report.signatures).toBe(1)
    expect(report.raw).toContain('Signature Type: ETSI.CAdES.detached')
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.raw).toContain('Total document signed')
    expect(report.isTotal).toBe(true)
    expect(report.hashAlgorithm).toBe('SHA-256')
    expect(report.commonName).toBe('Susanne Bäcklund')
    expect(report.raw).toMatch(
      /Signer full Distinguished Name: .*CN=Susanne Bäcklund,O=Entrack AB,C=SE/
    )
    expect(qpdfCheck(file).ok).toBe(true)
  })

  it('CMS: content-type, message-digest and signing-certificate-v2 signed, no signing-time; OpenSSL verifies it', () => {
    const signature = extractSignature(signed)
    const printed = printCms(signature.cms)
    const signedAttributes = printed.slice(
      printed.indexOf('signedAttrs:'),
      printed.indexOf('signatureAlgorithm:', printed.indexOf('signedAttrs:'))
    )
    expect(signedAttributes).toContain('object: contentType (1.2.840.113549.1.9.3)')
    expect(signedAttributes).toContain('object: messageDigest (1.2.840.113549.1.9.4)')
    expect(signedAttributes).toContain(
      'object: id-smime-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47)'
    )
    expect(printed).not.toMatch(/signingTime/i)
    expect(printed).not.toContain('1.2.840.113549.1.9.5')
    expect(verifyCmsWithOpenssl(signature)).toContain('CMS Verification successful')
    // The same check fails when one signed byte changes.
    const tampered = { ...signature, signedContent: signature.signedContent.slice() }
    tampered.signedContent[100]! ^= 0x01
    expect(verifyCmsWithOpenssl(tampered)).toContain('CMS Verification failure')
  })

  it('signature dictionary: /M holds the claimed time; certification with DocMDP P = 1 in /Perms', async () => {
    const structure = await signatureStructure(signed)
    expect(structure).toMatchObject({
      subFilter: '/ETSI.CAdES.detached',
      transformMethod: '/DocMDP',
      permission: 1,
      sigFlags: 3
    })
    expect(structure.signingTime.toISOString()).toBe('2026-11-24T10:00:00.000Z')
  })

  it('an incremental update that covers the address is reported: no longer the total document', async () => {
    // DIN 5008 window field: 20 mm from the left, 45 mm from the top, 85 × 45 mm.
    const mm = 72 / 25.4
    const rect: [number, number, number, number] = [20 * mm, 841.89 - 90 * mm, 85 * mm, 45 * mm]
    const forged = await appendOverwrite(signed, {
      rect,
      lines: ['Falsk Mottagare', 'Storgatan 99', '111 22 Stockholm']
    })
    const forgedFile = write('forged.pdf', forged)
    // The forgery works on screen: the new address is what a reader shows.
    const text = pdfText(forgedFile).replace(/\s+/g, ' ')
    expect(text).toContain('Storgatan 99')
    expect(qpdfCheck(forgedFile).ok).toBe(true)
    // pdfsig: the signature still covers only the original revision, so it is not total.
    const before = pdfsig(file)
    const after = pdfsig(forgedFile)
    expect(before.raw).toContain('Total document signed')
    expect(after.raw).toContain('Not total document signed')
    expect(after.raw).not.toContain('Total document signed\n')
    expect(after.isTotal).toBe(false)
    // The certification (DocMDP P = 1) in the signed revision forbids any change, so readers
    // that evaluate it (Acrobat, DSS) show the update as a violation.
    expect((await signatureStructure(forged)).permission).toBe(1)
  })
})

describe('signing identities', () => {
  let work: string
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: 'pipe' })

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'dpo-p12-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  /** An organisation's PKCS#12 made with OpenSSL 3's defaults (AES-256, PBKDF2, SHA-256 MAC). */
  function organisationP12(
    name: string,
    keyArgs: string[],
    subject: string,
    exportArgs: string[] = []
  ): Uint8Array {
    openssl(
      'req',
      '-x509',
      ...keyArgs,
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.crt`,
      '-days',
      '30',
      '-subj',
      subject,
      '-utf8'
    )
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      `${name}.key`,
      '-in',
      `${name}.crt`,
      '-out',
      `${name}.p12`,
      '-passout',
      'pass:hemligt',
      ...exportArgs
    )
    return readFileSync(path.join(work, `${name}.p12`))
  }

  async function signWithImported(p12: Uint8Array, password: string) {
    const store = new SigningKeystore(mkdtempSync(path.join(work, 'ks-')))
    await store.unlock(randomBytes(32))
    await store.importPkcs12(p12, password)
    const pdfs = createPdfService({ fontsDir: FONTS_DIR, keystore: store, now: () => new Date() })
    const result = await pdfs.renderLetter(sampleLetter('receiptAcknowledgement'), true)
    return { store, report: pdfsig(write(`imported-${randomBytes(4).toString()}.pdf`, result.pdf)) }
  }

  it('an organisation PKCS#12 with an RSA key signs, name exact', async () => {
    const p12 = organisationP12(
      'rsa',
      ['-newkey', 'rsa:2048'],
      '/C=SE/O=Entrack AB/CN=Kjell Åström'
    )
    const { store, report } = await signWithImported(p12, 'hemligt')
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.isTotal).toBe(true)
    expect(report.raw).toContain('Signature Type: ETSI.CAdES.detached')
    expect(report.commonName).toBe('Kjell Åström')
    expect(store.identity().info).toMatchObject({ subjectName: 'Kjell Åström', isSelfSigned: true })
  })

  it('an organisation PKCS#12 with an EC P-256 key signs, name exact', async () => {
    const p12 = organisationP12(
      'ec',
      ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
      '/C=SE/O=Entrack AB/CN=Susanne Bäcklund'
    )
    const { report } = await signWithImported(p12, 'hemligt')
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.isTotal).toBe(true)
    expect(report.raw).toContain('Signature Type: ETSI.CAdES.detached')
    expect(report.commonName).toBe('Susanne Bäcklund')
  })

  it('a UTF-8 password works as OpenSSL wrote it', async () => {
    organisationP12('utf8', ['-newkey', 'rsa:2048'], '/CN=Åsa')
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      'utf8.key',
      '-in',
      'utf8.crt',
      '-out',
      'utf8pw.p12',
      '-passout',
      'pass:lösenörd'
    )
    const p12 = readFileSync(path.join(work, 'utf8pw.p12'))
    expect((await inspectIdentity(p12, 'lösenörd', new Date())).info.subjectName).toBe('Åsa')
  })

  it('refuses bad files with their own codes', async () => {
    const rsa = readFileSync(path.join(work, 'rsa.p12'))
    expect(await failureCode(inspectIdentity(rsa, 'fel', new Date()))).toBe(
      'SIGNING_P12_WRONG_PASSWORD'
    )
    expect(await failureCode(inspectIdentity(new Uint8Array([1, 2, 3]), 'x', new Date()))).toBe(
      'SIGNING_P12_UNREADABLE'
    )
    expect(await failureCode(inspectIdentity(rsa.subarray(0, 600), 'hemligt', new Date()))).toBe(
      'SIGNING_P12_UNREADABLE'
    )
    expect(
      await failureCode(inspectIdentity(rsa, 'hemligt', new Date(Date.now() + 90 * 86_400_000)))
    ).toBe('SIGNING_CERTIFICATE_EXPIRED')
    expect(
      await failureCode(inspectIdentity(rsa, 'hemligt', new Date(Date.now() - 5 * 86_400_000)))
    ).toBe('SIGNING_CERTIFICATE_NOT_YET_VALID')
    // Legacy 3DES encryption (Windows' "TripleDES-SHA1", openssl -legacy-like).
    const legacy = organisationP12('legacy', ['-newkey', 'rsa:2048'], '/CN=Legacy', [
      '-keypbe',
      'PBE-SHA1-3DES',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1'
    ])
    expect(await failureCode(inspectIdentity(legacy, 'hemligt', new Date()))).toBe(
      'SIGNING_P12_LEGACY_ENCRYPTION'
    )
    // Keys this app cannot sign with: Ed25519, a 1024-bit RSA key.
    const ed = organisationP12('ed', ['-newkey', 'ed25519'], '/CN=Ed')
    expect(await failureCode(inspectIdentity(ed, 'hemligt', new Date()))).toBe(
      'SIGNING_P12_UNSUPPORTED_KEY'
    )
    const short = organisationP12('short', ['-newkey', 'rsa:1024'], '/CN=Short')
    expect(await failureCode(inspectIdentity(short, 'hemligt', new Date()))).toBe(
      'SIGNING_P12_UNSUPPORTED_KEY'
    )
    // A certificate without its key, and a key without its certificate.
    openssl(
      'pkcs12',
      '-export',
      '-nokeys',
      '-in',
      'rsa.crt',
      '-out',
      'nokey.p12',
      '-passout',
      'pass:hemligt'
    )
    expect(
      await failureCode(
        inspectIdentity(readFileSync(path.join(work, 'nokey.p12')), 'hemligt', new Date())
      )
    ).toBe('SIGNING_P12_NO_KEY')
    openssl(
      'pkcs12',
      '-export',
      '-nocerts',
      '-inkey',
      'rsa.key',
      '-out',
      'keyonly.p12',
      '-passout',
      'pass:hemligt'
    )
    expect(
      await failureCode(
        inspectIdentity(readFileSync(path.join(work, 'keyonly.p12')), 'hemligt', new Date())
      )
    ).toBe('SIGNING_P12_NO_CERTIFICATE')
  })

  it('generates a self-signed RSA certificate off the event loop, with the UTF-8 name in separate RDNs', async () => {
    let ticks = 0
    let isRunning = true
    const tick = (): void => {
      ticks++
      if (isRunning) setImmediate(tick)
    }
    setImmediate(tick)
    const identity = await generateSelfSignedIdentity({
      name: 'Åsa Öhrström',
      organisation: 'Entrack AB',
      email: 'dataskydd@entrack.se',
      now: now()
    })
    isRunning = false
    // A synchronous key generation (node-forge took ~0.7 s) would let no tick run meanwhile.
    expect(ticks).toBeGreaterThan(10)
    expect(identity.privateKey.asymmetricKeyDetails?.modulusLength).toBe(3072)
    expect(identity.x509.subject).toBe(
      'C=SE\nO=Entrack AB\nCN=Åsa Öhrström\nemailAddress=dataskydd@entrack.se'
    )
    const certificateFile = write('generated.der', identity.certificate)
    const text = execFileSync(
      'openssl',
      ['x509', '-inform', 'DER', '-in', certificateFile, '-noout', '-text'],
      {
        encoding: 'utf8'
      }
    )
    expect(text).toContain('Digital Signature, Non Repudiation')
    expect(text).toContain('CA:FALSE')
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption')
    expect(identity.x509.verify(identity.x509.publicKey)).toBe(true)
    expect(identity.x509.validFrom).toBe('Nov 24 09:59:00 2026 GMT')
    expect(identity.x509.validTo).toBe('Nov 23 10:00:00 2029 GMT')
  })
})

describe('keystore', () => {
  it('keeps the identity encrypted on disk and opens it only with the right key', async () => {
    const wrapKey = randomBytes(32)
    const store = new SigningKeystore(mkdtempSync(path.join(dir, 'ks-')), now)
    expect(await store.status()).toEqual({
      hasIdentity: false,
      isUnlocked: false,
      certificate: null
    })
    expect(() => store.identity()).toThrow(expect.objectContaining({ code: 'SIGNING_LOCKED' }))
    expect(await failureCode(store.importPkcs12(new Uint8Array(1), 'x'))).toBe('SIGNING_LOCKED')
    await store.unlock(wrapKey)
    expect(() => store.identity()).toThrow(expect.objectContaining({ code: 'SIGNING_NO_IDENTITY' }))
    const generated = await generateSelfSignedIdentity({
      name: 'Susanne Bäcklund',
      organisation: 'Entrack AB',
      now: now()
    })
    const status = await store.storeIdentity(generated)
    expect(status).toMatchObject({
      hasIdentity: true,
      isUnlocked: true,
      certificate: { subjectName: 'Susanne Bäcklund' }
    })
    const onDisk = readFileSync(store.file)
    const pkcs8 = generated.privateKey.export({ type: 'pkcs8', format: 'der' })
    expect(onDisk.includes(pkcs8.subarray(30, 94))).toBe(false)
    expect(onDisk.includes(Buffer.from(pkcs8.subarray(30, 94)).toString('base64'))).toBe(false)
    expect(JSON.parse(onDisk.toString('utf8'))).toMatchObject({ version: 2 })

    store.lock()
    expect(() => store.identity()).toThrow(expect.objectContaining({ code: 'SIGNING_LOCKED' }))
    expect(await failureCode(store.unlock(randomBytes(32)))).toBe('SIGNING_IDENTITY_UNREADABLE')
    await store.unlock(wrapKey)
    expect(store.identity().info.subjectName).toBe('Susanne Bäcklund')
  })

  it('opens a version 1 file (PKCS#12 made by node-forge), signs with it and rewrites it as version 2', async () => {
    const folder = mkdtempSync(path.join(dir, 'ks-v1-'))
    mkdirSync(folder, { recursive: true })
    copyFileSync(
      path.resolve(__dirname, '../../../../tests/fixtures/signing-v1/identity.json'),
      path.join(folder, 'identity.json')
    )
    const store = new SigningKeystore(folder, now)
    const status = await store.unlock(new Uint8Array(32).fill(0x11))
    expect(status).toMatchObject({
      hasIdentity: true,
      isUnlocked: true,
      certificate: { subjectName: 'Susanne Bäcklund', organisation: 'Entrack AB' }
    })
    expect(JSON.parse(readFileSync(store.file, 'utf8'))).toMatchObject({ version: 2 })
    const pdfs = createPdfService({ fontsDir: FONTS_DIR, keystore: store, now })
    const result = await pdfs.renderLetter(sampleLetter('refusal'), true)
    const report = pdfsig(write('v1-signed.pdf', result.pdf))
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.commonName).toBe('Susanne Bäcklund')
    // The rewritten file opens again with the same key.
    store.lock()
    await store.unlock(new Uint8Array(32).fill(0x11))
    expect(store.identity().info.fingerprint).toBe(status.certificate!.fingerprint)
  })

  it('refuses to sign without an unlocked identity', async () => {
    const locked = createPdfService({
      fontsDir: FONTS_DIR,
      keystore: new SigningKeystore(mkdtempSync(path.join(dir, 'ks-')), now),
      now
    })
    await expect(locked.renderLetter(sampleLetter('refusal'), true)).rejects.toMatchObject({
      code: 'SIGNING_LOCKED'
    })
    const unsigned = await locked.renderLetter(sampleLetter('refusal'), false)
    expect(unsigned.isSigned).toBe(false)
  })
})
