/**
 * Certificates: what the app shows about one, the validity check before signing, and a
 * generated self-signed certificate for the signatory. Keys come from Node's crypto
 * (`generateKeyPair` runs in libuv's thread pool, so main's event loop keeps running), the
 * certificate structure from pkijs, and its signature from `crypto.sign`.
 */
import {
  createHash,
  generateKeyPair,
  randomBytes,
  sign,
  X509Certificate,
  type KeyObject
} from 'node:crypto'
import { promisify } from 'node:util'
import * as asn1js from 'asn1js'
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  BasicConstraints,
  Certificate,
  ExtKeyUsage,
  Extension,
  PublicKeyInfo,
  RelativeDistinguishedNames
} from 'pkijs'
import type { z } from 'zod'
import type { certificateInfoSchema } from '../../../shared/ipc/contract'
import { AppFailure } from '../../ipc/failure'
import { certificateFingerprint, SIGNING_ERROR, type SigningIdentity } from './identity'
import { parsePkcs12 } from './pkcs12'

export type CertificateInfo = z.infer<typeof certificateInfoSchema>

const OID = {
  commonName: '2.5.4.3',
  organisationName: '2.5.4.10',
  countryName: '2.5.4.6',
  emailAddress: '1.2.840.113549.1.9.1',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  /** id-kp-documentSigning (RFC 9336). */
  documentSigning: '1.3.6.1.5.5.7.3.36',
  sha256WithRsa: '1.2.840.113549.1.1.11'
} as const

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

function parseCertificate(der: Uint8Array): Certificate {
  return Certificate.fromBER(toArrayBuffer(der))
}

