/**
 * The signing identity as main holds it while the vault is unlocked, and the coded errors of
 * everything that reads or checks one. The private key is a Node `KeyObject`: it never leaves
 * main and is used only through `crypto.sign`.
 */
import { createHash, type KeyObject, type X509Certificate } from 'node:crypto'

export const SIGNING_ERROR = {
  wrongPassword: 'SIGNING_P12_WRONG_PASSWORD',
  unreadable: 'SIGNING_P12_UNREADABLE',
  legacyEncryption: 'SIGNING_P12_LEGACY_ENCRYPTION',
  unsupportedKey: 'SIGNING_P12_UNSUPPORTED_KEY',
  noKey: 'SIGNING_P12_NO_KEY',
  noCertificate: 'SIGNING_P12_NO_CERTIFICATE',
  expired: 'SIGNING_CERTIFICATE_EXPIRED',
  notYetValid: 'SIGNING_CERTIFICATE_NOT_YET_VALID'
} as const

export type SigningIdentity = {
  /** RSA (at least 2048 bits) or EC (P-256, P-384, P-521). */
  privateKey: KeyObject
  /** The signer's certificate, DER. */
  certificate: Uint8Array
  /** Node's parsed view of `certificate`. */
  x509: X509Certificate
  /** Further certificates from the file (issuing CAs), DER, as they came. */
  chain: Uint8Array[]
}

export type KeyKind = 'rsa' | 'ec'

/** EC curves that PDF readers verify (ISO 32000-2 / PAdES with ECDSA and SHA-256). */
export const SUPPORTED_CURVES: ReadonlySet<string> = new Set([
  'prime256v1',
  'secp384r1',
  'secp521r1'
])
export const MIN_RSA_BITS = 2048

/** The key's kind, or null when this app cannot sign with it. */
export function keyKind(key: KeyObject): KeyKind | null {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    return (details.modulusLength ?? 0) >= MIN_RSA_BITS ? 'rsa' : null
  }
  if (key.asymmetricKeyType === 'ec') {
    return details.namedCurve && SUPPORTED_CURVES.has(details.namedCurve) ? 'ec' : null
  }
  return null
}

/** SHA-256 of the DER certificate as AB:CD:… (printed on letters). */
export function certificateFingerprint(certificateDer: Uint8Array): string {
  return createHash('sha256')
    .update(certificateDer)
    .digest('hex')
    .toUpperCase()
    .match(/../g)!
    .join(':')
}
