/**
 * A prefilter for substring search over many folded haystacks (CaseSearchIndex): for every
 * character and every pair of adjacent characters that occurs, a bitset of the rows ("slots")
 * whose haystack contains it. A one- or two-character token is then answered exactly by one
 * bitset; a longer one by the AND of its pairs' bitsets (a superset, checked with `includes`).
 * Intersecting bitsets costs microseconds where scanning 10⁵ haystacks costs milliseconds.
 */

/** Characters get small ids in order of appearance; ids above this share one "other" class. */
const MAX_CHARS = 255
const OTHER = MAX_CHARS
const PAIR_BASE = MAX_CHARS + 1
const SEPARATOR = 0

/** Rows matching a set of tokens: `bits` marks candidates; `exact` says no check is needed. */
export type GramCandidates = { bits: Uint32Array; exact: boolean }

export class GramIndex {
  /** Code unit → char id (0: not seen yet). */
  readonly #charId = new Uint16Array(65536)
  #chars = 0
  /** Bitsets by gram: char ids 1…MAX_CHARS, pairs at PAIR_BASE + a · PAIR_BASE + b. */
  readonly #grams: (Uint32Array | undefined)[] = new Array(PAIR_BASE * (PAIR_BASE + 1)).fill(
    undefined
  )
  #words: number
  #slots = 0
  readonly #free: number[] = []

  constructor(expectedRows = 1024) {
    this.#words = Math.max(32, Math.ceil(expectedRows / 32))
  }

  /** A free slot for a new haystack, with its grams set. */
  add(haystack: string): number {
    const slot = this.#free.pop() ?? this.#slots++
    if (slot >= this.#words * 32) this.#grow()
    this.#mark(haystack, slot, true)
    return slot
  }

  /** Clears the grams of `haystack` at `slot` and frees the slot. */
  remove(haystack: string, slot: number): void {
    this.#mark(haystack, slot, false)
    this.#free.push(slot)
  }

  /**
   * The rows that may contain every token (all of them: a token may not be empty), or null when
   * none can (a character or pair that no haystack has).
   */
  candidates(tokens: readonly string[]): GramCandidates | null {
    let bits: Uint32Array | null = null
    let exact = true
    for (const token of tokens) {
      const ids: number[] = []
      for (let i = 0; i < token.length; i++) {
        const id = this.#charId[token.charCodeAt(i)]!
        if (id === SEPARATOR) return null
        if (id === OTHER) exact = false
        ids.push(id)
      }
      if (token.length > 2) exact = false
      const grams =
        ids.length === 1
          ? [ids[0]!]
          : ids.slice(1).map((id, index) => PAIR_BASE + ids[index]! * PAIR_BASE + id)
      for (const gram of grams) {
        const set = this.#grams[gram]
        if (!set) return null
        if (!bits) bits = set.slice()
        else for (let w = 0; w < bits.length; w++) bits[w]! &= set[w]!
      }
    }
    return bits ? { bits, exact } : null
  }

  #idOf(code: number): number {
    let id = this.#charId[code]!
    if (id === SEPARATOR && code !== 0) {
      id = this.#chars < MAX_CHARS - 1 ? ++this.#chars : OTHER
      this.#charId[code] = id
    }
    return id
  }

  #mark(haystack: string, slot: number, on: boolean): void {
    const word = slot >>> 5
    const bit = 1 << (slot & 31)
    const words = this.#words
    let previous = SEPARATOR
    for (let i = 0; i < haystack.length; i++) {
      const id = this.#idOf(haystack.charCodeAt(i))
      if (id !== SEPARATOR) {
        this.#set(id, word, bit, on, words)
        if (previous !== SEPARATOR)
          this.#set(PAIR_BASE + previous * PAIR_BASE + id, word, bit, on, words)
      }
      previous = id
    }
  }

  #set(gram: number, word: number, bit: number, on: boolean, words: number): void {
    let set = this.#grams[gram]
    if (!set) {
      if (!on) return
      this.#grams[gram] = set = new Uint32Array(words)
    }
    if (on) set[word]! |= bit
    else set[word]! &= ~bit
  }

  #grow(): void {
    this.#words *= 2
    this.#grams.forEach((set, gram) => {
      if (!set) return
      const grown = new Uint32Array(this.#words)
      grown.set(set)
      this.#grams[gram] = grown
    })
  }
}

/** How many slots are set in `bits`. */
export function countSlots(bits: Uint32Array): number {
  let count = 0
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!
    v = v - ((v >>> 1) & 0x55555555)
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
    count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
  }
  return count
}

/** Whether `slot` is set in `bits`. */
export function hasSlot(bits: Uint32Array, slot: number): boolean {
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0
}
