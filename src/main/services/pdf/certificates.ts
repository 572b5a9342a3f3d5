import forge from 'node-forge'
import type { z } from 'zod'
import type { certificateInfoSchema } from '../../../shared/ipc/contract'
import { AppFailure } from '../../ipc/failure'
import { certificateFingerprint, parseP12, SIGNING_ERROR, type ParsedIdentity } from './signer'

export type CertificateInfo = z.infer<typeof certificateInfoSchema>

function attribute(name: forge.pki.Certificate['subject'], short: string): string {
  const found = name.getField(short) as { value?: unknown } | null
  return typeof found?.value === 'string' ? found.value : ''
}

export function describeCertificate(certificate: forge.pki.Certificate): CertificateInfo {
  return {
    subjectName: attribute(certificate.subject, 'CN'),
    organisation: attribute(certificate.subject, 'O'),
    issuerName: attribute(certificate.issuer, 'CN'),
    isSelfSigned: certificate.isIssuer(certificate),
    validFrom: certificate.validity.notBefore.toISOString(),
    validTo: certificate.validity.notAfter.toISOString(),
    fingerprint: certificateFingerprint(certificate)
  }
}

/** Refuses a certificate that is expired or not yet valid at `now`. */
export function checkValidity(identity: ParsedIdentity, now: Date): void {
  const { notBefore, notAfter } = identity.certificate.validity
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

export type GeneratedIdentity = { p12: Uint8Array; password: string }

/**
 * A self-signed RSA-3072 certificate for the signatory, valid three years. Names are UTF-8
 * strings in the certificate, so "Bäcklund" reads correctly in any validator.
 */
export function generateSelfSignedIdentity(input: {
  name: string
  organisation: string
  email?: string
  now: Date
}): GeneratedIdentity {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 })
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = keys.publicKey
  // A positive serial: leading byte below 0x80.
  certificate.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`
  certificate.validity.notBefore = new Date(input.now.getTime() - 60_000)
  certificate.validity.notAfter = new Date(input.now.getTime() + 3 * 365 * 24 * 3600 * 1000)
  const utf8 = forge.asn1.Type.UTF8 as unknown as number
  const attributes = [
    { name: 'commonName', value: input.name, valueTagClass: utf8 },
    { name: 'organizationName', value: input.organisation, valueTagClass: utf8 },
    { name: 'countryName', value: 'SE' },
    ...(input.email ? [{ name: 'emailAddress', value: input.email }] : [])
  ] as forge.pki.CertificateField[]
  certificate.setSubject(attributes)
  certificate.setIssuer(attributes)
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' }
  ])
  certificate.sign(keys.privateKey, forge.md.sha256.create())
  const password = forge.util.bytesToHex(forge.random.getBytesSync(24))
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate], password, {
    algorithm: 'aes256',
    friendlyName: input.name
  })
  return { p12: new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')), password }
}

/** Checks an imported PKCS#12 (password, RSA key, validity) and describes it. */
export function inspectIdentity(
  p12: Uint8Array,
  password: string,
  now: Date
): { identity: ParsedIdentity; info: CertificateInfo } {
  const identity = parseP12(p12, password)
  checkValidity(identity, now)
  return { identity, info: describeCertificate(identity.certificate) }
}
