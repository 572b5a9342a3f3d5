import { hkdf } from '@noble/hashes/hkdf.js'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8 } from './bytes'

/** Argon2id parameters stored in the keyring header, so they can be raised later. */
export type Argon2Params = {
  algorithm: 'argon2id'
  /** Memory in KiB. */
  memoryKiB: number
  iterations: number
  parallelism: number
  /** Base64 salt, 16 bytes. */
  salt: string
}

/** 64 MiB, 3 passes, 1 lane: above OWASP's minimum (19 MiB, t=2) for a once-per-session unlock. */
export const DEFAULT_ARGON2 = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const
/** The weakest parameters a keyring may carry (guards against a tampered header). */
export const MIN_ARGON2 = { memoryKiB: 64 * 1024, iterations: 3 } as const

/**
 * Derives the 32-byte key-encryption key from a passphrase. Argon2id needs WASM, which runs in
 * main (the renderer CSP forbids it), so callers are handed this as a function.
 */
export type PassphraseKdf = (passphrase: string, params: Argon2Params) => Promise<Uint8Array>

/** The purposes a sub-key of the data key is derived for; each gets its own HKDF info. */
export type SubkeyPurpose =
  | 'blind-index:personnummer'
  | 'blind-index:email'
  | 'blind-index:subject-id'
  | 'blind-index:case-id'
  | 'backup'
  | 'signing-key-wrap'
  | 'audit-chain'

/** HKDF-SHA256 sub-key of the data key, so a leaked sub-key never reveals the data key. */
export function deriveSubkey(
  dek: Uint8Array,
  purpose: SubkeyPurpose,
  salt?: Uint8Array
): Uint8Array {
  return hkdf(sha256, dek, salt, utf8(`dpo-desk/${purpose}/v1`), 32)
}

export function hkdfSha256(
  ikm: Uint8Array,
  salt: Uint8Array | undefined,
  info: string,
  length = 32
): Uint8Array {
  return hkdf(sha256, ikm, salt, utf8(info), length)
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(sha256, key, data)
}

/**
 * HMAC-SHA256 under one key for many messages: the keyed inner and outer states are computed
 * once and cloned per message (noble's public `hmac.create` and `clone`), which halves the work
 * for short messages such as blind-index inputs.
 */
export function keyedHmacSha256(key: Uint8Array): (data: Uint8Array) => Uint8Array {
  const keyed = hmac.create(sha256, key)
  return (data) => keyed.clone().update(data).digest()
}

export { sha256 }
