import { gcm } from '@noble/ciphers/aes.js'
import { describe, expect, it } from 'vitest'
import { open, seal } from './aead'
import { randomBytes } from './bytes'
import { CryptoError } from './errors'

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16))
/** WebCrypto's types want ArrayBuffer-backed views; these are. */
const ab = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>
const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

describe('seal / open (noble gcm(), public API)', () => {
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
    // open() takes nonce || ciphertext || tag, the vault's record format.
    expect(toHex(open(hex(k), hex(iv + c + t), hex(a)))).toBe(p)
    expect(toHex(gcm(hex(k), hex(iv), hex(a)).encrypt(hex(p)))).toBe(c + t)
  })

  it('opens what WebCrypto AES-GCM sealed, and WebCrypto opens what seal() sealed', async () => {
    for (const length of [0, 1, 15, 16, 17, 300, 5000]) {
      const key = randomBytes(32)
      const aad = randomBytes(length % 23)
      const plaintext = randomBytes(length)
      const cryptoKey = await crypto.subtle.importKey('raw', ab(key), 'AES-GCM', false, [
        'encrypt',
        'decrypt'
      ])
      const nonce = randomBytes(12)
      const body = new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv: ab(nonce), additionalData: ab(aad) },
          cryptoKey,
          ab(plaintext)
        )
      )
      const fromWebCrypto = new Uint8Array([...nonce, ...body])
      expect(toHex(open(key, fromWebCrypto, aad))).toBe(toHex(plaintext))
      const sealed = seal(key, plaintext, aad)
      const opened = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: ab(sealed.subarray(0, 12)), additionalData: ab(aad) },
        cryptoKey,
        ab(sealed.subarray(12))
      )
      expect(toHex(new Uint8Array(opened))).toBe(toHex(plaintext))
    }
  })

  it('refuses a changed ciphertext, tag, AAD or nonce', () => {
    const key = randomBytes(32)
    const aad = randomBytes(10)
    const sealed = seal(key, randomBytes(100), aad)
    for (const index of [0, 11, 12, 60, 111, 127]) {
      const changed = sealed.slice()
      changed[index]! ^= 0x80
      expect(() => open(key, changed, aad)).toThrow(CryptoError)
    }
    expect(() => open(key, sealed, randomBytes(10))).toThrow(CryptoError)
    expect(() => open(randomBytes(32), sealed, aad)).toThrow(CryptoError)
  })
})
