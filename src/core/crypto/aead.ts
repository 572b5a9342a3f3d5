/**
 * AES-256-GCM, synchronous (@noble/ciphers): usable inside IndexedDB transactions, where an
 * async WebCrypto call would let the transaction commit early (Dexie #374).
 * Sealed format: 12-byte random nonce || ciphertext || 16-byte tag.
 */
import { gcm } from '@noble/ciphers/aes.js'
import { concatBytes, randomBytes } from './bytes'
import { CRYPTO_ERROR, CryptoError } from './errors'
import { AesGcmKey } from './gcmKey'

export const KEY_LENGTH = 32
export const NONCE_LENGTH = 12
export const TAG_LENGTH = 16

function checkKey(key: Uint8Array | AesGcmKey): void {
  if (key instanceof AesGcmKey) return
  if (key.length !== KEY_LENGTH) throw new Error(`AES-256-GCM needs a ${KEY_LENGTH}-byte key`)
}

/**
 * Encrypts with a fresh random nonce. Pass an `AesGcmKey` for a key used many times (the vault's
 * data key); raw key bytes are fine for one-off use.
 */
export function seal(
  key: Uint8Array | AesGcmKey,
  plaintext: Uint8Array,
  aad: Uint8Array
): Uint8Array {
  checkKey(key)
  const nonce = randomBytes(NONCE_LENGTH)
  const body =
    key instanceof AesGcmKey
      ? key.seal(nonce, plaintext, aad)
      : gcm(key, nonce, aad).encrypt(plaintext)
  return concatBytes(nonce, body)
}

/** Decrypts and authenticates; any change to key, nonce, ciphertext, tag or AAD throws. */
export function open(key: Uint8Array | AesGcmKey, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  checkKey(key)
  if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
    throw new CryptoError(CRYPTO_ERROR.decryptFailed, 'Ciphertext is too short')
  }
  const nonce = sealed.subarray(0, NONCE_LENGTH)
  const body = sealed.subarray(NONCE_LENGTH)
  try {
    return key instanceof AesGcmKey
      ? key.open(nonce, body, aad)
      : gcm(key, nonce, aad).decrypt(body)
  } catch {
    throw new CryptoError(
      CRYPTO_ERROR.decryptFailed,
      'Decryption failed: wrong key or data was changed'
    )
  }
}
