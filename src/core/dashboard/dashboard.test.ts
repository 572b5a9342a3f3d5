import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { backupHealth, buildDashboard, daysUntil } from './dashboard'
import { deadlineAlerts, toNotifications } from './deadlineAlerts'

const today = '2026-04-01'
const row = (
  reference: string,
  overrides: Parameters<typeof testCase>[0],
  due: string,
  extendedDue = '2026-12-31'
) => ({
  case: testCase({ id: reference, reference, ...overrides }),
  due,
  extendedDue
})

const rows = [
  row('DSR-2026-0001', { status: 'inProgress', receivedAt: '2026-02-20' }, '2026-03-20'),
  row('DSR-2026-0002', { status: 'received', receivedAt: '2026-03-05' }, '2026-04-07'),
  row(
    'DSR-2026-0003',
    { status: 'identityCheck', receivedAt: '2026-03-10', type: 'erasure' },
    '2026-04-02'
  ),
  row(
    'DSR-2026-0004',
    {
      status: 'inProgress',
      receivedAt: '2026-03-25',
      clockStops: [{ reason: 'identity', questionSentAt: '2026-03-26', from: '2026-03-26' }]
    },
    '2026-04-27'
  ),
  row(
    'DSR-2026-0005',
    { status: 'answered', answeredAt: '2026-03-10', receivedAt: '2026-03-01' },
    '2026-03-20'
  ),
  row('DSR-2026-0006', { status: 'received', receivedAt: '2026-03-30' }, '2026-04-30')
]

describe('dashboard', () => {
  const board = buildDashboard(rows, today, {
    lastVerifiedAt: '2026-03-31T20:00:00.000Z',
    now: new Date('2026-04-01T08:00:00Z')
  })
  const refs = (list: { case: { reference: string } }[]) => list.map((r) => r.case.reference)

  it('lists open overdue cases, and none that were answered', () => {
    expect(refs(board.overdue)).toEqual(['DSR-2026-0001'])
  })

  it('lists cases due within 7 days, soonest first', () => {
    expect(refs(board.dueWithin7Days)).toEqual(['DSR-2026-0003', 'DSR-2026-0002'])
  })

  it('lists cases waiting for the subject and cases with a stopped clock', () => {
    expect(refs(board.waitingForSubject)).toEqual(['DSR-2026-0003', 'DSR-2026-0004'])
    expect(refs(board.clockStopped)).toEqual(['DSR-2026-0004'])
  })

  it('counts open cases per type and requests per month', () => {
    expect(board.openCountsByType).toMatchObject({ access: 4, erasure: 1, objection: 0 })
    expect(board.lastTwelveMonths).toHaveLength(12)
    expect(board.lastTwelveMonths.at(-1)).toMatchObject({ month: '2026-04', received: 0 })
    expect(board.lastTwelveMonths.at(-2)).toMatchObject({ month: '2026-03', received: 5 })
    expect(board.lastTwelveMonths[0]!.month).toBe('2025-05')
  })

  it('warns when the last verified backup is older than 24 hours', () => {
    expect(board.backup).toMatchObject({ state: 'ok' })
    expect(backupHealth(null, new Date())).toEqual({ state: 'never' })
    expect(
      backupHealth('2026-03-30T07:00:00.000Z', new Date('2026-04-01T08:00:00Z'))
    ).toMatchObject({ state: 'stale', hoursSince: 49 })
  })

  it('counts days across month and year ends', () => {
    expect(daysUntil('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysUntil('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysUntil('2026-04-07', '2026-04-01')).toBe(-6)
  })
})

describe('deadline alerts', () => {
  it('reminds overdue, 2-day and 7-day cases once a day, naming no subject', () => {
    const { alerts, notified } = deadlineAlerts(rows, today, {})
    expect(alerts.map((a) => [a.reference, a.level, a.daysLeft])).toEqual([
      ['DSR-2026-0001', 'overdue', -12],
      ['DSR-2026-0003', 'due2', 1],
      ['DSR-2026-0002', 'due7', 6]
    ])
    expect(alerts[1]!.title).toEqual({
      code: 'alert.title.due',
      params: { reference: 'DSR-2026-0003', daysLeft: 1 }
    })
    expect(alerts[1]!.body).toEqual({
      code: 'alert.body.due',
      params: { reference: 'DSR-2026-0003', type: 'erasure', due: '2026-04-02', daysLeft: 1 }
    })
    expect(alerts[0]!.title).toEqual({
      code: 'alert.title.overdue',
      params: { reference: 'DSR-2026-0001', daysOverdue: 12 }
    })
    expect(notified).toEqual({
      'DSR-2026-0001': today,
      'DSR-2026-0003': today,
      'DSR-2026-0002': today
    })
    expect(deadlineAlerts(rows, today, notified).alerts).toEqual([])
    expect(deadlineAlerts(rows, '2026-04-02', notified).alerts).toHaveLength(3)
  })

  it('carries no personal data, only references, types, dates and counts', () => {
    const { alerts } = deadlineAlerts(rows, today, {})
    const values = alerts.flatMap((alert) => [
      ...Object.values(alert.title.params),
      ...Object.values(alert.body.params)
    ])
    for (const value of values)
      expect(String(value)).toMatch(/^(DSR-\d{4}-\d{4}|\d{4}-\d{2}-\d{2}|-?\d+|[a-zA-Z]+)$/)
  })
})

describe('notifications from alerts', () => {
  it('keeps the five most urgent and sums up the rest without naming anyone', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      row(`DSR-2026-01${10 + i}`, { status: 'received' }, '2026-03-01')
    )
    const { alerts } = deadlineAlerts(many, today, {})
    const notifications = toNotifications(alerts)
    expect(notifications).toHaveLength(6)
    expect(notifications[5]).toEqual({
      caseId: null,
      title: { code: 'alert.more.title', params: { count: 3 } },
      body: { code: 'alert.more.body', params: {} }
    })
    expect(toNotifications(alerts.slice(0, 2))).toHaveLength(2)
  })
})
