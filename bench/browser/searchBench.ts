/**
 * Runs in Chromium: 10 000 encrypted cases (and their subjects) in real IndexedDB, loaded the way
 * the case list loads them, then searched the way the search box searches.
 */
import { filterCases, indexCases, sortCases } from '../../src/core/search/caseSearch'
import { newDataKey } from '../../src/core/crypto'
import { AppDb } from '../../src/renderer/src/data/db'
import { KeyHolder } from '../../src/renderer/src/data/keys'
import { bulkSaveCases } from '../../src/renderer/src/data/repos/cases.repo'
import { bulkSaveSubjects } from '../../src/renderer/src/data/repos/subjects.repo'
import { CaseStore } from '../../src/renderer/src/data/store/caseStore'
import { caseRowViews } from '../../src/renderer/src/features/cases/caseViews'
import { seedCases } from '../../tests/fixtures/seed'

declare global {
  interface Window {
    runSearchBench: (count: number) => Promise<{
      loadMs: number
      indexMs: number
      queries: { query: string; ms: number; hits: number }[]
    }>
  }
}

window.runSearchBench = async (count) => {
  const keys = new KeyHolder()
  keys.unlock(newDataKey())
  const db = new AppDb('search-bench', keys)
  await db.open()
  const { subjects, cases } = seedCases(count)
  await bulkSaveSubjects(db, subjects)
  await bulkSaveCases(db, cases)
  // The first open builds the digests; the app's unlock then loads from them.
  await CaseStore.open(db)

  const loadStart = performance.now()
  const store = await CaseStore.open(db)
  const views = caseRowViews(store.caseHeads(), (id) => store.subject(id), '2026-11-24')
  const loadMs = performance.now() - loadStart
  const indexStart = performance.now()
  const index = indexCases(views)
  const indexMs = performance.now() - indexStart

  const probes = [
    'östberg',
    'ostberg',
    'DSR-2025-0042',
    subjects[1234]!.personnummer!,
    subjects[4321]!.personnummer!.slice(2, 8),
    'person777@',
    'kund-19999',
    'märta 2026',
    'zzz-nothing'
  ]
  const queries: { query: string; ms: number; hits: number }[] = []
  for (let round = 0; round < 3; round++) {
    for (const query of probes) {
      const start = performance.now()
      const hits = sortCases(filterCases(index, { query }), { key: 'due', direction: 'asc' })
      queries.push({ query, ms: performance.now() - start, hits: hits.length })
    }
  }
  db.close()
  return { loadMs, indexMs, queries }
}
