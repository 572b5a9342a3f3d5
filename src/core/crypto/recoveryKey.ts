/**
 * Recovery key: 160 random bits shown once at setup, for printing and the company safe.
 * Text form: Crockford base32 (no I, L, O, U), 32 data characters + 4 checksum characters,
 * in nine groups of four: `7K2M-Q9XD-…`. Typing mistakes are caught by the checksum before
 * any decryption is tried, and I/L/O are read as 1/1/0.
 */
import { randomBytes } from './bytes'
import { CRYPTO_ERROR, CryptoError } from './errors'
import { sha256 } from './kdf'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_KEY_BYTES = 20
const DATA_CHARS = 32
const CHECK_CHARS = 4

function encodeBase32(bytes: Uint8Array, chars: number): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += ALPHABET[(buffer >> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31]
  return out.slice(0, chars)
}

function decodeBase32(text: string): Uint8Array {
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    buffer = (buffer << 5) | ALPHABET.indexOf(char)
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >> bits) & 0xff)
      buffer &= (1 << bits) - 1
    }
  }
  return Uint8Array.from(out)
}

function checksum(bytes: Uint8Array): string {
  return encodeBase32(sha256(bytes).subarray(0, 3), CHECK_CHARS)
}

export function generateRecoveryKey(): Uint8Array {
  return randomBytes(RECOVERY_KEY_BYTES)
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key has 20 bytes')
  const text = encodeBase32(bytes, DATA_CHARS) + checksum(bytes)
  return text.match(/.{4}/g)!.join('-')
}

/** Parses what the user typed; throws a format or checksum error with a clear code. */
export function parseRecoveryKey(input: string): Uint8Array {
  const normalised = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  if (normalised.length !== DATA_CHARS + CHECK_CHARS || /[^0-9A-HJKMNP-TV-Z]/.test(normalised)) {
    throw new CryptoError(
      CRYPTO_ERROR.recoveryKeyFormat,
      'A recovery key has 36 characters (digits and letters), in groups of four'
    )
  }
  const bytes = decodeBase32(normalised.slice(0, DATA_CHARS))
  if (checksum(bytes) !== normalised.slice(DATA_CHARS)) {
    throw new CryptoError(
      CRYPTO_ERROR.recoveryKeyChecksum,
      'The recovery key has a typing error (checksum mismatch)'
    )
  }
  return bytes
}
