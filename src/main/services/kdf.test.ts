import { describe, expect, it } from 'vitest'
import { newArgon2Params } from '../../core/crypto/keyring'
import { argon2idKdf, KDF_ERROR } from './kdf'

describe('argon2idKdf', () => {
  const params = newArgon2Params()

  it('uses at least 64 MiB and 3 passes by default', () => {
    expect(params.memoryKiB).toBeGreaterThanOrEqual(65536)
    expect(params.iterations).toBeGreaterThanOrEqual(3)
  })

  it('is deterministic for the same passphrase and salt, and differs otherwise', async () => {
    const a = await argon2idKdf('korrekt häst batteri', params)
    expect(a).toHaveLength(32)
    expect(await argon2idKdf('korrekt häst batteri', params)).toEqual(a)
    expect(await argon2idKdf('korrekt hast batteri', params)).not.toEqual(a)
    expect(await argon2idKdf('korrekt häst batteri', newArgon2Params())).not.toEqual(a)
  })

  it('treats composed and decomposed å alike (NFC)', async () => {
    const composed = 'sjö å'.normalize('NFC')
    const decomposed = 'sjö å'.normalize('NFD')
    expect(composed).not.toBe(decomposed)
    expect(await argon2idKdf(decomposed, params)).toEqual(await argon2idKdf(composed, params))
  })

  it('agrees with an independent Argon2id implementation (@noble/hashes)', async () => {
    const { argon2id } = await import('@noble/hashes/argon2.js')
    const fixed = {
      ...params,
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 1,
      salt: 'AAECAwQFBgcICQoLDA0ODw=='
    }
    const ours = await argon2idKdf('lösenord', fixed)
    const reference = argon2id(
      new TextEncoder().encode('lösenord'),
      Uint8Array.from({ length: 16 }, (_, i) => i),
      {
        t: 3,
        m: 65536,
        p: 1,
        dkLen: 32
      }
    )
    expect(ours).toEqual(reference)
  })
})

describe('argon2idKdf limits', () => {
  const params = newArgon2Params()

  it.each([
    ['more memory', { memoryKiB: 1048576 }],
    ['less memory', { memoryKiB: 32768 }],
    ['more passes', { iterations: 20 }],
    ['fewer passes', { iterations: 2 }],
    ['more lanes', { parallelism: 4 }],
    ['a malformed salt', { salt: 'not base64' }]
  ])('refuses %s than the keyring header this app writes allows', async (_name, change) => {
    await expect(
      argon2idKdf('korrekt häst batteri', { ...params, ...change })
    ).rejects.toMatchObject({ code: KDF_ERROR.refused })
  })

  it('runs one derivation at a time and refuses a second one meanwhile', async () => {
    const first = argon2idKdf('korrekt häst batteri', params)
    await expect(argon2idKdf('korrekt häst batteri', params)).rejects.toMatchObject({
      code: KDF_ERROR.busy
    })
    expect(await first).toHaveLength(32)
    // Once it has finished, the next one runs.
    expect(await argon2idKdf('korrekt häst batteri', params)).toEqual(await first)
  })
})
