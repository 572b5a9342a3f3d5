/**
 * The case list's search index for 10⁵ cases (ADR 0007): built once, then kept current one row
 * at a time, so a keystroke never re-sorts or re-indexes.
 * - Every row has one folded haystack (lower case, no diacritics; reference, name, e-mail,
 *   personnummer forms, customer references, address), so a token is one `includes`.
 * - Each sort order is computed once (on first use) and then maintained by binary insertion;
 *   filtering walks the order, so hits come out sorted.
 * - A query that extends the previous one (typing on) only filters the previous hits, and
 *   looks for the extended word from where the shorter one was found (a word that extends
 *   another first occurs no earlier than it), so typing on does not scan haystacks from the
 *   start again. The previous hits are kept as slot numbers (typed arrays), not as objects.
 */
import { countSlots, GramIndex, hasSlot } from './gramIndex'
import {
  searchTokens,
  haystackOf,
  type CaseFilter,
  type CaseRow,
  type Sort,
  type SortKey
} from './caseSearch'

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true })

type Entry<R> = { row: R; haystack: string; slot: number }

function sortValue(row: CaseRow, key: SortKey): string {
  switch (key) {
    case 'reference':
      return row.case.reference
    case 'subject':
      return row.subject?.name ?? ''
    case 'type':
      return row.case.type
    case 'status':
      return row.case.status
    case 'receivedAt':
      return row.case.receivedAt
    case 'due':
      return row.due
  }
}

/** Dates and codes compare as plain strings; names and references as Swedish text. */
function compareFor(key: SortKey): (a: CaseRow, b: CaseRow) => number {
  const textual = key === 'subject' || key === 'reference'
  return (a, b) => {
    const x = sortValue(a, key)
    const y = sortValue(b, key)
    const primary = textual ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0
    if (primary !== 0) return primary
    const byReference = collator.compare(a.case.reference, b.case.reference)
    return byReference !== 0
      ? byReference
      : a.case.id < b.case.id
        ? -1
        : a.case.id > b.case.id
          ? 1
          : 0
  }
}

/** Changes above this many rows re-sort the orders instead of inserting into them. */
const BULK_CHANGE = 1_000

/**
 * The last search's hits, for narrowing: the rows returned, their slots in order and, per hit,
 * where the query's last token first occurs in its haystack (-1 where it was not looked up;
 * null: nowhere).
 * `owned`: the slot and position arrays belong to this narrowing alone, so the next search may
 * compact them in place (never the rows array: the caller holds it).
 */
type Narrowing<R> = {
  key: string
  query: string
  tokens: readonly string[]
  rows: R[]
  slots: Int32Array
  positions: Int32Array | null
  owned: boolean
}

export class CaseSearchIndex<R extends CaseRow = CaseRow> {
  readonly #entries = new Map<string, Entry<R>>()
  readonly #grams: GramIndex
  /** Ascending orders by sort key, built on first use. */
  readonly #orders = new Map<SortKey, Entry<R>[]>()
  /** Entries by slot (the narrowing keeps slots; valid until the next change, see #last). */
  readonly #bySlot: (Entry<R> | undefined)[] = []
  /** Haystacks by slot: the scan reads them without loading each entry. */
  readonly #haystacks: string[] = []
  /** Cleared on every change of the index, so its slots always name the same entries. */
  #last: Narrowing<R> | null = null
  /** Every row in a sort order, as returned for the empty query (until the next change). */
  readonly #everything = new Map<string, { rows: R[]; slots: Int32Array }>()

  constructor(rows: readonly R[] = []) {
    this.#grams = new GramIndex(rows.length)
    for (const row of rows) this.#entries.set(row.case.id, this.#entryOf(row))
  }

  get size(): number {
    return this.#entries.size
  }

