/**
 * AES-256-GCM, synchronous, through `@noble/ciphers`' public `gcm()` only (ADR 0003): usable
 * inside IndexedDB transactions, where an async WebCrypto call would let the transaction commit
 * early (Dexie #374). Bulk paths outside transactions use WebCrypto AES-GCM on the same format.
 * Sealed format: 12-byte random nonce || ciphertext || 16-byte tag.
 */
import { gcm } from '@noble/ciphers/aes.js'
import { concatBytes, randomBytes } from './bytes'
import { CRYPTO_ERROR, CryptoError } from './errors'

export const KEY_LENGTH = 32
export const NONCE_LENGTH = 12
export const TAG_LENGTH = 16

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_LENGTH) throw new Error(`AES-256-GCM needs a ${KEY_LENGTH}-byte key`)
}

/** Encrypts with a fresh random nonce. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  checkKey(key)
  const nonce = randomBytes(NONCE_LENGTH)
  return concatBytes(nonce, gcm(key, nonce, aad).encrypt(plaintext))
}

/** Decrypts and authenticates; any change to key, nonce, ciphertext, tag or AAD throws. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  checkKey(key)
  if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
    throw new CryptoError(CRYPTO_ERROR.decryptFailed, 'Ciphertext is too short')
  }
  const nonce = sealed.subarray(0, NONCE_LENGTH)
  const body = sealed.subarray(NONCE_LENGTH)
  try {
    return gcm(key, nonce, aad).decrypt(body)
  } catch {
    throw new CryptoError(
      CRYPTO_ERROR.decryptFailed,
      'Decryption failed: wrong key or data was changed'
    )
  }
}
