import { useCallback, useMemo, useRef } from 'react'
import { CaseSearchIndex, type CaseFilter, type Sort } from '@core'
import { useCaseRows, type CaseRowView } from './useCases'

/**
 * The case list's search: one index kept current row by row as the store changes (only rows
 * whose case or subject changed are indexed again), searched on every keystroke.
 */
export function useCaseSearch(): {
  total: number
  search: (filter: CaseFilter, sort: Sort) => CaseRowView[]
} {
  const rows = useCaseRows()
  const index = useRef<CaseSearchIndex<CaseRowView> | null>(null)
  const current = useMemo(() => {
    index.current ??= new CaseSearchIndex<CaseRowView>()
    index.current.sync(rows)
    return index.current
  }, [rows])
  // A new function after every change of the rows, so callers memoise their hits on it.
  const search = useCallback(
    (filter: CaseFilter, sort: Sort) => current.search(filter, sort),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rows` marks a change of the index
    [current, rows]
  )
  return { total: rows.length, search }
}
