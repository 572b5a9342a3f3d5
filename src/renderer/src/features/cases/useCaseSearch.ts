import { useCallback } from 'react'
import { CaseSearchIndex, type CaseFilter, type IsoDate, type Sort } from '@core'
import { derivedOf, type DerivedCaseRows } from '../../data/store/derived'
import type { CaseStore } from '../../data/store/caseStore'
import { useStore, useStoreVersion } from '../store/storeContext'
import { caseRowsOf, today, type CaseRowView } from './useCases'

/**
 * The store's one search index (per day): it outlives the case list page, so coming back to the
 * list costs no indexing, and after a write only the rows the write changed are indexed again.
 */
class StoreSearch {
  readonly index = new CaseSearchIndex<CaseRowView>()
  #version = -1

  constructor(private readonly rows: DerivedCaseRows<CaseRowView>) {}

  /** The index, brought in line with the store's current rows. */
  current(): CaseSearchIndex<CaseRowView> {
    const rows = this.rows
    if (rows.version !== this.#version) {
      const patch = rows.patchSince(this.#version)
      if (patch) this.index.apply(patch.set, patch.removed)
      else this.index.sync(rows.rows())
      this.#version = rows.version
    }
    return this.index
  }
}

export function storeSearchOf(store: CaseStore, on: IsoDate): StoreSearch {
  return derivedOf(store, `search|${on}`, () => new StoreSearch(caseRowsOf(store, on)))
}

/**
 * The case list's search: one index per store kept current row by row as the store changes,
 * searched on every keystroke.
 */
export function useCaseSearch(): {
  total: number
  search: (filter: CaseFilter, sort: Sort) => CaseRowView[]
} {
  const store = useStore()
  const version = useStoreVersion()
  const on = today()
  const total = caseRowsOf(store, on).rows().length
  // A new function after every change of the store, so callers memoise their hits on it.
  const search = useCallback(
    (filter: CaseFilter, sort: Sort) => storeSearchOf(store, on).current().search(filter, sort),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks a change of the index
    [store, on, version]
  )
  return { total, search }
}
