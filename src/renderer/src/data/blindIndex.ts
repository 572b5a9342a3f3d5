/**
 * Blind indexes: HMAC-SHA256 of a normalised value under a key derived from the data key, so a
 * personnummer or e-mail address can be found by exact match without being stored in clear.
 * They reveal only equality (two subjects with the same number), and only to someone without
 * the key; the key exists only while the vault is unlocked. The full 128-bit prefix is kept:
 * truncating to invite false positives would protect nothing here, since whoever has the index
 * key also has the data key.
 */
import { hmacSha256, toHex, utf8 } from '../../../core/crypto'

export function normalisePersonnummer(value: string | undefined | null): string | null {
  if (!value) return null
  const digits = value.replace(/\D/g, '')
  return digits.length === 12 ? digits : null
}

export function normaliseEmail(value: string | undefined | null): string | null {
  const trimmed = value?.trim().toLowerCase()
  return trimmed ? trimmed.normalize('NFC') : null
}

export function blindIndex(key: Uint8Array, normalised: string): string {
  return toHex(hmacSha256(key, utf8(normalised)).subarray(0, 16))
}

/** The blind index of a case id, as stored on its events and attachments. */
export function caseIndex(keys: { caseIndexKey: Uint8Array }, caseId: string): string {
  return blindIndex(keys.caseIndexKey, caseId)
}

/** The blind index of a subject id, as stored on the subject's cases. */
export function subjectIndex(keys: { subjectIndexKey: Uint8Array }, subjectId: string): string {
  return blindIndex(keys.subjectIndexKey, subjectId)
}
