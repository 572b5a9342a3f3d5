/**
 * The CMS SignedData inside a PAdES baseline B-B signature (ETSI EN 319 142-1, CAdES detached):
 * - signed attributes: content-type, message-digest and ESS signing-certificate-v2 (RFC 5035),
 *   which binds the signer's certificate to the signature; no signing-time attribute (PAdES
 *   forbids it: the claimed time is the `/M` entry of the signature dictionary);
 * - SHA-256 throughout; the signature value from Node's `crypto.sign` (RSA PKCS#1 v1.5 or
 *   ECDSA, DER-encoded as CMS wants it);
 * - detached: the signed content (the PDF's byte ranges) is not embedded.
 * Structures are built with pkijs/asn1js; nothing here does cryptography of its own.
 */
import { createHash, sign } from 'node:crypto'
import * as asn1js from 'asn1js'
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  GeneralName,
  GeneralNames,
  IssuerAndSerialNumber,
  IssuerSerial,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo
} from 'pkijs'
import { keyKind, type SigningIdentity } from './identity'

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2'
} as const

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) {
    if (a[index] !== b[index]) return a[index]! - b[index]!
  }
  return a.length - b.length
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035). */
function signingCertificateV2(certificate: Certificate) {
  // The hash of the certificate exactly as it is embedded in the SignedData below.
  const certHash = createHash('sha256')
    .update(new Uint8Array(certificate.toSchema().toBER(false)))
    .digest()
  const issuerSerial = new IssuerSerial({
    issuer: new GeneralNames({ names: [new GeneralName({ type: 4, value: certificate.issuer })] }),
    serialNumber: certificate.serialNumber
  })
  // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted in DER), certHash, issuerSerial }
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }), issuerSerial.toSchema()]
  })
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })
}

function signatureAlgorithm(identity: SigningIdentity): AlgorithmIdentifier {
  const kind = keyKind(identity.privateKey)
  if (kind === 'rsa') {
    return new AlgorithmIdentifier({
      algorithmId: CMS_OID.sha256WithRsa,
      algorithmParams: new asn1js.Null()
    })
  }
  if (kind === 'ec') return new AlgorithmIdentifier({ algorithmId: CMS_OID.ecdsaWithSha256 })
  throw new Error('This key cannot sign')
}

type Prepared = { certificate: Certificate; chain: Certificate[]; essAttribute: Attribute }

/** What does not change between signatures of one identity, parsed once. */
const prepared = new WeakMap<SigningIdentity, Prepared>()

function prepare(identity: SigningIdentity): Prepared {
  let found = prepared.get(identity)
  if (!found) {
    const certificate = Certificate.fromBER(toArrayBuffer(identity.certificate))
    found = {
      certificate,
      chain: identity.chain.map((der) => Certificate.fromBER(toArrayBuffer(der))),
      essAttribute: new Attribute({
        type: CMS_OID.signingCertificateV2,
        values: [signingCertificateV2(certificate)]
      })
    }
    prepared.set(identity, found)
  }
  return found
}

/** A detached CAdES (PAdES B-B) signature of `content`, as DER. */
export function buildPadesCms(content: Uint8Array, identity: SigningIdentity): Uint8Array {
  const { certificate, chain, essAttribute } = prepare(identity)
  const digest = createHash('sha256').update(content).digest()
  const attributes = [
    new Attribute({
      type: CMS_OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })]
    }),
    new Attribute({
      type: CMS_OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })]
    }),
    essAttribute
  ]
    // DER orders a SET OF by the encodings of its elements.
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((a, b) => compareBytes(a.der, b.der))
    .map(({ attribute }) => attribute)

  // The signature covers the DER of the attributes as a SET OF (tag 0x31), not [0] IMPLICIT.
  const signedAttributesDer = new Uint8Array(
    new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER(false)
  )
  const signatureValue = sign('sha256', signedAttributesDer, identity.privateKey)

  const sha256 = () => new AlgorithmIdentifier({ algorithmId: CMS_OID.sha256 })
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber
    }),
    digestAlgorithm: sha256(),
    signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: signatureAlgorithm(identity),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) })
  })
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [sha256()],
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
    certificates: [certificate, ...chain],
    signerInfos: [signerInfo]
  })
  const contentInfo = new ContentInfo({
    contentType: CMS_OID.signedData,
    content: signedData.toSchema(true)
  })
  return new Uint8Array(contentInfo.toSchema().toBER(false))
}
