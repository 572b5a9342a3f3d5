/**
 * Blind indexes: HMAC-SHA256 of a normalised value under a key derived from the data key, so a
 * personnummer or e-mail address can be found by exact match without being stored in clear.
 * They reveal only equality (two subjects with the same number), and only to someone without
 * the key; the key exists only while the vault is unlocked. The full 128-bit prefix is kept:
 * truncating to invite false positives would protect nothing here, since whoever has the index
 * key also has the data key.
 */
import { keyedHmacSha256, toHex, utf8 } from '@core/crypto'

export function normalisePersonnummer(value: string | undefined | null): string | null {
  if (!value) return null
  const digits = value.replace(/\D/g, '')
  return digits.length === 12 ? digits : null
}

export function normaliseEmail(value: string | undefined | null): string | null {
  const trimmed = value?.trim().toLowerCase()
  return trimmed ? trimmed.normalize('NFC') : null
}

/** One keyed HMAC per index key, for the life of the key (keys are wiped, never reused). */
const keyed = new WeakMap<Uint8Array, (data: Uint8Array) => Uint8Array>()

export function blindIndex(key: Uint8Array, normalised: string): string {
  let mac = keyed.get(key)
  if (!mac) keyed.set(key, (mac = keyedHmacSha256(key)))
  return toHex(mac(utf8(normalised)).subarray(0, 16))
}

/** The blind index of a case id, as stored on its events and attachments. */
export function caseIndex(keys: { caseIndexKey: Uint8Array }, caseId: string): string {
  return blindIndex(keys.caseIndexKey, caseId)
}

/** The blind index of a subject id, as stored on the subject's cases. */
export function subjectIndex(keys: { subjectIndexKey: Uint8Array }, subjectId: string): string {
  return blindIndex(keys.subjectIndexKey, subjectId)
}

/** The same index keys as non-extractable WebCrypto HMAC keys, for bulk paths. */
const webCryptoKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>()

/**
 * The same value as `blindIndex`, computed with WebCrypto (several times faster for many values
 * on the bulk paths; never inside an IndexedDB transaction).
 */
export async function blindIndexAsync(key: Uint8Array, normalised: string): Promise<string> {
  let cryptoKey = webCryptoKeys.get(key)
  if (!cryptoKey) {
    cryptoKey = crypto.subtle.importKey(
      'raw',
      key.slice() as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign']
    )
    webCryptoKeys.set(key, cryptoKey)
  }
  const mac = await crypto.subtle.sign(
    'HMAC',
    await cryptoKey,
    utf8(normalised) as Uint8Array<ArrayBuffer>
  )
  return toHex(new Uint8Array(mac, 0, 16))
}
