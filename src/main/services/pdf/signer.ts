/**
 * PDF signing (adbe.pkcs7.detached, SHA-256): pdf-lib adds the signature placeholder to the
 * finished PDF (classic xref, no object streams), @signpdf computes the byte range and embeds
 * the CMS made by our signer (security.md §3.2).
 *
 * Why our own Signer and not @signpdf/signer-p12: node-forge keeps UTF-8 name attributes of a
 * parsed certificate as raw bytes and encodes them again when it writes the CMS, so a signer
 * named "Susanne Bäcklund" got a mangled issuer in the signature and validators could not match
 * the certificate ("Unknown Validation Failure" in pdfsig). We decode those attributes after
 * parsing. Like P12Signer, a signer object is made for one signature only.
 */
import forge from 'node-forge'
import { PDFDocument } from 'pdf-lib'
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import signpdf from '@signpdf/signpdf'
import { Signer } from '@signpdf/utils'
import { AppFailure } from '../../ipc/failure'

export const SIGNING_ERROR = {
  wrongPassword: 'SIGNING_P12_WRONG_PASSWORD',
  unreadable: 'SIGNING_P12_UNREADABLE',
  notRsa: 'SIGNING_P12_NOT_RSA',
  noCertificate: 'SIGNING_P12_NO_CERTIFICATE',
  expired: 'SIGNING_CERTIFICATE_EXPIRED',
  notYetValid: 'SIGNING_CERTIFICATE_NOT_YET_VALID'
} as const

export type ParsedIdentity = {
  privateKey: forge.pki.rsa.PrivateKey
  certificate: forge.pki.Certificate
  chain: forge.pki.Certificate[]
}

function decodeUtf8Attributes(certificate: forge.pki.Certificate): void {
  for (const name of [certificate.subject, certificate.issuer]) {
    for (const attribute of name.attributes) {
      if (
        attribute.valueTagClass === (forge.asn1.Type.UTF8 as unknown) &&
        typeof attribute.value === 'string'
      ) {
        try {
          attribute.value = forge.util.decodeUtf8(attribute.value)
        } catch {
          // Not valid UTF-8 bytes: leave the value as it was parsed.
        }
      }
    }
  }
}

/** Parses a PKCS#12 file; clear errors for a wrong password, a non-RSA key or no matching certificate. */
export function parseP12(p12: Uint8Array, password: string): ParsedIdentity {
  let parsed: forge.pkcs12.Pkcs12Pfx
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')))
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, password)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/MAC could not be verified|Invalid password/i.test(message)) {
      throw new AppFailure(SIGNING_ERROR.wrongPassword, 'Wrong password for the PKCS#12 file')
    }
    throw new AppFailure(
      SIGNING_ERROR.unreadable,
      `The file is not a readable PKCS#12 file (${message})`
    )
  }
  const oids = forge.pki.oids as Record<string, string>
  const bagsOf = (type: string): forge.pkcs12.Bag[] => parsed.getBags({ bagType: type })[type] ?? []
  const certificates = bagsOf(oids['certBag']!)
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert))
  const keyBags = [...bagsOf(oids['pkcs8ShroudedKeyBag']!), ...bagsOf(oids['keyBag']!)]
  const privateKey = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined
  if (!privateKey || !('n' in privateKey) || !privateKey.n) {
    throw new AppFailure(
      SIGNING_ERROR.notRsa,
      'The PKCS#12 file has no RSA private key (only RSA keys can sign here)'
    )
  }
  certificates.forEach(decodeUtf8Attributes)
  const certificate = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey
    return publicKey.n?.compareTo(privateKey.n) === 0 && publicKey.e?.compareTo(privateKey.e) === 0
  })
  if (!certificate)
    throw new AppFailure(
      SIGNING_ERROR.noCertificate,
      'No certificate in the file matches its private key'
    )
  return { privateKey, certificate, chain: certificates.filter((cert) => cert !== certificate) }
}

const OIDS = forge.pki.oids as Record<string, string>

class IdentitySigner extends Signer {
  #used = false
  constructor(private readonly identity: ParsedIdentity) {
    super()
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    if (this.#used) throw new Error('A signer signs one document only')
    this.#used = true
    const p7 = forge.pkcs7.createSignedData()
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'))
    p7.addCertificate(this.identity.certificate)
    for (const cert of this.identity.chain) p7.addCertificate(cert)
    p7.addSigner({
      key: this.identity.privateKey,
      certificate: this.identity.certificate,
      digestAlgorithm: OIDS['sha256']!,
      authenticatedAttributes: [
        { type: OIDS['contentType']!, value: OIDS['data']! },
        { type: OIDS['signingTime']!, value: (signingTime ?? new Date()) as unknown as string },
        { type: OIDS['messageDigest']! }
      ]
    })
    p7.sign({ detached: true })
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary')
  }
}

export type SignatureInfo = { name: string; reason: string; location: string; contactInfo: string }

/** Signs a finished PDF. The result still opens anywhere; `pdfsig` verifies it. */
export async function signPdf(
  pdf: Uint8Array,
  identity: ParsedIdentity,
  info: SignatureInfo,
  signingTime = new Date()
): Promise<Buffer> {
  const document = await PDFDocument.load(pdf)
  pdflibAddPlaceholder({ pdfDoc: document, ...info, signingTime, signatureLength: 16_384 })
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }))
  return signpdf.sign(prepared, new IdentitySigner(identity), signingTime)
}

/** SHA-256 of the DER certificate as AB:CD:… (printed on letters). */
export function certificateFingerprint(certificate: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes()
  const md = forge.md.sha256.create()
  md.update(der)
  return md.digest().toHex().toUpperCase().match(/../g)!.join(':')
}
