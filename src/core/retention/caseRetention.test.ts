import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { caseHeadOfForTest } from '../../../tests/fixtures/heads'
import { annualReport } from '../reports/stats'
import { computeDeadlines } from '../deadlines/deadlines'
import {
  anonymousRecordOf,
  caseDeletableFrom,
  CASE_RETENTION_YEARS,
  retentionSweep
} from './caseRetention'

const closed = (overrides: Parameters<typeof testCase>[0]) =>
  testCase({
    status: 'closed',
    answeredAt: '2020-03-20',
    closedAt: '2020-03-25T10:00:00.000Z',
    receivedAt: '2020-03-02',
    ...overrides
  })

describe("the app's own retention of closed cases", () => {
  it('keeps a closed case five years by default: deletable from the day after the anniversary', () => {
    expect(CASE_RETENTION_YEARS.default).toBe(5)
    expect(caseDeletableFrom('2020-03-25', 5)).toBe('2025-03-26')
    // A period from 29 February ends on 28 February (1182/71 art. 3(2)(c)).
    expect(caseDeletableFrom('2024-02-29', 1)).toBe('2025-03-01')
  })

  it('lists closed cases whose period has run, and holds those with a pending block or a letter to post', () => {
    const heads = [
      closed({ id: 'due', reference: 'DSR-2020-0001' }),
      closed({ id: 'young', reference: 'DSR-2021-0001', closedAt: '2021-06-01T10:00:00.000Z' }),
      closed({
        id: 'blocked',
        reference: 'DSR-2020-0002',
        erasure: [
          {
            categoryId: 'betalning',
            action: 'block',
            legalBasis: 'bokforingslagen',
            startEvent: '2020-12-31',
            releaseDate: '2028-01-01'
          }
        ]
      }),
      closed({
        id: 'released',
        reference: 'DSR-2020-0003',
        erasure: [
          {
            categoryId: 'betalning',
            action: 'block',
            releaseDate: '2023-01-01',
            erasedAt: '2023-01-02'
          }
        ]
      }),
      testCase({ id: 'open', reference: 'DSR-2020-0004', receivedAt: '2020-01-01' })
    ].map(caseHeadOfForTest)
    heads.push({
      ...caseHeadOfForTest(closed({ id: 'post', reference: 'DSR-2020-0005' })),
      lettersToPost: 1
    })
    const sweep = retentionSweep(heads, '2026-01-15', 5)
    expect(sweep.due.map((item) => item.id)).toEqual(['due', 'released'])
    expect(sweep.due[0]).toMatchObject({ closedOn: '2020-03-25', deletableFrom: '2025-03-26' })
    expect(sweep.held).toEqual([
      expect.objectContaining({ id: 'blocked', reason: 'blocked', releaseDate: '2028-01-01' }),
      expect.objectContaining({ id: 'post', reason: 'letterToPost' })
    ])
    expect(retentionSweep(heads, '2025-03-25', 5).due).toEqual([])
  })

  it('keeps an anonymous record that holds no reference, name or exact date', () => {
    const record = anonymousRecordOf(
      closed({
        decisions: [{ id: 'd', at: '2020-03-19T10:00:00.000Z', kind: 'partialGrant', reasons: 'x' }]
      }),
      '2026-01-15'
    )
    expect(record).toEqual({
      type: 'access',
      channel: 'email',
      receivedMonth: '2020-03',
      closedMonth: '2020-03',
      outcome: 'partlyGranted',
      daysToAnswer: 18,
      withinOneMonth: true,
      withinThreeMonths: true
    })
  })

  it('leaves the annual report unchanged when cases are replaced by their records', () => {
    const today = '2026-01-15'
    const cases = [
      closed({ id: 'a' }),
      closed({
        id: 'b',
        type: 'erasure',
        answeredAt: '2020-05-20',
        closedAt: '2020-05-21T08:00:00Z'
      }),
      closed({ id: 'c', answeredAt: undefined, closedAt: '2020-06-30T21:30:00.000Z' }),
      testCase({ id: 'd', receivedAt: '2020-11-02', status: 'answered', answeredAt: '2020-11-03' })
    ]
    const rows = cases.map((dsrCase) => {
      const deadlines = computeDeadlines(dsrCase.receivedAt)
      return { case: dsrCase, due: deadlines.due, extendedDue: deadlines.extendedDue }
    })
    const before = annualReport(rows, 2020, today)
    const kept = rows.filter((row) => row.case.id === 'd')
    const records = cases.filter((c) => c.id !== 'd').map((c) => anonymousRecordOf(c, today))
    const after = annualReport(kept, 2020, today, records)
    expect(after).toEqual(before)
    expect(after.total).toBe(4)
    expect(after.countsByType.erasure).toBe(1)
    expect(annualReport(kept, 2021, today, records).total).toBe(0)
  })
})
