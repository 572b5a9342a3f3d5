import { describe, expect, it } from 'vitest'
import { prng } from '../../../tests/fixtures/seed'
import { foldText } from './caseSearch'
import { countSlots, GramIndex, hasSlot } from './gramIndex'

/** Folded text as haystacks have it: letters, å/ä/ö, digits, punctuation; parts split by \0. */
const ALPHABET = 'abcdeklmnorståäö0123456789 -@.'

function text(random: () => number, alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

function haystack(random: () => number, alphabet = ALPHABET): string {
  const parts = 1 + Math.floor(random() * 4)
  return Array.from({ length: parts }, () =>
    text(random, alphabet, 1 + Math.floor(random() * 12))
  ).join('\u0000')
}

/** What the index answers, with the `includes` check the search applies when it is not exact. */
function hits(index: GramIndex, slots: Map<number, string>, tokens: string[]): number[] {
  const found = index.candidates(tokens)
  if (!found) return []
  return [...slots]
    .filter(([slot, hay]) => {
      if (!hasSlot(found.bits, slot)) return false
      return found.exact || tokens.every((token) => hay.includes(token))
    })
    .map(([slot]) => slot)
    .sort((a, b) => a - b)
}

/** The plain filter the index must agree with. */
function plain(slots: Map<number, string>, tokens: string[]): number[] {
  return [...slots]
    .filter(([, hay]) => tokens.every((token) => hay.includes(token)))
    .map(([slot]) => slot)
    .sort((a, b) => a - b)
}

/** Random queries of one to three tokens of one to four characters, from `alphabet`. */
function queries(random: () => number, alphabet: string, count: number): string[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      text(random, alphabet.replace(/[ ]/g, ''), 1 + Math.floor(random() * 4))
    )
  )
}

describe('gram index prefilter', () => {
  it('finds exactly what includes finds, over random haystacks with å, ä, ö and digits', () => {
    const random = prng(15)
    const index = new GramIndex(16)
    const slots = new Map<number, string>()
    // Past the first 1024 slots, so the bitsets grow.
    for (let i = 0; i < 2500; i++) {
      const hay = haystack(random)
      slots.set(index.add(hay), hay)
    }
    for (const tokens of queries(random, ALPHABET, 600)) {
      const want = plain(slots, tokens)
      expect(hits(index, slots, tokens), tokens.join(' ')).toEqual(want)
      const found = index.candidates(tokens)
      // Never a row missing: the candidates hold every hit; exact answers are the hits.
      if (found) {
        for (const slot of want) expect(hasSlot(found.bits, slot)).toBe(true)
        if (found.exact) expect(countSlots(found.bits)).toBe(want.length)
      } else expect(want).toEqual([])
    }
  })

  it('answers one- and two-character tokens exactly, without a check', () => {
    const random = prng(3)
    const index = new GramIndex()
    const slots = new Map<number, string>()
    for (let i = 0; i < 500; i++) {
      const hay = haystack(random)
      slots.set(index.add(hay), hay)
    }
    for (const token of ['å', 'ö', '7', 'ab', 'ä1', '-ö', '@.']) {
      const found = index.candidates([token])
      const want = plain(slots, [token])
      if (!found) {
        expect(want).toEqual([])
        continue
      }
      expect(found.exact).toBe(true)
      const got = [...slots.keys()]
        .filter((slot) => hasSlot(found.bits, slot))
        .sort((a, b) => a - b)
      expect(got).toEqual(want)
    }
  })

  it('never matches across the separator between the parts of a haystack', () => {
    const index = new GramIndex()
    const slot = index.add(`${foldText('Åke')}\u0000${foldText('Östberg')}`)
    // Folded: "ake" and "ostberg"; "eo" only occurs across the separator.
    expect(index.candidates(['eo'])).toBeNull()
    const found = index.candidates(['ake', 'ostb'])!
    expect(hasSlot(found.bits, slot)).toBe(true)
  })

  it('stays identical to includes as rows are removed, replaced and their slots reused', () => {
    const random = prng(99)
    const index = new GramIndex(64)
    const slots = new Map<number, string>()
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 50; i++) {
        const hay = haystack(random)
        const slot = index.add(hay)
        expect(slots.has(slot)).toBe(false)
        slots.set(slot, hay)
      }
      for (const [slot, hay] of [...slots]) {
        if (random() < 0.4) {
          index.remove(hay, slot)
          slots.delete(slot)
        }
      }
      for (const tokens of queries(random, ALPHABET, 25))
        expect(hits(index, slots, tokens), tokens.join(' ')).toEqual(plain(slots, tokens))
    }
  })

  it('is still a superset when more characters occur than get their own id', () => {
    const random = prng(7)
    // 400 distinct characters: those past the first 254 share one class, so answers need the check.
    const wide = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')
    const alphabet = `${ALPHABET}${wide}`
    const index = new GramIndex()
    const slots = new Map<number, string>()
    // Seen in this order, so the last of them is past the ids and in the shared class.
    slots.set(index.add(wide), wide)
    for (let i = 0; i < 1500; i++) {
      const hay = haystack(random, alphabet)
      slots.set(index.add(hay), hay)
    }
    for (const tokens of queries(random, alphabet, 400))
      expect(hits(index, slots, tokens), tokens.join(' ')).toEqual(plain(slots, tokens))
    // A character of the shared class is never answered as exact.
    const last = wide.at(-1)!
    expect(index.candidates([last])!.exact).toBe(false)
  })

  it('answers null for a character no haystack has', () => {
    const index = new GramIndex()
    index.add('anders ek\u0000dsr-2026-0001')
    expect(index.candidates(['z'])).toBeNull()
    expect(index.candidates(['ek', 'xy'])).toBeNull()
  })
})
