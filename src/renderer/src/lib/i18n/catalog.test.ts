import { describe, expect, it } from 'vitest'
import { en, sv } from './catalog'
import { format } from './index'
import { formatMessage, messageArguments } from './format'

describe('message catalog', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('')
  })

  it('parses every message and uses the same arguments in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(messageArguments(en[key]), key).toEqual(messageArguments(sv[key]))
    }
  })

  it('writes Swedish with no capital after a semicolon', () => {
    for (const [key, text] of Object.entries(sv)) expect(text, key).not.toMatch(/; [A-ZÅÄÖ]/)
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(
      format('Ärende {ref} förfaller {due}', { ref: 'DSR-2026-0001', due: '2026-04-07' })
    ).toBe('Ärende DSR-2026-0001 förfaller 2026-04-07')
    expect(format('Hej {namn}', {})).toBe('Hej {namn}')
  })
})

describe('plurals and selects (Intl.PluralRules)', () => {
  it('picks the Swedish and English forms', () => {
    expect(formatMessage(sv['audit.ok'], { count: 1 }, 'sv')).toBe(
      'Loggen är obruten: den enda händelsen stämmer.'
    )
    expect(formatMessage(sv['audit.ok'], { count: 12 }, 'sv')).toBe(
      'Loggen är obruten: alla 12 händelser stämmer.'
    )
    expect(formatMessage(en['audit.ok'], { count: 1 }, 'en')).toBe(
      'The log is intact: its one event checks out.'
    )
    expect(formatMessage(en['backup.pruned'], { count: 1 }, 'en')).toMatch(
      /^1 old backup was removed/
    )
    expect(formatMessage(en['backup.pruned'], { count: 3 }, 'en')).toMatch(
      /^3 old backups were removed/
    )
    expect(formatMessage(sv['backup.pruned'], { count: 1 }, 'sv')).toMatch(
      /^1 gammal säkerhetskopia togs bort/
    )
  })

  it('matches exact values first and formats the number', () => {
    const text = '{n, plural, =0 {i dag} =1 {i morgon} one {om # dag} other {om # dagar}}'
    expect(formatMessage(text, { n: 0 }, 'sv')).toBe('i dag')
    expect(formatMessage(text, { n: 1 }, 'sv')).toBe('i morgon')
    expect(formatMessage(text, { n: 3 }, 'sv')).toBe('om 3 dagar')
    expect(formatMessage('{n, plural, other {# st}}', { n: 12000 }, 'sv')).toMatch(/^12\s000 st$/)
  })

  it('nests selects and plurals and reads booleans', () => {
    const text =
      '{isRunning, select, true {sedan {from} ({days, plural, one {# dag} other {# dagar}})} other {{from}–{to}}}'
    expect(formatMessage(text, { isRunning: 'true', from: 'A', days: 1 }, 'sv')).toBe(
      'sedan A (1 dag)'
    )
    expect(formatMessage(text, { isRunning: false, from: 'A', to: 'B' }, 'sv')).toBe('A–B')
  })

  it('refuses a malformed message', () => {
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 })).toThrow(/other/)
    expect(() => formatMessage('{n, plural, one {x} other {y}', { n: 1 })).toThrow()
  })
})
