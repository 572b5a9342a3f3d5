import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { prng } from '../../../tests/fixtures/seed'
import { CASE_STATUSES, CASE_TYPES, type DataSubject } from '../model/types'
import {
  filterCases,
  indexCases,
  sortCases,
  SORT_KEYS,
  type CaseRow,
  type Sort
} from './caseSearch'
import { CaseSearchIndex } from './searchIndex'

const NAMES = ['Märta Östberg', 'Åke Nilsson', 'Anders Ek', 'Öjvind Åkesson', 'Karin Ström']

function rows(count: number, seed = 7): CaseRow[] {
  const random = prng(seed)
  return Array.from({ length: count }, (_, i) => {
    const subject: DataSubject = {
      id: `s${i}`,
      name: `${NAMES[i % NAMES.length]} ${i}`,
      email: `person${i}@example.se`,
      customerRefs: [`KUND-${1000 + i}`],
      address: {
        street: `Storgatan ${i}`,
        postalCode: '175 62',
        city: i % 2 ? 'Järfälla' : 'Täby'
      },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    }
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    return {
      case: testCase({
        id: `c${i}`,
        reference: `DSR-2026-${String(i + 1).padStart(4, '0')}`,
        type: CASE_TYPES[Math.floor(random() * CASE_TYPES.length)]!,
        status: CASE_STATUSES[Math.floor(random() * CASE_STATUSES.length)]!,
        receivedAt: `2026-0${1 + Math.floor(random() * 9)}-${day}`
      }),
      subject,
      due: `2026-1${Math.floor(random() * 3)}-${day}`
    }
  })
}

const ids = (list: readonly CaseRow[]) => list.map((row) => row.case.id)

function reference(all: readonly CaseRow[], query: string, sort: Sort, extra = {}) {
  return ids(sortCases(filterCases(indexCases(all), { query, ...extra }), sort))
}

describe('incremental case search index', () => {
  it('returns what a full filter and sort return, for every sort and typed prefix', () => {
    const all = rows(300)
    const index = new CaseSearchIndex(all)
    for (const key of SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const word of ['märta', 'ostberg', 'kund-10', 'dsr-2026-01', 'storgatan 1']) {
          for (let length = 1; length <= word.length; length++) {
            const query = word.slice(0, length)
            const sort = { key, direction }
            const got = ids(index.search({ query }, sort))
            const want = reference(all, query, sort)
            if (direction === 'asc') expect(got).toEqual(want)
            else expect([...got].sort()).toEqual([...want].sort())
          }
        }
      }
    }
  })

  it('narrows from the previous hits while typing on, and widens again on backspace', () => {
    const all = rows(200)
    const index = new CaseSearchIndex(all)
    const sort: Sort = { key: 'due', direction: 'asc' }
    expect(ids(index.search({ query: 'å' }, sort))).toEqual(reference(all, 'å', sort))
    expect(ids(index.search({ query: 'åke' }, sort))).toEqual(reference(all, 'åke', sort))
    expect(ids(index.search({ query: 'åke 1' }, sort))).toEqual(reference(all, 'åke 1', sort))
    expect(ids(index.search({ query: 'åk' }, sort))).toEqual(reference(all, 'åk', sort))
    // Typing on where every hit still matches returns the same rows (the list need not change).
    const dsr = index.search({ query: 'dsr' }, sort)
    expect(index.search({ query: 'dsr-' }, sort)).toBe(dsr)
    // Other filters do not reuse the narrowed hits.
    const statuses = ['received' as const]
    expect(ids(index.search({ query: 'åk', statuses }, sort))).toEqual(
      reference(all, 'åk', sort, { statuses })
    )
  })

  it('narrows right where words repeat and overlap: random typing, spaces and backspaces', () => {
    // Names from a tiny alphabet, so every word occurs several times and overlaps itself
    // ("anan" in "ananas"): the search from the shorter word's position must still find it.
    const random = prng(11)
    const word = (length: number) =>
      Array.from({ length }, () => 'anbsrd'[Math.floor(random() * 6)]).join('')
    const all = rows(250, 3).map((row) => ({
      ...row,
      subject: { ...row.subject!, name: `${word(6)} ${word(9)}`, email: `${word(5)}@x.se` }
    }))
    const index = new CaseSearchIndex(all)
    const sorts: Sort[] = [
      { key: 'reference', direction: 'asc' },
      { key: 'reference', direction: 'desc' }
    ]
    for (let round = 0; round < 60; round++) {
      const sort = sorts[round % 2]!
      // Every third round with a status filter: no narrowing across filters.
      const extra = round % 3 === 2 ? { statuses: ['received' as const, 'closed' as const] } : {}
      let query = ''
      for (let step = 0; step < 12; step++) {
        const roll = random()
        if (roll < 0.15 && query) query = query.slice(0, -1)
        else if (roll < 0.25) query += ' '
        else if (roll < 0.3) query = ''
        // 'd', 's' and 'r' also begin every haystack (the reference, "dsr-…"): a position that
        // was never looked up must not be taken for one that was.
        else query += 'anbsrdx'[Math.floor(random() * 7)]
        const got = ids(index.search({ query, ...extra }, sort))
        const want = reference(all, query, { key: 'reference', direction: 'asc' }, extra)
        expect(got, `query "${query}"`).toEqual(
          sort.direction === 'asc' ? want : [...want].reverse()
        )
      }
    }
  })

  it('finds by street, postal code (with or without space) and customer reference', () => {
    const all = rows(20)
    all[7] = {
      ...all[7]!,
      subject: {
        ...all[7]!.subject!,
        address: {
          co: 'Familjen Ek',
          street: 'Lilla Nygatan 5',
          postalCode: '111 28',
          city: 'Stockholm'
        }
      }
    }
    const index = new CaseSearchIndex(all)
    const sort: Sort = { key: 'reference', direction: 'asc' }
    expect(ids(index.search({ query: 'nygatan 5' }, sort))).toEqual(['c7'])
    expect(ids(index.search({ query: 'familjen' }, sort))).toEqual(['c7'])
    expect(ids(index.search({ query: '11128' }, sort))).toEqual(['c7'])
    expect(ids(index.search({ query: 'kund-1013' }, sort))).toEqual(['c13'])
    expect(index.search({ query: '17562' }, sort)).toHaveLength(19)
    expect(index.search({ query: '175 62' }, sort)).toHaveLength(19)
    expect(index.search({ query: 'jarfalla' }, sort)).toHaveLength(9)
  })

  it('stays in step with changed, added and removed rows', () => {
    const all = rows(120)
    const index = new CaseSearchIndex(all)
    const sort: Sort = { key: 'subject', direction: 'asc' }
    index.search({ query: '' }, sort)
    const changed = all.map((row, i) =>
      i % 10 === 0 ? { ...row, subject: { ...row.subject!, name: `Zäta ${i}` } } : row
    )
    const extra = rows(5, 99).map((row, i) => ({ ...row, case: { ...row.case, id: `n${i}` } }))
    const next = [...changed.filter((_, i) => i % 17 !== 3), ...extra]
    index.sync(next)
    expect(index.size).toBe(next.length)
    for (const query of ['', 'zäta', 'märta', 'n']) {
      expect(ids(index.search({ query }, sort))).toEqual(reference(next, query, sort))
    }
  })
})
