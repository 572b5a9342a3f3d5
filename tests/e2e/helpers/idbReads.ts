import type { Page } from 'playwright-core'

/**
 * Counts the reads the page makes of IndexedDB, per object store: every call of `get`,
 * `getAll`, `getAllKeys`, `openCursor`, `openKeyCursor` and `count` on an object store or one of
 * its indexes, as "full" (no key or range: the whole store or index), "keyed" (a key or a key
 * range) or "count" (keys only). Dexie reads a whole table with a null query, also inside the
 * options object Chromium's getAll takes. Installed as an init script, so it sees the first read.
 */
export const IDB_READ_COUNTER = `(() => {
  const reads = {}
  const bump = (store, kind) => {
    const entry = (reads[store] ??= { full: 0, keyed: 0, count: 0 })
    entry[kind]++
  }
  const methods = ['get', 'getKey', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count']
  const wrap = (proto, storeOf) => {
    for (const method of methods) {
      const original = proto[method]
      if (typeof original !== 'function') continue
      proto[method] = function (...args) {
        // getAll/getAllKeys also take an options object ({ query, count, direction }).
        const first = args[0]
        const isOptions =
          first !== null && typeof first === 'object' && !(first instanceof IDBKeyRange) &&
          !Array.isArray(first) && !(first instanceof Date) && !ArrayBuffer.isView(first) &&
          !(first instanceof ArrayBuffer) && 'query' in first
        const query = isOptions ? first.query : first
        const kind = method === 'count' ? 'count' : query === undefined || query === null ? 'full' : 'keyed'
        bump(storeOf(this), kind)
        return original.apply(this, args)
      }
    }
  }
  wrap(IDBObjectStore.prototype, (store) => store.name)
  wrap(IDBIndex.prototype, (index) => index.objectStore.name)
  Object.defineProperty(window, '__dpoIdbReads', {
    value: {
      snapshot: () => JSON.parse(JSON.stringify(reads)),
      reset: () => { for (const key of Object.keys(reads)) delete reads[key] }
    }
  })
})()`

export type StoreReads = { full: number; keyed: number; count: number }
export type IdbReads = Record<string, StoreReads>

export function idbReads(page: Page): Promise<IdbReads> {
  return page.evaluate(() =>
    (window as unknown as { __dpoIdbReads: { snapshot(): IdbReads } }).__dpoIdbReads.snapshot()
  )
}

export function resetIdbReads(page: Page): Promise<void> {
  return page.evaluate(() =>
    (window as unknown as { __dpoIdbReads: { reset(): void } }).__dpoIdbReads.reset()
  )
}

/** Reads made between two snapshots. */
export function readsBetween(before: IdbReads, after: IdbReads): IdbReads {
  const difference: IdbReads = {}
  for (const [store, reads] of Object.entries(after)) {
    const earlier = before[store] ?? { full: 0, keyed: 0, count: 0 }
    const delta = {
      full: reads.full - earlier.full,
      keyed: reads.keyed - earlier.keyed,
      count: reads.count - earlier.count
    }
    if (delta.full || delta.keyed || delta.count) difference[store] = delta
  }
  return difference
}

/**
 * A full read (`getAll`) of one object store, made in the page beside the app, in the app's
 * database: the read counters' positive control.
 */
export function fullReadBeside(page: Page, table: string): Promise<void> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(localStorage.getItem('dpo-desk.active-db') ?? 'dpo-desk')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise((resolve) => {
      db.transaction(name).objectStore(name).getAll().onsuccess = resolve
    })
    db.close()
  }, table)
}
