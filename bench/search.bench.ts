import { describe, expect, it } from 'vitest'
import { filterCases, indexCases, sortCases } from '../src/core/search/caseSearch'
import { seedCases } from '../tests/fixtures/seed'
import { median, report } from './report'

describe('case search over 10 000 cases (core, Node)', () => {
  it('indexes once and answers each query', () => {
    const { subjects, cases } = seedCases(10_000)
    const byId = new Map(subjects.map((s) => [s.id, s]))
    const rows = cases.map((c) => ({ case: c, subject: byId.get(c.subjectId), due: c.receivedAt }))
    const indexStart = performance.now()
    const index = indexCases(rows)
    const indexMs = performance.now() - indexStart

    const queries = [
      'östberg',
      'ostberg',
      'DSR-2025-0042',
      subjects[1234]!.personnummer!,
      'person777@',
      'kund-19999',
      'märta 2026',
      'zzz-nothing'
    ]
    const times: number[] = []
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        const start = performance.now()
        const hits = sortCases(filterCases(index, { query }), { key: 'due', direction: 'asc' })
        times.push(performance.now() - start)
        if (query === 'zzz-nothing') expect(hits).toHaveLength(0)
        if (query === 'person777@') expect(hits.map((h) => h.case.id)).toEqual(['case-777'])
      }
    }
    report('search (core)', [
      { name: 'build index for 10 000 cases', value: indexMs, unit: 'ms' },
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
})
