/**
 * The case list's search index for 10⁵ cases (ADR 0007): built once, then kept current one row
 * at a time, so a keystroke never re-sorts or re-indexes.
 * - Every row has one folded haystack (lower case, no diacritics; reference, name, e-mail,
 *   personnummer forms, customer references, address), so a token is one `includes`.
 * - Each sort order is computed once (on first use) and then maintained by binary insertion;
 *   filtering walks the order, so hits come out sorted.
 * - A query that extends the previous one (typing on) only filters the previous hits.
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

type Narrowing<R> = { key: string; query: string; hits: Entry<R>[] }

export class CaseSearchIndex<R extends CaseRow = CaseRow> {
  readonly #entries = new Map<string, Entry<R>>()
  readonly #grams: GramIndex
  /** Ascending orders by sort key, built on first use. */
  readonly #orders = new Map<SortKey, Entry<R>[]>()
  #last: Narrowing<R> | null = null

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
      this.#last = null
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
    this.#last = null
  }

  delete(id: string): void {
    const previous = this.#entries.get(id)
    if (!previous) return
    this.#forget(previous)
    this.#entries.delete(id)
    this.#last = null
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

    // Walks the previous hits when typing on (already in order), else the whole sort order.
    const last = this.#last
    const narrowing = last !== null && last.key === key && query.startsWith(last.query)
    const candidates = narrowing ? last.hits : this.#order(sort.key)
    const backwards = !narrowing && sort.direction === 'desc'
    // Which rows can match at all, from the character and pair bitsets.
    const grams = tokens.length ? this.#grams.candidates(tokens) : null
    // Sized for every candidate and cut to the hits afterwards: faster than growing by push.
    const most =
      tokens.length === 0
        ? candidates.length
        : grams === null
          ? 0
          : Math.min(candidates.length, countSlots(grams.bits))
    const hits = new Array<Entry<R>>(most)
    const rows = new Array<R>(hits.length)
    let found = 0
    if (hits.length > 0) {
      const bits = grams?.bits
      const check = grams !== null && !grams.exact
      const [first, ...rest] = tokens
      const count = candidates.length
      for (let i = 0; i < count; i++) {
        const entry = candidates[backwards ? count - 1 - i : i]!
        if (bits && !hasSlot(bits, entry.slot)) continue
        if (check) {
          if (!entry.haystack.includes(first!)) continue
          if (rest.length && !rest.every((token) => entry.haystack.includes(token))) continue
        }
        if (isFiltered) {
          const row = entry.row
          if (types && !types.has(row.case.type)) continue
          if (statuses && !statuses.has(row.case.status)) continue
          if (dueFrom && row.due < dueFrom) continue
          if (dueTo && row.due > dueTo) continue
        }
        hits[found] = entry
        rows[found++] = entry.row
      }
    }
    hits.length = found
    rows.length = found
    this.#last = { key, query, hits }
    return rows
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
    return { row, haystack, slot: this.#grams.add(haystack) }
  }

  /** Takes an entry out of the orders and the gram bitsets. */
  #forget(entry: Entry<R>): void {
    this.#grams.remove(entry.haystack, entry.slot)
    for (const order of this.#orders.values()) {
      const index = order.indexOf(entry)
      if (index >= 0) order.splice(index, 1)
    }
  }
}
