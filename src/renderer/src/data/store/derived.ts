/**
 * Data derived from the case store for the whole app (ADR 0007): computed once per store version
 * however many screens read it, and after a write patched from the store's change log (only the
 * changed cases and the cases of changed subjects are derived again) instead of recomputed over
 * every case.
 */
import type { CaseHead } from '@core'
import type { CaseStore, SubjectHead } from './caseStore'

/** Above this many changed ids a list is derived again in full (a patch would cost as much). */
const PATCH_LIMIT = 2_000

/** How a derived list changed from one version to the next. */
export type RowPatch<R> = {
  from: number
  to: number
  /** Rows added or replaced. */
  set: readonly R[]
  /** Ids of the cases whose rows were removed. */
  removed: readonly string[]
}

/** One row per case head (or none, where `derive` returns null), in the store's order. */
export class DerivedCaseRows<R> {
  #version = -1
  #rows: readonly R[] = []
  #ids: string[] = []
  #position = new Map<string, number>()
  #patch: RowPatch<R> | null = null

  constructor(
    readonly store: CaseStore,
    private readonly derive: (head: CaseHead) => R | null
  ) {}

  /** The rows as of the store's current version; the same array until the next change. */
  rows(): readonly R[] {
    this.#update()
    return this.#rows
  }

  /** The version the rows were derived at. */
  get version(): number {
    this.#update()
    return this.#version
  }

  /** How the rows changed since `version`, when that was the last update and a patch. */
  patchSince(version: number): RowPatch<R> | null {
    this.#update()
    return this.#patch?.from === version ? this.#patch : null
  }

  #update(): void {
    const store = this.store
    const version = store.version
    if (version === this.#version) return
    const changes = this.#version < 0 ? null : store.changesSince(this.#version)
    if (changes && changes.cases.size + changes.subjects.size <= PATCH_LIMIT)
      this.#apply(changes.cases, changes.subjects, version)
    else this.#rebuild()
    this.#version = version
  }

  #rebuild(): void {
    const rows: R[] = []
    const ids: string[] = []
    const position = new Map<string, number>()
    for (const head of this.store.caseHeads()) {
      const row = this.derive(head)
      if (row === null) continue
      position.set(head.id, rows.length)
      rows.push(row)
      ids.push(head.id)
    }
    this.#rows = rows
    this.#ids = ids
    this.#position = position
    this.#patch = null
  }

  #apply(cases: ReadonlySet<string>, subjects: ReadonlySet<string>, version: number): void {
    const store = this.store
    const touched = new Set(cases)
    for (const subjectId of subjects)
      for (const head of store.casesOfSubject(subjectId)) touched.add(head.id)
    // Copy on write: whoever holds the previous array keeps it as it was.
    let rows = this.#rows.slice()
    const set: R[] = []
    const removed: string[] = []
    for (const id of touched) {
      const head = store.caseHead(id)
      const row = head ? this.derive(head) : null
      const at = this.#position.get(id)
      if (row !== null && at !== undefined) rows[at] = row
      else if (row !== null) {
        this.#position.set(id, rows.length)
        this.#ids.push(id)
        rows.push(row)
      } else if (at !== undefined) {
        removed.push(id)
        continue
      } else continue
      set.push(row)
    }
    if (removed.length) {
      const gone = new Set(removed)
      const keep = this.#ids.map((id) => !gone.has(id))
      rows = rows.filter((_, index) => keep[index])
      this.#ids = this.#ids.filter((id) => !gone.has(id))
      this.#position = new Map(this.#ids.map((id, index) => [id, index]))
    }
    this.#rows = rows
    this.#patch = { from: this.#version, to: version, set, removed }
  }
}

const collator = new Intl.Collator('sv')
const byName = (a: SubjectHead, b: SubjectHead) => collator.compare(a.name, b.name)

/** Every subject sorted by name (Swedish order), patched by binary insertion after a write. */
export class SortedSubjects {
  #version = -1
  #sorted: readonly SubjectHead[] = []
  /** The head each id is sorted under (to find it again when it changes). */
  #heads = new Map<string, SubjectHead>()

  constructor(readonly store: CaseStore) {}

  list(): readonly SubjectHead[] {
    const store = this.store
    const version = store.version
    if (version === this.#version) return this.#sorted
    const changes = this.#version < 0 ? null : store.changesSince(this.#version)
    if (changes && changes.subjects.size <= PATCH_LIMIT / 10) this.#apply(changes.subjects)
    else {
      this.#sorted = [...store.subjects()].sort(byName)
      this.#heads = new Map(this.#sorted.map((head) => [head.id, head]))
    }
    this.#version = version
    return this.#sorted
  }

  #apply(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return
    const sorted = this.#sorted.slice()
    for (const id of ids) {
      const previous = this.#heads.get(id)
      if (previous) {
        let at = lowerBound(sorted, previous)
        while (at < sorted.length && sorted[at] !== previous) at++
        if (at < sorted.length) sorted.splice(at, 1)
        this.#heads.delete(id)
      }
      const head = this.store.subject(id)
      if (!head) continue
      sorted.splice(upperBound(sorted, head), 0, head)
      this.#heads.set(id, head)
    }
    this.#sorted = sorted
  }
}

function lowerBound(sorted: readonly SubjectHead[], head: SubjectHead): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (byName(sorted[mid]!, head) < 0) low = mid + 1
    else high = mid
  }
  return low
}

/** After every equal name, as a stable sort puts the newest of equal names. */
function upperBound(sorted: readonly SubjectHead[], head: SubjectHead): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (byName(sorted[mid]!, head) <= 0) low = mid + 1
    else high = mid
  }
  return low
}

const registry = new WeakMap<CaseStore, Map<string, unknown>>()

/**
 * The one instance of a derived structure per store and key (e.g. the case rows of one day), so
 * every screen shares it. Entries of the same kind (the part of `key` before `|`) for another
 * day are dropped.
 */
export function derivedOf<T>(store: CaseStore, key: string, create: () => T): T {
  let entries = registry.get(store)
  if (!entries) registry.set(store, (entries = new Map()))
  let entry = entries.get(key) as T | undefined
  if (entry === undefined) {
    const kind = key.split('|')[0]!
    for (const other of [...entries.keys()]) if (other.split('|')[0] === kind) entries.delete(other)
    entry = create()
    entries.set(key, entry)
  }
  return entry
}
