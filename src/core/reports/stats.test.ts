import { describe, expect, it } from 'vitest'
import { annualReport, answeredOn, timeliness } from './stats'
import { testCase } from '../../../tests/fixtures/cases'

const row = (overrides: Parameters<typeof testCase>[0], due: string, extendedDue: string) => ({
  case: testCase(overrides),
  due,
  extendedDue
})

describe('timeliness figures', () => {
  const rows = [
    // answered in 10 days, within one month
    row(
      { receivedAt: '2026-03-05', answeredAt: '2026-03-15', status: 'answered' },
      '2026-04-07',
      '2026-06-05'
    ),
    // answered after the month but within the extension
    row(
      { receivedAt: '2026-01-10', answeredAt: '2026-03-01', status: 'closed' },
      '2026-02-10',
      '2026-04-10'
    ),
    // refused, closed on 2026-02-20 without answeredAt: counts as answered on closedAt
    row(
      { receivedAt: '2026-02-01', status: 'rejected', closedAt: '2026-02-20T12:00:00.000Z' },
      '2026-03-02',
      '2026-05-04'
    ),
    // open and overdue for one month, extended date not yet passed
    row({ receivedAt: '2026-05-01', status: 'inProgress' }, '2026-06-01', '2026-08-03'),
    // open, not yet due
    row({ receivedAt: '2026-06-20', status: 'received' }, '2026-07-20', '2026-09-21'),
    // withdrawn: not counted
    row({ receivedAt: '2026-04-01', status: 'withdrawn' }, '2026-05-04', '2026-07-01')
  ]
  const figures = timeliness(rows, '2026-06-25')

  it('counts answered, pending, overdue and withdrawn cases', () => {
    expect(figures).toMatchObject({
      total: 6,
      withdrawn: 1,
      answered: 3,
      pending: 1,
      overdueUnanswered: 1
    })
  })

  it('computes the median days from receipt to answer', () => {
    // 10, 50 (2026-01-10 → 2026-03-01) and 19 days → median 19
    expect(figures.medianDaysToAnswer).toBe(19)
  })

  it('counts an overdue open case as late for one month but not yet for three', () => {
    expect(figures.shareWithinOneMonth).toBeCloseTo(2 / 4)
    expect(figures.shareWithinThreeMonths).toBe(1)
  })

  it('gives null figures when nothing is known yet', () => {
    expect(timeliness([], '2026-06-25')).toMatchObject({
      medianDaysToAnswer: null,
      shareWithinOneMonth: null
    })
  })

  it('reads answeredAt first, closedAt for refusals and closures', () => {
    expect(
      answeredOn(
        testCase({ answeredAt: '2026-03-10', closedAt: '2026-03-20T00:00:00Z', status: 'closed' })
      )
    ).toBe('2026-03-10')
    expect(answeredOn(testCase({ status: 'closed', closedAt: '2026-03-20T08:00:00Z' }))).toBe(
      '2026-03-20'
    )
    expect(
      answeredOn(testCase({ status: 'withdrawn', closedAt: '2026-03-20T08:00:00Z' }))
    ).toBeUndefined()
  })
})

describe('annual report', () => {
  it('covers the cases received during the year, per type', () => {
    const rows = [
      row({ receivedAt: '2025-12-30', type: 'erasure' }, '2026-01-30', '2026-03-30'),
      row(
        { receivedAt: '2026-01-02', type: 'erasure', answeredAt: '2026-01-20' },
        '2026-02-02',
        '2026-04-02'
      ),
      row(
        { receivedAt: '2026-05-02', type: 'access', answeredAt: '2026-05-04' },
        '2026-06-02',
        '2026-08-03'
      )
    ]
    const report = annualReport(rows, 2026, '2026-12-31')
    expect(report.total).toBe(2)
    expect(report.countsByType.erasure).toBe(1)
    expect(report.countsByType.access).toBe(1)
    expect(report.countsByType.objection).toBe(0)
    expect(report.medianDaysToAnswer).toBe(10)
    expect(report.shareWithinOneMonth).toBe(1)
  })
})