function attribute(name: RelativeDistinguishedNames, oid: string): string {
  const found = name.typesAndValues.find((entry) => entry.type === oid)
  const value = (found?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock
    ?.value
  return typeof value === 'string' ? value : ''
}

const validities = new WeakMap<Uint8Array, { notBefore: Date; notAfter: Date }>()

export function validityOf(certificateDer: Uint8Array): { notBefore: Date; notAfter: Date } {
  let validity = validities.get(certificateDer)
  if (!validity) {
    const certificate = parseCertificate(certificateDer)
    validity = { notBefore: certificate.notBefore.value, notAfter: certificate.notAfter.value }
    validities.set(certificateDer, validity)
  }
  return validity
}

export function describeCertificate(identity: Pick<SigningIdentity, 'certificate' | 'x509'>) {
  const certificate = parseCertificate(identity.certificate)
  const info: CertificateInfo = {
    subjectName: attribute(certificate.subject, OID.commonName),
    organisation: attribute(certificate.subject, OID.organisationName),
    issuerName: attribute(certificate.issuer, OID.commonName),
    isSelfSigned:
      identity.x509.checkIssued(identity.x509) && identity.x509.verify(identity.x509.publicKey),
    validFrom: certificate.notBefore.value.toISOString(),
    validTo: certificate.notAfter.value.toISOString(),
    fingerprint: certificateFingerprint(identity.certificate)
  }
  return info
}

/** Refuses a certificate that is expired or not yet valid at `now`. */
export function checkValidity(identity: Pick<SigningIdentity, 'certificate'>, now: Date): void {
  const { notBefore, notAfter } = validityOf(identity.certificate)
  if (now > notAfter)
    throw new AppFailure(
      SIGNING_ERROR.expired,
      `The certificate expired on ${notAfter.toISOString().slice(0, 10)}`
    )
  if (now < notBefore)
    throw new AppFailure(
      SIGNING_ERROR.notYetValid,
      `The certificate is valid only from ${notBefore.toISOString().slice(0, 10)}`
    )
}

const generateKeyPairAsync = promisify(generateKeyPair)

/**
 * A distinguished name with one attribute per RDN, most significant first (C, O, CN, E), as CAs
 * write them. (pkijs puts a freshly built name into one multi-valued RDN.)
 */
function nameOf(
  entries: [oid: string, value: asn1js.BaseStringBlock][]
): RelativeDistinguishedNames {
  const sequence = new asn1js.Sequence({
    value: entries.map(
      ([type, value]) =>
        new asn1js.Set({ value: [new AttributeTypeAndValue({ type, value }).toSchema()] })
    )
  })
  return RelativeDistinguishedNames.fromBER(sequence.toBER(false))
}

function rsaWithSha256(): AlgorithmIdentifier {
  return new AlgorithmIdentifier({
    algorithmId: OID.sha256WithRsa,
    algorithmParams: new asn1js.Null()
  })
}

/**
 * A self-signed RSA-3072 certificate for the signatory, valid three years. Names are UTF-8
 * strings in the certificate, so "Bäcklund" reads correctly in any validator. Asynchronous: the
 * key pair is made off main's event loop.
 */
export async function generateSelfSignedIdentity(input: {
  name: string
  organisation: string
  email?: string
  now: Date
}): Promise<SigningIdentity> {
  const { privateKey, publicKey } = (await generateKeyPairAsync('rsa', {
    modulusLength: 3072,
    publicExponent: 0x10001
  })) as { privateKey: KeyObject; publicKey: KeyObject }
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }))
  const publicKeyInfo = PublicKeyInfo.fromBER(toArrayBuffer(spki))

  const certificate = new Certificate()
  certificate.version = 2
  // 16 random bytes, positive and without a leading zero byte.
  const serial = randomBytes(16)
  serial[0] = (serial[0]! & 0x7f) | 0x01
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) })
  const entries: [string, asn1js.BaseStringBlock][] = [
    [OID.countryName, new asn1js.PrintableString({ value: 'SE' })],
    [OID.organisationName, new asn1js.Utf8String({ value: input.organisation })],
    [OID.commonName, new asn1js.Utf8String({ value: input.name })],
    ...(input.email
      ? ([[OID.emailAddress, new asn1js.IA5String({ value: input.email })]] as [
          string,
          asn1js.BaseStringBlock
        ][])
      : [])
  ]
  certificate.subject = nameOf(entries)
  certificate.issuer = nameOf(entries)
  certificate.notBefore.value = new Date(input.now.getTime() - 60_000)
  certificate.notAfter.value = new Date(input.now.getTime() + 3 * 365 * 24 * 3600 * 1000)
  certificate.subjectPublicKeyInfo = publicKeyInfo

  const keyUsage = new asn1js.BitString({
    // digitalSignature (bit 0) and nonRepudiation (bit 1): 0b1100_0000, 6 unused bits.
    valueHex: new Uint8Array([0xc0]).buffer,
    unusedBits: 6
  })
  const keyId = createHash('sha1')
    .update(publicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
    .digest()
  certificate.extensions = [
    new Extension({
      extnID: OID.basicConstraints,
      critical: true,
      extnValue: new BasicConstraints({ cA: false }).toSchema().toBER(false)
    }),
    new Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
    new Extension({
      extnID: OID.extKeyUsage,
      critical: false,
      extnValue: new ExtKeyUsage({
        keyPurposes: [OID.documentSigning, OID.emailProtection]
      })
        .toSchema()
        .toBER(false)
    }),
    new Extension({
      extnID: OID.subjectKeyIdentifier,
      critical: false,
      extnValue: new asn1js.OctetString({ valueHex: toArrayBuffer(keyId) }).toBER(false)
    })
  ]
  certificate.signature = rsaWithSha256()
  certificate.signatureAlgorithm = rsaWithSha256()
  const tbs = new Uint8Array(certificate.encodeTBS().toBER(false))
  certificate.tbsView = tbs
  certificate.signatureValue = new asn1js.BitString({
    valueHex: toArrayBuffer(sign('sha256', tbs, privateKey))
  })
  const der = new Uint8Array(certificate.toSchema(false).toBER(false))
  return { privateKey, certificate: der, x509: new X509Certificate(der), chain: [] }
}

/** Checks an imported PKCS#12 (password, key, validity) and describes it. */
export async function inspectIdentity(
  p12: Uint8Array,
  password: string,
  now: Date
): Promise<{ identity: SigningIdentity; info: CertificateInfo }> {
  const identity = await parsePkcs12(p12, password)
  checkValidity(identity, now)
  return { identity, info: describeCertificate(identity) }
}
