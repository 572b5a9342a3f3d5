/**
 * BENCHMARK REFERENCE ONLY: the record cipher the vault used until ADR 0003 was revised
 * (2026-12-01). It rebuilt AES-GCM from noble's `unsafe` helpers and the private `_polyval.js`
 * GHASH, which noble says "may change at any time", so the app no longer ships it. It is kept
 * here so `npm run bench` can print the old cipher's throughput beside the public `gcm()` and
 * WebCrypto in one run. Nothing in src/ may import it (lint rule).
 *
 * AES-256-GCM with the per-key work done once. `@noble/ciphers`' `gcm()` expands the AES key and
 * builds the GHASH multiplication table on every call, which dominates the cost for the many
 * small records of the vault (~35 µs of ~40 µs per record). This class keeps the expanded key
 * and one GHASH table per data key and is otherwise the same construction (NIST SP 800-38D,
 * 96-bit nonce, 128-bit tag), built only from noble's audited primitives. Its output is checked
 * byte for byte against noble's `gcm()` and the GCM specification's test vectors in
 * gcmKey.test.ts.
 */
import { unsafe } from '@noble/ciphers/aes.js'
import { GHASH } from '@noble/ciphers/_polyval.js'
import { CRYPTO_ERROR, CryptoError } from '../../src/core/crypto/errors'

const BLOCK = 16
const TAG = 16
const NONCE = 12

function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
}

type GhashState = GHASH & {
  s0: number
  s1: number
  s2: number
  s3: number
  finished: boolean
  destroyed: boolean
}

export class AesGcmKey {
  readonly #xk: Uint32Array
  readonly #ghash: GHASH

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key')
    this.#xk = unsafe.expandKeyLE(key)
    // H = E_K(0^128)
    const h = unsafe.ctr32(
      this.#xk,
      false,
      new Uint8Array(BLOCK),
      new Uint8Array(BLOCK),
      new Uint8Array(BLOCK)
    )
    // A large expected length selects the widest window: one bigger table, faster per block.
    this.#ghash = new GHASH(h, (1 << 16) + 1)
    h.fill(0)
  }

  #tag(
    nonce: Uint8Array,
    aad: Uint8Array,
    ciphertext: Uint8Array,
    counter: Uint8Array
  ): Uint8Array {
    // A fresh accumulator over the shared, read-only table (the GHASH state is four numbers).
    const state = Object.create(this.#ghash) as GhashState
    state.s0 = state.s1 = state.s2 = state.s3 = 0
    state.finished = false
    state.destroyed = false
    if (aad.length) state.update(aad)
    if (ciphertext.length) state.update(ciphertext)
    const lengths = new Uint8Array(BLOCK)
    const view = new DataView(lengths.buffer)
    view.setBigUint64(0, BigInt(aad.length * 8), false)
    view.setBigUint64(8, BigInt(ciphertext.length * 8), false)
    state.update(lengths)
    const tag = new Uint8Array(BLOCK)
    state.digestInto(tag)
    // J0 = nonce || 0x00000001; the tag is GHASH xor E_K(J0), and the counter moves on to inc32(J0).
    counter.set(nonce)
    counter[12] = 0
    counter[13] = 0
    counter[14] = 0
    counter[15] = 1
    const mask = unsafe.ctr32(
      this.#xk,
      false,
      counter,
      new Uint8Array(BLOCK),
      new Uint8Array(BLOCK)
    )
    for (let i = 0; i < BLOCK; i++) tag[i]! ^= mask[i]!
    return tag
  }

  /** Overwrites the expanded key and the GHASH table; the object is unusable afterwards. */
  destroy(): void {
    this.#xk.fill(0)
    this.#ghash.destroy()
  }

  /** Returns ciphertext || tag. */
  seal(nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
    if (nonce.length !== NONCE) throw new Error('AES-GCM needs a 12-byte nonce')
    const counter = new Uint8Array(BLOCK)
    counter.set(nonce)
    counter[15] = 2
    const out = new Uint8Array(plaintext.length + TAG)
    unsafe.ctr32(this.#xk, false, counter, aligned(plaintext), out.subarray(0, plaintext.length))
    out.set(
      this.#tag(nonce, aad, out.subarray(0, plaintext.length), new Uint8Array(BLOCK)),
      plaintext.length
    )
    return out
  }

  /** Checks the tag first, then decrypts; throws CRYPTO_DECRYPT_FAILED on any mismatch. */
  open(nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
    if (nonce.length !== NONCE) throw new Error('AES-GCM needs a 12-byte nonce')
    if (sealed.length < TAG)
      throw new CryptoError(CRYPTO_ERROR.decryptFailed, 'Ciphertext is too short')
    const ciphertext = aligned(sealed.subarray(0, sealed.length - TAG))
    const expected = this.#tag(nonce, aad, ciphertext, new Uint8Array(BLOCK))
    const given = sealed.subarray(sealed.length - TAG)
    let diff = 0
    for (let i = 0; i < TAG; i++) diff |= expected[i]! ^ given[i]!
    if (diff !== 0)
      throw new CryptoError(
        CRYPTO_ERROR.decryptFailed,
        'Decryption failed: wrong key or data was changed'
      )
    const counter = new Uint8Array(BLOCK)
    counter.set(nonce)
    counter[15] = 2
    return unsafe.ctr32(this.#xk, false, counter, ciphertext, new Uint8Array(ciphertext.length))
  }
}
