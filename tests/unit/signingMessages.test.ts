import { describe, expect, it } from 'vitest'
import { SIGNING_ERROR } from '../../src/main/services/pdf/identity'
import { KEYSTORE_ERROR } from '../../src/main/services/pdf/keystore'
import { en, sv } from '../../src/renderer/src/lib/i18n/catalog'

describe('signing error codes', () => {
  it.each([...Object.values(SIGNING_ERROR), ...Object.values(KEYSTORE_ERROR)])(
    '%s has a Swedish and an English message in the renderer catalog',
    (code) => {
      const key = `error.${code}` as keyof typeof sv
      expect(sv[key], 'sv').toBeTruthy()
      expect(en[key], 'en').toBeTruthy()
      expect(sv[key]).not.toBe(en[key])
    }
  )
})
