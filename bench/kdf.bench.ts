import { describe, expect, it } from 'vitest'
import { newArgon2Params } from '../src/core/crypto/keyring'
import { argon2idKdf } from '../src/main/services/kdf'
import { median, report, timeIt } from './report'

describe('key derivation', () => {
  it('Argon2id (64 MiB, t=3) per unlock', async () => {
    const params = newArgon2Params()
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const { ms, value } = await timeIt(() =>
        argon2idKdf('korrekt häst batteri häftklammer', params)
      )
      expect(value).toHaveLength(32)
      times.push(ms)
    }
    report('kdf', [{ name: 'Argon2id derive (median of 5)', value: median(times), unit: 'ms' }])
  })
})
