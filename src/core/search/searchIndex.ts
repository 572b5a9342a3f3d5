/**
 * The case list's search index for 10⁵ cases (ADR 0007): built once, then kept current one row
 * at a time, so a keystroke never re-sorts or re-indexes.
 * - Every row has one folded haystack (lower case, no diacritics; reference, name, e-mail,
 *   personnummer forms, customer references, address), so a token is one `includes`.
 * - Each sort order is computed once (on first use) and then maintained by binary insertion;
 *   filtering walks the order, so hits come out sorted.
 * - A query that extends the previous one (typing on) only filters the previous hits.
 */
import {
  searchTokens,
  haystackOf,
  type CaseFilter,
  type CaseRow,
  type Sort,
  type SortKey
} from './caseSearch'

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true })

type Entry<R> = { row: R; haystack: string }

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

type Narrowing<R> = { key: string; query: string; hits: Entry<R>[] }

export class CaseSearchIndex<R extends CaseRow = CaseRow> {
  readonly #entries = new Map<string, Entry<R>>()
  /** Ascending orders by sort key, built on first use. */
  readonly #orders = new Map<SortKey, Entry<R>[]>()
  #last: Narrowing<R> | null = null

  constructor(rows: readonly R[] = []) {
    for (const row of rows) this.#entries.set(row.case.id, { row, haystack: haystackOf(row) })
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
    for (const row of rows) {
      seen?.add(row.case.id)
      if (this.#entries.get(row.case.id)?.row !== row) this.set(row)
    }
    if (seen) for (const id of [...this.#entries.keys()]) if (!seen.has(id)) this.delete(id)
  }

  set(row: R): void {
    const id = row.case.id
    const previous = this.#entries.get(id)
    if (previous?.row === row) return
    if (previous) this.#removeFromOrders(previous)
    const entry = { row, haystack: haystackOf(row) }
    this.#entries.set(id, entry)
    for (const [key, order] of this.#orders) order.splice(this.#position(order, row, key), 0, entry)
    this.#last = null
  }

  delete(id: string): void {
    const previous = this.#entries.get(id)
    if (!previous) return
    this.#removeFromOrders(previous)
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

    let candidates: readonly Entry<R>[]
    const last = this.#last
    if (last && last.key === key && query.startsWith(last.query)) {
      candidates = last.hits
    } else {
      candidates = this.#order(sort.key)
      if (sort.direction === 'desc') candidates = [...candidates].reverse()
    }
    const hits: Entry<R>[] = []
    const [first, ...rest] = tokens
    for (const entry of candidates) {
      if (first !== undefined && !entry.haystack.includes(first)) continue
      if (rest.length && !rest.every((token) => entry.haystack.includes(token))) continue
      if (isFiltered) {
        const row = entry.row
        if (types && !types.has(row.case.type)) continue
        if (statuses && !statuses.has(row.case.status)) continue
        if (dueFrom && row.due < dueFrom) continue
        if (dueTo && row.due > dueTo) continue
      }
      hits.push(entry)
    }
    this.#last = { key, query, hits }
    return hits.map((entry) => entry.row)
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

  #removeFromOrders(entry: Entry<R>): void {
    for (const order of this.#orders.values()) {
      const index = order.indexOf(entry)
      if (index >= 0) order.splice(index, 1)
    }
  }
}
