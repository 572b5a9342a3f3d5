/**
 * Reads a PKCS#12 (.p12/.pfx) file without node-forge: pkijs parses the structure, checks the
 * MAC (password integrity) and decrypts PBES2-encrypted contents; OpenSSL, through Node's
 * `crypto.createPrivateKey`, decrypts the shrouded key bag (PBES2 and the PKCS#12 PBE schemes);
 * Node's `X509Certificate` matches the key to its certificate.
 *
 * Supported: what OpenSSL 3 writes by default (AES-256-CBC, PBKDF2, SHA-256 MAC), Windows'
 * "AES256-SHA256" export, and the files DPO Desk 0.1 made (node-forge: PBES2 key, clear
 * certificates, SHA-1 MAC). Files whose certificates are encrypted with the legacy PKCS#12
 * schemes (RC2 or 3DES, e.g. `openssl pkcs12 -legacy` or Windows' "TripleDES-SHA1") are refused
 * with their own code: pkijs decrypts PBES2 only, and the fix is a re-export with AES.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import * as asn1js from 'asn1js'
import {
  CertBag,
  Certificate,
  EncryptedData,
  id_ContentType_EncryptedData,
  PFX,
  PKCS8ShroudedKeyBag,
  PrivateKeyInfo,
  type SafeContents
} from 'pkijs'
import { AppFailure } from '../../ipc/failure'
import { keyKind, SIGNING_ERROR, type SigningIdentity } from './identity'

/** The PKCS#12 PBE algorithms (RFC 7292 appendix C): RC2 and 3DES with the PKCS#12 KDF. */
const LEGACY_PBE_PREFIX = '1.2.840.113549.1.12.1.'

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

function unreadable(detail: string): AppFailure {
  return new AppFailure(
    SIGNING_ERROR.unreadable,
    `The file is not a readable PKCS#12 file (${detail})`
  )
}

function legacy(): AppFailure {
  return new AppFailure(
    SIGNING_ERROR.legacyEncryption,
    'The PKCS#12 file uses the legacy RC2/3DES encryption; export it again with AES-256'
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

type Bags = { keys: KeyObject[]; certificates: Uint8Array[] }

function collectBags(contents: SafeContents, password: string, bags: Bags, depth = 0): void {
  if (depth > 4) throw unreadable('nested too deeply')
  for (const bag of contents.safeBags) {
    const value: unknown = bag.bagValue
    if (value instanceof PKCS8ShroudedKeyBag) {
      const der = Buffer.from(value.toSchema().toBER(false))
      try {
        bags.keys.push(
          createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: password })
        )
      } catch (error) {
        // Without a MAC the key bag is the first place a wrong password shows.
        if (/bad decrypt|decrypt|passphrase/i.test(messageOf(error))) {
          throw new AppFailure(SIGNING_ERROR.wrongPassword, 'Wrong password for the PKCS#12 file')
        }
        throw unreadable('the private key cannot be read')
      }
    } else if (value instanceof PrivateKeyInfo) {
      const der = Buffer.from(value.toSchema().toBER(false))
      bags.keys.push(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
    } else if (value instanceof CertBag) {
      // X.509 certificates only; SDSI and attribute certificates are of no use for signing.
      if (value.parsedValue instanceof Certificate) {
        bags.certificates.push(new Uint8Array(value.parsedValue.toSchema().toBER(false)))
      }
    } else if (value && typeof value === 'object' && 'safeBags' in value) {
      collectBags(value as SafeContents, password, bags, depth + 1)
    }
  }
}

/**
 * Parses a PKCS#12 file and returns the identity to sign with, or throws an `AppFailure` with
 * one of the `SIGNING_P12_*` codes. Validity dates are checked by the caller.
 */
export async function parsePkcs12(p12: Uint8Array, password: string): Promise<SigningIdentity> {
  let pfx: PFX
  try {
    const asn1 = asn1js.fromBER(arrayBuffer(p12))
    if (asn1.offset === -1) throw new Error(asn1.result.error || 'not DER')
    pfx = new PFX({ schema: asn1.result })
  } catch (error) {
    throw unreadable(messageOf(error))
  }
  const passwordBytes = arrayBuffer(new TextEncoder().encode(password))
  try {
    await pfx.parseInternalValues({ password: passwordBytes, checkIntegrity: Boolean(pfx.macData) })
  } catch (error) {
    if (/integrity/i.test(messageOf(error))) {
      throw new AppFailure(SIGNING_ERROR.wrongPassword, 'Wrong password for the PKCS#12 file')
    }
    throw unreadable(messageOf(error))
  }
  const safe = pfx.parsedValue?.authenticatedSafe
  if (!safe) throw unreadable('no authenticated safe (public-key integrity mode is not supported)')
  const encrypted = safe.safeContents.map(
    (info) => info.contentType === id_ContentType_EncryptedData
  )
  // pkijs decrypts PBES2 only: name the legacy schemes instead of failing on them.
  for (const [index, isEncrypted] of encrypted.entries()) {
    if (!isEncrypted) continue
    let algorithm: string
    try {
      // Parsed from a copy: pkijs's schema comparison changes the block it reads.
      const copy = (safe.safeContents[index]!.content as asn1js.BaseBlock).toBER(false)
      const data = EncryptedData.fromBER(copy)
      algorithm = data.encryptedContentInfo.contentEncryptionAlgorithm.algorithmId
    } catch (error) {
      throw unreadable(messageOf(error))
    }
    if (algorithm.startsWith(LEGACY_PBE_PREFIX)) throw legacy()
  }
  try {
    await safe.parseInternalValues({
      safeContents: encrypted.map((isEncrypted) => (isEncrypted ? { password: passwordBytes } : {}))
    })
  } catch (error) {
    throw unreadable(messageOf(error))
  }

  const bags: Bags = { keys: [], certificates: [] }
  for (const contents of safe.parsedValue?.safeContents ?? []) {
    collectBags(contents.value, password, bags)
  }
  if (bags.keys.length === 0) {
    throw new AppFailure(SIGNING_ERROR.noKey, 'The PKCS#12 file holds no private key')
  }
  const usable = bags.keys.filter((key) => keyKind(key) !== null)
  if (usable.length === 0) {
    throw new AppFailure(
      SIGNING_ERROR.unsupportedKey,
      'The key cannot sign here: RSA of at least 2048 bits or EC P-256/P-384/P-521 is needed'
    )
  }
  for (const privateKey of usable) {
    for (const [index, der] of bags.certificates.entries()) {
      let x509: X509Certificate
      try {
        x509 = new X509Certificate(der)
      } catch {
        continue
      }
      if (!x509.checkPrivateKey(privateKey)) continue
      return {
        privateKey,
        certificate: der,
        x509,
        chain: bags.certificates.filter((_, other) => other !== index)
      }
    }
  }
  throw new AppFailure(
    SIGNING_ERROR.noCertificate,
    'No certificate in the file matches its private key'
  )
}
