import { describe, expect, it } from 'vitest'
import {
  MIN_PASSPHRASE_SCORE,
  passphraseProblem,
  passphraseStrength,
  suggestPassphrase
} from './passphrase'

/**
 * Passphrases people choose when told "at least 12 characters": a word or name with a year and
 * punctuation, keyboard rows, repeats, dates, common Swedish words with spaces. Before issue 14
 * most of these were accepted (e.g. 111111111112 and Sommar2024!!).
 */
const WEAK = [
  '111111111112',
  'Sommar2024!!',
  'Vinter2025!!',
  'Hösten2024!!',
  'S0mmar2024!!',
  'Midsommar2025',
  'Julafton2025!',
  'Januari2026!',
  'Lösenord1234',
  'Password1234',
  'P@ssw0rd2024!',
  'qwertyuiopå1',
  'asdfghjklöä1',
  'abcdefghijkl',
  '123456789012',
  'hemligthemligt',
  'Stockholm123',
  'Sverige2026!!',
  'Hammarby1897',
  'Djurgården1891!',
  'Välkommen123!',
  'Anna12345678',
  'Andersson2020',
  'Lars19800101',
  'Kalle Anka 123',
  'Mamma Pappa Barn',
  'Katten Måns 2019',
  'dataskydd2025'
]

const STRONG = [
  'korrekt häst batteri häftklammer',
  'Gröna äpplen dansar i månsken',
  'mörk kaffe utan socker på tisdagar',
  'tallkotte-regnbåge-sparris-fönster',
  'Blåbär i november smakar salt',
  'cherub-chess-chevron-chili',
  'vH7#kq2!Lm9@xT',
  'q8Tz-Lw3m-Pn6v'
]

describe('passphrase strength (zxcvbn-ts with a Swedish word list, score >= 3)', () => {
  it.each(WEAK)('rejects %s as too easy to guess', (passphrase) => {
    const strength = passphraseStrength(passphrase)
    expect(strength.isStrongEnough).toBe(false)
    expect(strength.score).toBeLessThan(MIN_PASSPHRASE_SCORE)
    expect(strength.warning).not.toBeNull()
    expect(passphraseProblem(passphrase)).toBe('tooSimple')
  })

  it.each(STRONG)('accepts %s', (passphrase) => {
    const strength = passphraseStrength(passphrase)
    expect(strength.isStrongEnough).toBe(true)
    expect(strength.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE)
    expect(passphraseProblem(passphrase, passphrase)).toBeNull()
  })

  it('names the weakness as a code the renderer translates', () => {
    expect(passphraseStrength('Sommar2024!!')).toMatchObject({
      warning: 'decoratedWord',
      suggestions: expect.arrayContaining(['useWords'])
    })
    expect(passphraseStrength('111111111112').warning).toBe('simpleRepeat')
    expect(passphraseStrength('Mamma Pappa Barn').warning).toBe('commonWords')
    expect(passphraseStrength('abcdefghijkl').warning).toBe('sequences')
  })

  it("counts the user's own name and organisation as guessable", () => {
    const passphrase = 'Öhrström Tallbacka Konsult'
    expect(passphraseStrength(passphrase).isStrongEnough).toBe(true)
    const user = ['Åsa', 'Öhrström', 'Tallbacka', 'Konsult', 'AB']
    expect(passphraseStrength(passphrase, user)).toMatchObject({ isStrongEnough: false })
  })

  it('still checks length, blank input and the confirmation first', () => {
    expect(passphraseProblem('   ')).toBe('onlySpaces')
    expect(passphraseProblem('kort ord')).toBe('tooShort')
    expect(passphraseProblem('x'.repeat(1025))).toBe('tooLong')
    expect(passphraseProblem('Gröna äpplen dansar i månsken', 'Gröna äpplen')).toBe('mismatch')
  })
})

describe('suggested passphrases', () => {
  /** A deterministic byte source for the test (the app passes crypto.getRandomValues). */
  function counter(start: number) {
    let next = start
    return (count: number) => Uint8Array.from({ length: count }, () => next++ % 256)
  }

  it('draws five diceware words with the given randomness and is strong', () => {
    const suggestion = suggestPassphrase(counter(17))
    const words = suggestion.split('-')
    expect(words).toHaveLength(5)
    expect(new Set(words).size).toBe(5)
    expect(passphraseStrength(suggestion).isStrongEnough).toBe(true)
    expect(passphraseProblem(suggestion)).toBeNull()
    // The same bytes give the same words: nothing else feeds the choice.
    expect(suggestPassphrase(counter(17))).toBe(suggestion)
    expect(suggestPassphrase(counter(18))).not.toBe(suggestion)
  })

  it('rejects 16-bit values that would bias the choice (rejection sampling)', () => {
    // 0xFFFF is above the largest multiple of 7 776 below 65 536, so it is skipped.
    const bytes = [0xff, 0xff, 0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00, 0x05]
    let index = 0
    const source = (count: number) => Uint8Array.from(bytes.slice(index, (index += count)))
    const words = suggestPassphrase(source).split('-')
    expect(words).toHaveLength(5)
    expect(words[0]).toBe(suggestPassphrase(() => new Uint8Array([0x00, 0x01])).split('-')[0])
  })

  it('every real suggestion passes the check', () => {
    const random = (count: number) => crypto.getRandomValues(new Uint8Array(count))
    for (let round = 0; round < 50; round++) {
      expect(passphraseProblem(suggestPassphrase(random))).toBeNull()
    }
  })
})
