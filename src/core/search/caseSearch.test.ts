import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import type { DataSubject } from '../model/types'
import { filterCases, indexCases, sortCases } from './caseSearch'

const subject = (id: string, name: string, extra: Partial<DataSubject> = {}): DataSubject => ({
  id,
  name,
  customerRefs: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra
})

const rows = indexCases([
  {
    case: testCase({
      id: 'a',
      reference: 'DSR-2026-0001',
      type: 'access',
      status: 'received',
      receivedAt: '2026-03-05'
    }),
    subject: subject('s1', 'Märta Östberg', {
      personnummer: '196408233234',
      email: 'Marta.Ostberg@example.se'
    }),
    due: '2026-04-07'
  },
  {
    case: testCase({
      id: 'b',
      reference: 'DSR-2026-0002',
      type: 'erasure',
      status: 'inProgress',
      receivedAt: '2026-02-01'
    }),
    subject: subject('s2', 'Åke Nilsson', { customerRefs: ['KUND-4711'] }),
    due: '2026-03-02'
  },
  {
    case: testCase({
      id: 'c',
      reference: 'DSR-2025-0140',
      type: 'access',
      status: 'closed',
      receivedAt: '2025-11-24'
    }),
    subject: subject('s3', 'Anders Ek'),
    due: '2025-12-24'
  }
])

const ids = (list: { case: { id: string } }[]) => list.map((r) => r.case.id)

describe('case search', () => {
  it('finds by name, case-insensitively and without diacritics', () => {
    expect(ids(filterCases(rows, { query: 'östberg' }))).toEqual(['a'])
    expect(ids(filterCases(rows, { query: 'ostberg' }))).toEqual(['a'])
    expect(ids(filterCases(rows, { query: 'ÅKE' }))).toEqual(['b'])
  })

  it('finds by reference, e-mail, customer reference and personnummer in any common form', () => {
    expect(ids(filterCases(rows, { query: 'dsr-2025' }))).toEqual(['c'])
    expect(ids(filterCases(rows, { query: 'marta.ostberg@' }))).toEqual(['a'])
    expect(ids(filterCases(rows, { query: 'kund-4711' }))).toEqual(['b'])
    for (const form of ['196408233234', '19640823-3234', '6408233234', '640823-3234']) {
      expect(ids(filterCases(rows, { query: form })), form).toEqual(['a'])
    }
  })

  it('requires every word to match', () => {
    expect(ids(filterCases(rows, { query: 'märta 2026' }))).toEqual(['a'])
    expect(ids(filterCases(rows, { query: 'märta 2025' }))).toEqual([])
  })

  it('filters by type, status and due range', () => {
    expect(ids(filterCases(rows, { types: ['access'] }))).toEqual(['a', 'c'])
    expect(ids(filterCases(rows, { statuses: ['inProgress', 'received'] }))).toEqual(['a', 'b'])
    expect(ids(filterCases(rows, { dueFrom: '2026-01-01', dueTo: '2026-03-31' }))).toEqual(['b'])
    expect(ids(filterCases(rows, {}))).toEqual(['a', 'b', 'c'])
  })

  it('sorts by any column with Swedish collation (Å after Z)', () => {
    expect(ids(sortCases(rows, { key: 'subject', direction: 'asc' }))).toEqual(['c', 'a', 'b'])
    expect(ids(sortCases(rows, { key: 'due', direction: 'desc' }))).toEqual(['a', 'b', 'c'])
    expect(ids(sortCases(rows, { key: 'reference', direction: 'asc' }))).toEqual(['c', 'a', 'b'])
  })
})