  /**
   * Brings the index in line with `rows`: rows whose object changed are indexed again, new ones
   * added, missing ones removed. Unchanged rows (the same objects) cost one map lookup.
   */
  sync(rows: readonly R[]): void {
    const seen = rows.length === this.#entries.size ? null : new Set<string>()
    const changed: R[] = []
    for (const row of rows) {
      seen?.add(row.case.id)
      if (this.#entries.get(row.case.id)?.row !== row) changed.push(row)
    }
    const gone = seen ? [...this.#entries.keys()].filter((id) => !seen.has(id)) : []
    this.apply(changed, gone)
  }

  /**
   * Indexes `rows` (new or changed) and drops `removedIds`. Many rows at once (a load) drop the
   * sort orders, to be sorted again on first use, instead of inserting row by row.
   */
  apply(rows: readonly R[], removedIds: readonly string[] = []): void {
    if (rows.length + removedIds.length > BULK_CHANGE) {
      this.#orders.clear()
      this.#changed()
    }
    for (const row of rows) this.set(row)
    for (const id of removedIds) this.delete(id)
  }

  set(row: R): void {
    const id = row.case.id
    const previous = this.#entries.get(id)
    if (previous?.row === row) return
    if (previous) this.#forget(previous)
    const entry = this.#entryOf(row)
    this.#entries.set(id, entry)
    for (const [key, order] of this.#orders) order.splice(this.#position(order, row, key), 0, entry)
    this.#changed()
  }

  delete(id: string): void {
    const previous = this.#entries.get(id)
    if (!previous) return
    this.#forget(previous)
    this.#entries.delete(id)
    this.#changed()
  }

  #changed(): void {
    this.#last = null
    this.#everything.clear()
  }

  /** The rows matching `filter`, in `sort` order. */
  search(filter: CaseFilter, sort: Sort): R[] {
    const tokens = searchTokens(filter.query ?? '')
    const query = tokens.join(' ')
    const types = filter.types?.length ? new Set(filter.types) : null
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : null
    const key = JSON.stringify([
      filter.types ?? [],
      filter.statuses ?? [],
      filter.dueFrom ?? '',
      filter.dueTo ?? '',
      sort.key,
      sort.direction
    ])
    const dueFrom = filter.dueFrom
    const dueTo = filter.dueTo
    const isFiltered = Boolean(types || statuses || dueFrom || dueTo)

    const last = this.#last
    const narrowing =
      last !== null && last.key === key && query.startsWith(last.query) ? last : null
    if (!narrowing && tokens.length === 0 && !isFiltered) return this.#all(key, sort)

    // Walks the previous hits when typing on (already in order), else the whole sort order.
    const order = narrowing ? null : this.#order(sort.key)
    const count = narrowing ? narrowing.slots.length : order!.length
    const backwards = !narrowing && sort.direction === 'desc'
    // Which rows can match at all, from the character and pair bitsets.
    const grams = tokens.length ? this.#grams.candidates(tokens) : null
    const check = grams !== null && !grams.exact
    const carries = Boolean(narrowing?.positions)
    // Sized for every candidate and cut to the hits afterwards. Narrowing compacts the previous
    // hits' arrays in place when it owns them (a hit is never written ahead of its read).
    const most =
      tokens.length === 0 ? count : grams === null ? 0 : Math.min(count, countSlots(grams.bits))
    const inPlace = narrowing !== null && narrowing.owned
    const slots = inPlace ? narrowing.slots : new Int32Array(most)
    const positions =
      check || carries
        ? inPlace && narrowing.positions
          ? narrowing.positions
          : new Int32Array(inPlace ? count : most)
        : null
    let found = 0
    if (most > 0) {
      const bits = grams?.bits
      const haystacks = this.#haystacks
      // The previous hits contain every previous token: all but its last are the same now and
      // need no look; its last, if it grew, is looked for from where it was found (a word that
      // extends another cannot occur before it). New tokens are looked for from the start.
      const previous = narrowing ? narrowing.tokens.length : 0
      const carried = previous - 1
      const grown = carried >= 0 && tokens[carried] !== narrowing!.tokens[carried]
      const lastToken = tokens.length - 1
      const firstLook = grown ? carried : previous
      const from = narrowing?.positions ?? null
      // Typing one more letter: the grown word is where the shorter one was found when the
      // letter after it is the new one, a single character compare.
      const grownToken = grown ? tokens[carried]! : ''
      const oneMore = grown && grownToken.length === narrowing!.tokens[carried]!.length + 1
      const newCode = oneMore ? grownToken.charCodeAt(grownToken.length - 1) : 0
      for (let i = 0; i < count; i++) {
        // The bitsets first, from the slot alone: most candidates are ruled out without
        // touching their entry (scattered in memory) at all.
        const ordered = narrowing ? null : order![backwards ? count - 1 - i : i]!
        const slot = ordered ? ordered.slot : narrowing!.slots[i]!
        if (bits && !hasSlot(bits, slot)) continue
        const haystack = ordered ? ordered.haystack : haystacks[slot]!
        // Where the last token first occurs (-1: not looked up, answered by the bitsets).
        let position = carried >= 0 && carried === lastToken && from ? from[i]! : -1
        if (check) {
          let matches = true
          for (let t = firstLook; t < tokens.length; t++) {
            // Where the previous query's last token first occurred, when it was looked up.
            const was = t === carried && from !== null ? from[i]! : -1
            const token = tokens[t]!
            let at: number
            if (was < 0) at = haystack.indexOf(token)
            else if (
              oneMore
                ? haystack.charCodeAt(was + token.length - 1) === newCode
                : haystack.startsWith(token, was)
            )
              at = was
            // Not where the shorter word first was: only later, if at all.
            else at = haystack.indexOf(token, was + 1)
            if (at < 0) {
              matches = false
              break
            }
            if (t === lastToken) position = at
          }
          if (!matches) continue
        }
        if (isFiltered) {
          const row = (ordered ?? this.#bySlot[slot]!).row
          if (types && !types.has(row.case.type)) continue
          if (statuses && !statuses.has(row.case.status)) continue
          if (dueFrom && row.due < dueFrom) continue
          if (dueTo && row.due > dueTo) continue
        }
        slots[found] = slot
        if (positions) positions[found] = position
        found++
      }
    }
    // Every previous hit is still one: the same rows, so the list need not change.
    let rows: R[]
    if (narrowing && found === count) rows = narrowing.rows
    else {
      rows = new Array<R>(found)
      for (let i = 0; i < found; i++) rows[i] = this.#bySlot[slots[i]!]!.row
    }
    this.#last = {
      key,
      query,
      tokens,
      rows,
      slots: slots.subarray(0, found),
      positions: positions?.subarray(0, found) ?? null,
      owned: true
    }
    return rows
  }

  /** Every row in `sort` order (the empty query), kept until the index changes. */
  #all(key: string, sort: Sort): R[] {
    let all = this.#everything.get(key)
    if (!all) {
      const order = this.#order(sort.key)
      const count = order.length
      const rows = new Array<R>(count)
      const slots = new Int32Array(count)
      for (let i = 0; i < count; i++) {
        const entry = order[sort.direction === 'desc' ? count - 1 - i : i]!
        rows[i] = entry.row
        slots[i] = entry.slot
      }
      this.#everything.set(key, (all = { rows, slots }))
    }
    // Not owned: typing on from here copies instead of compacting the kept arrays.
    this.#last = { key, query: '', tokens: [], ...all, positions: null, owned: false }
    return all.rows
  }

  #order(key: SortKey): Entry<R>[] {
    let order = this.#orders.get(key)
    if (!order) {
      const compare = compareFor(key)
      order = [...this.#entries.values()].sort((a, b) => compare(a.row, b.row))
      this.#orders.set(key, order)
    }
    return order
  }

  #position(order: readonly Entry<R>[], row: R, key: SortKey): number {
    const compare = compareFor(key)
    let low = 0
    let high = order.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (compare(order[mid]!.row, row) < 0) low = mid + 1
      else high = mid
    }
    return low
  }

  #entryOf(row: R): Entry<R> {
    const haystack = haystackOf(row)
    const entry = { row, haystack, slot: this.#grams.add(haystack) }
    this.#bySlot[entry.slot] = entry
    this.#haystacks[entry.slot] = haystack
    return entry
  }

  /** Takes an entry out of the orders and the gram bitsets. */
  #forget(entry: Entry<R>): void {
    this.#grams.remove(entry.haystack, entry.slot)
    this.#bySlot[entry.slot] = undefined
    this.#haystacks[entry.slot] = ''
    for (const order of this.#orders.values()) {
      const index = order.indexOf(entry)
      if (index >= 0) order.splice(index, 1)
    }
  }
}
