import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { filterCases, indexCases, sortCases } from '../src/core/search/caseSearch'
import { seedCases } from '../tests/fixtures/seed'
import { withBenchPage } from './browserBench'
import { median, report } from './report'

describe('case search over 10 000 cases', () => {
  it('in Chromium: encrypted cases loaded from IndexedDB, then searched as the search box does', async () => {
    const result = await withBenchPage(path.join(__dirname, 'browser/searchBench.ts'), (page) =>
      page.evaluate((count) => window.runSearchBench(count), 10_000)
    )
    const times = result.queries.map((query) => query.ms)
    expect(result.queries.find((query) => query.query === 'person777@')?.hits).toBe(1)
    expect(result.queries.find((query) => query.query === 'zzz-nothing')?.hits).toBe(0)
    report('search (Chromium, 10 000 encrypted cases)', [
      {
        name: 'load and decrypt all cases and subjects, compute deadlines',
        value: result.loadMs,
        unit: 'ms'
      },
      { name: 'build the search index', value: result.indexMs, unit: 'ms' },
      {
        name: 'query + sort, median',
        value: median(times),
        unit: 'ms',
        target: { op: '<=', value: 100 }
      },
      {
        name: 'query + sort, worst',
        value: Math.max(...times),
        unit: 'ms',
        target: { op: '<=', value: 100 }
      }
    ])
  })

  it('in Node (core only), for comparison', () => {
    const { subjects, cases } = seedCases(10_000)
    const byId = new Map(subjects.map((s) => [s.id, s]))
    const index = indexCases(
      cases.map((c) => ({ case: c, subject: byId.get(c.subjectId), due: c.receivedAt }))
    )
    const times: number[] = []
    for (const query of [
      'östberg',
      'DSR-2025-0042',
      subjects[1234]!.personnummer!,
      'person777@',
      'märta 2026'
    ]) {
      const start = performance.now()
      sortCases(filterCases(index, { query }), { key: 'due', direction: 'asc' })
      times.push(performance.now() - start)
    }
    expect(times).toHaveLength(5)
    report('search (Node, core)', [
      {
        name: 'query + sort, median',
        value: median(times),
        unit: 'ms',
        target: { op: '<=', value: 100 }
      }
    ])
  })
})
