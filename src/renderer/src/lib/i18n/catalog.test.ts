import { describe, expect, it } from 'vitest'
import { en, sv } from './catalog'
import { format } from './index'

describe('message catalog', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]))
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(
      format('Ärende {ref} förfaller {due}', { ref: 'DSR-2026-0001', due: '2026-04-07' })
    ).toBe('Ärende DSR-2026-0001 förfaller 2026-04-07')
    expect(format('Hej {namn}', {})).toBe('Hej {namn}')
  })
})
