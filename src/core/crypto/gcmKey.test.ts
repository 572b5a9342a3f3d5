import { gcm } from '@noble/ciphers/aes.js'
import { describe, expect, it } from 'vitest'
import { randomBytes } from './bytes'
import { CryptoError } from './errors'
import { AesGcmKey } from './gcmKey'

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16))
const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

describe('AesGcmKey', () => {
  // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13–16 (AES-256).
  it.each([
    {
      name: 'TC13',
      k: '0'.repeat(64),
      iv: '0'.repeat(24),
      p: '',
      a: '',
      c: '',
      t: '530f8afbc74536b9a963b4f1c4cb738b'
    },
    {
      name: 'TC14',
      k: '0'.repeat(64),
      iv: '0'.repeat(24),
      p: '0'.repeat(32),
      a: '',
      c: 'cea7403d4d606b6e074ec5d3baf39d18',
      t: 'd0d1c8a799996bf0265b98b5d48ab919'
    },
    {
      name: 'TC16',
      k: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
      iv: 'cafebabefacedbaddecaf888',
      p: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
      a: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
      c: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
      t: '76fc6ece0f4e1768cddf8853bb2d551b'
    }
  ])('matches the GCM specification, $name', ({ k, iv, p, a, c, t }) => {
    const key = new AesGcmKey(hex(k))
    const sealed = key.seal(hex(iv), hex(p), hex(a))
    expect(toHex(sealed)).toBe(c + t)
    expect(toHex(key.open(hex(iv), sealed, hex(a)))).toBe(p)
  })

  it('produces exactly what noble gcm() produces, for many lengths and alignments', () => {
    for (let round = 0; round < 300; round++) {
      const keyBytes = randomBytes(32)
      const key = new AesGcmKey(keyBytes)
      const nonce = randomBytes(12)
      const length = round < 100 ? round : Math.floor(Math.random() * 5000)
      // Unaligned views as well as aligned buffers.
      const backing = randomBytes(length + 3)
      const plaintext = backing.subarray(
        round % 4 === 0 ? 0 : 1,
        (round % 4 === 0 ? 0 : 1) + length
      )
      const aad = randomBytes(round % 37)
      const ours = key.seal(nonce, plaintext, aad)
      const theirs = gcm(keyBytes, nonce, aad).encrypt(plaintext)
      expect(toHex(ours)).toBe(toHex(theirs))
      expect(toHex(key.open(nonce, theirs, aad))).toBe(toHex(plaintext))
      expect(toHex(gcm(keyBytes, nonce, aad).decrypt(ours))).toBe(toHex(plaintext))
    }
  })

  it('refuses a changed ciphertext, tag, AAD or nonce', () => {
    const key = new AesGcmKey(randomBytes(32))
    const nonce = randomBytes(12)
    const aad = randomBytes(10)
    const sealed = key.seal(nonce, randomBytes(100), aad)
    for (const index of [0, 50, 99, 100, 115]) {
      const changed = sealed.slice()
      changed[index]! ^= 0x80
      expect(() => key.open(nonce, changed, aad)).toThrow(CryptoError)
    }
    expect(() => key.open(nonce, sealed, randomBytes(10))).toThrow(CryptoError)
    expect(() => key.open(randomBytes(12), sealed, aad)).toThrow(CryptoError)
    expect(() => new AesGcmKey(randomBytes(32)).open(nonce, sealed, aad)).toThrow(CryptoError)
  })

  it('is reusable: one key, many messages', () => {
    const key = new AesGcmKey(randomBytes(32))
    const messages = Array.from({ length: 50 }, (_, i) => ({
      nonce: randomBytes(12),
      text: randomBytes(i * 7)
    }))
    const sealed = messages.map((m) => key.seal(m.nonce, m.text, new Uint8Array(0)))
    messages.forEach((m, i) =>
      expect(toHex(key.open(m.nonce, sealed[i]!, new Uint8Array(0)))).toBe(toHex(m.text))
    )
  })
})
