import { describe, expect, it } from 'vitest'
import {
  CRYPTO_ERROR,
  CryptoError,
  createKeyring,
  deriveSubkey,
  formatRecoveryKey,
  fromBase64,
  generateRecoveryKey,
  newArgon2Params,
  newDataKey,
  open,
  parseKeyring,
  parseRecoveryKey,
  randomBytes,
  rewrapPassphrase,
  seal,
  toBase64,
  unwrapWithPassphraseKek,
  unwrapWithRecoveryKey,
  utf8
} from './index'

function code(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof CryptoError ? error.code : `untyped: ${String(error)}`
  }
  return undefined
}

describe('AES-256-GCM seal/open', () => {
  const key = randomBytes(32)
  const aad = utf8('subjects|id-1|1')

  it('round-trips and uses a fresh nonce every time', () => {
    const a = seal(key, utf8('Märta Ödegård'), aad)
    const b = seal(key, utf8('Märta Ödegård'), aad)
    expect(toBase64(a)).not.toBe(toBase64(b))
    expect(new TextDecoder().decode(open(key, a, aad))).toBe('Märta Ödegård')
  })

  it('rejects a flipped bit, another AAD, another key and truncation', () => {
    const sealed = seal(key, utf8('secret'), aad)
    const flipped = sealed.slice()
    flipped[15]! ^= 1
    expect(code(() => open(key, flipped, aad))).toBe(CRYPTO_ERROR.decryptFailed)
    expect(code(() => open(key, sealed, utf8('subjects|id-2|1')))).toBe(CRYPTO_ERROR.decryptFailed)
    expect(code(() => open(randomBytes(32), sealed, aad))).toBe(CRYPTO_ERROR.decryptFailed)
    expect(code(() => open(key, sealed.subarray(0, 20), aad))).toBe(CRYPTO_ERROR.decryptFailed)
  })
})

describe('base64', () => {
  it('round-trips every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = randomBytes(n)
      expect(fromBase64(toBase64(bytes))).toEqual(bytes)
    }
    expect(toBase64(utf8('åäö'))).toBe('w6XDpMO2')
  })
})

describe('recovery key', () => {
  it('formats as nine groups of four and parses back', () => {
    const key = generateRecoveryKey()
    const text = formatRecoveryKey(key)
    expect(text).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
    expect(parseRecoveryKey(text)).toEqual(key)
    expect(parseRecoveryKey(text.toLowerCase().replace(/-/g, ' '))).toEqual(key)
  })

  it('reads O as 0 and I/L as 1', () => {
    const key = generateRecoveryKey()
    const text = formatRecoveryKey(key)
    const confusable = text.replace(/0/g, 'O').replace(/1/g, 'l')
    expect(parseRecoveryKey(confusable)).toEqual(key)
  })

  it('catches a typing error by its checksum and bad format by its shape', () => {
    const text = formatRecoveryKey(generateRecoveryKey())
    const typo = (text[0] === 'A' ? 'B' : 'A') + text.slice(1)
    expect(code(() => parseRecoveryKey(typo))).toBe(CRYPTO_ERROR.recoveryKeyChecksum)
    expect(code(() => parseRecoveryKey(text.slice(0, -1)))).toBe(CRYPTO_ERROR.recoveryKeyFormat)
    expect(code(() => parseRecoveryKey('hunter2'))).toBe(CRYPTO_ERROR.recoveryKeyFormat)
  })
})

describe('keyring', () => {
  const dek = newDataKey()
  const kek = randomBytes(32)
  const recovery = generateRecoveryKey()
  const keyring = createKeyring({
    dek,
    passphraseKek: kek,
    kdf: newArgon2Params(),
    recoveryKey: recovery,
    now: new Date('2026-11-24T10:00:00Z')
  })

  it('unwraps the data key with the passphrase key and with the recovery key', () => {
    expect(unwrapWithPassphraseKek(keyring, kek)).toEqual(dek)
    expect(unwrapWithRecoveryKey(keyring, formatRecoveryKey(recovery))).toEqual(dek)
  })

  it('stores no key in clear and survives a JSON round trip', () => {
    const json = JSON.stringify(keyring)
    expect(json).not.toContain(toBase64(dek))
    expect(parseKeyring(JSON.parse(json))).toEqual(keyring)
  })

  it('says which secret was wrong', () => {
    expect(code(() => unwrapWithPassphraseKek(keyring, randomBytes(32)))).toBe(
      CRYPTO_ERROR.wrongPassphrase
    )
    expect(
      code(() => unwrapWithRecoveryKey(keyring, formatRecoveryKey(generateRecoveryKey())))
    ).toBe(CRYPTO_ERROR.wrongRecoveryKey)
  })

  it('binds each wrap to its kind: the recovery wrap cannot stand in for the passphrase wrap', () => {
    const swapped = {
      ...keyring,
      wraps: { passphrase: keyring.wraps.recovery, recovery: keyring.wraps.passphrase }
    }
    expect(code(() => unwrapWithRecoveryKey(swapped, formatRecoveryKey(recovery)))).toBe(
      CRYPTO_ERROR.wrongRecoveryKey
    )
  })

  it('re-wraps only the passphrase wrap on a passphrase change', () => {
    const newKek = randomBytes(32)
    const next = rewrapPassphrase(keyring, dek, newKek, newArgon2Params())
    expect(next.wraps.recovery).toBe(keyring.wraps.recovery)
    expect(next.keyId).toBe(keyring.keyId)
    expect(unwrapWithPassphraseKek(next, newKek)).toEqual(dek)
    expect(code(() => unwrapWithPassphraseKek(next, kek))).toBe(CRYPTO_ERROR.wrongPassphrase)
  })

  it('refuses damaged, future and weakened key files', () => {
    expect(code(() => parseKeyring({ ...keyring, wraps: undefined }))).toBe(
      CRYPTO_ERROR.keyringInvalid
    )
    expect(code(() => parseKeyring('not json'))).toBe(CRYPTO_ERROR.keyringInvalid)
    expect(code(() => parseKeyring({ ...keyring, version: 2 }))).toBe(
      CRYPTO_ERROR.keyringFromFuture
    )
    expect(code(() => parseKeyring({ ...keyring, kdf: { ...keyring.kdf, memoryKiB: 1024 } }))).toBe(
      CRYPTO_ERROR.weakKdf
    )
  })
})

describe('sub-keys', () => {
  it('derives distinct, stable keys per purpose', () => {
    const dek = newDataKey()
    const a = deriveSubkey(dek, 'blind-index:personnummer')
    expect(deriveSubkey(dek, 'blind-index:personnummer')).toEqual(a)
    expect(deriveSubkey(dek, 'blind-index:email')).not.toEqual(a)
    expect(a).not.toEqual(dek)
  })
})
