import { describe, expect, it } from 'vitest'
import type { CopyDelivery } from '../model/types'
import { ALL_DATA_SCOPE, freeCopyLine, freeCopyStatus, isAllDataScope } from './freeCopy'

const delivery = (deliveredAt: string, overrides: Partial<CopyDelivery> = {}): CopyDelivery => ({
  caseId: `case-${deliveredAt}`,
  deliveredAt,
  scope: 'Alla uppgifter',
  free: true,
  ...overrides
})
const all = { scope: 'Alla uppgifter' }

describe('free copy (DESIGN §2, EDPB §§28, 185, 194)', () => {
  it('is free when no copy was delivered', () => {
    const status = freeCopyStatus([], '2026-03-02', all)
    expect(status).toMatchObject({ kind: 'free', reason: 'first' })
    expect(status.message).toEqual({ code: 'freeCopy.first', params: {} })
    expect(freeCopyLine(status)).toEqual({ code: 'freeCopy.line.available', params: {} })
  })

  it('within 12 months and the same scope: chargeable only after a warning, never refused', () => {
    const status = freeCopyStatus([delivery('2026-03-02')], '2026-09-01', all)
    expect(status).toMatchObject({
      kind: 'chargeableAfterWarning',
      lastFree: '2026-03-02',
      nextFreeFrom: '2027-03-02',
      sameScopeCopies: ['2026-03-02']
    })
    expect(status.message).toEqual({
      code: 'freeCopy.chargeable',
      params: { lastFree: '2026-03-02', nextFreeFrom: '2027-03-02' }
    })
    expect(freeCopyLine(status)).toEqual({
      code: 'freeCopy.line.dates',
      params: { lastFree: '2026-03-02', nextFreeFrom: '2027-03-02' }
    })
  })

  it('is free again exactly 12 months later (one year is never excessive)', () => {
    expect(freeCopyStatus([delivery('2026-03-02')], '2027-03-01', all).kind).toBe(
      'chargeableAfterWarning'
    )
    expect(freeCopyStatus([delivery('2026-03-02')], '2027-03-02', all)).toMatchObject({
      kind: 'free',
      reason: 'yearPassed'
    })
  })

  it('counts twelve months with the month rule on leap days', () => {
    expect(freeCopyStatus([delivery('2028-02-29')], '2028-06-01', all)).toMatchObject({
      nextFreeFrom: '2029-02-28'
    })
  })

  it('is free within 12 months for another scope or period (EDPB §28 example 2)', () => {
    const ledger = [delivery('2026-03-02', { period: { from: '2025-01-01', to: '2025-12-31' } })]
    expect(
      freeCopyStatus(ledger, '2026-04-01', {
        scope: 'Alla uppgifter',
        period: { from: '2026-01-01', to: '2026-03-31' }
      })
    ).toMatchObject({
      kind: 'free',
      reason: 'otherScope'
    })
    expect(freeCopyStatus(ledger, '2026-04-01', { scope: 'Betalningsinformation' }).kind).toBe(
      'free'
    )
  })

  it('compares with every free copy of the last 12 months, not only the latest', () => {
    // All data on 2026-01-15, then payment data only on 2026-03-01: a new request for all
    // data on 2026-06-01 repeats the January copy, though the latest copy had another scope.
    const ledger = [
      delivery('2026-01-15'),
      delivery('2026-03-01', { scope: 'Betalningsinformation' })
    ]
    expect(freeCopyStatus(ledger, '2026-06-01', all)).toMatchObject({
      kind: 'chargeableAfterWarning',
      lastFree: '2026-01-15',
      nextFreeFrom: '2027-01-15',
      sameScopeCopies: ['2026-01-15']
    })
    expect(freeCopyStatus(ledger, '2026-06-01', { scope: 'betalningsinformation ' })).toMatchObject(
      { kind: 'chargeableAfterWarning', lastFree: '2026-03-01' }
    )
    // Twelve months after January, only the March copy (other scope) is recent: free.
    expect(freeCopyStatus(ledger, '2027-01-15', all)).toMatchObject({
      kind: 'free',
      reason: 'otherScope',
      lastFree: '2026-03-01'
    })
    expect(freeCopyStatus(ledger, '2027-03-01', all)).toMatchObject({
      kind: 'free',
      reason: 'yearPassed'
    })
  })

  it('names the latest of several copies of the same data, and when it is free again', () => {
    const ledger = [delivery('2026-01-10'), delivery('2026-05-20')]
    expect(freeCopyStatus(ledger, '2026-07-01', all)).toMatchObject({
      lastFree: '2026-05-20',
      nextFreeFrom: '2027-05-20',
      sameScopeCopies: ['2026-01-10', '2026-05-20']
    })
  })

  it('ignores charged copies and copies dated in the future', () => {
    const ledger = [
      delivery('2025-01-10'),
      delivery('2025-06-01', { free: false }),
      delivery('2026-01-01')
    ]
    expect(freeCopyStatus(ledger, '2025-12-01', all)).toMatchObject({
      kind: 'chargeableAfterWarning',
      lastFree: '2025-01-10'
    })
  })

  it('reads "all data" as one scope, stored as a code or as the words of either language', () => {
    expect(isAllDataScope(ALL_DATA_SCOPE)).toBe(true)
    expect(isAllDataScope(' Alla uppgifter ')).toBe(true)
    expect(isAllDataScope('All data')).toBe(true)
    expect(isAllDataScope('Betalningsinformation')).toBe(false)
    // A copy stored with the old Swedish words is the same data as a request for the code.
    const status = freeCopyStatus([delivery('2026-03-02')], '2026-09-01', { scope: ALL_DATA_SCOPE })
    expect(status.kind).toBe('chargeableAfterWarning')
    const english = freeCopyStatus([delivery('2026-03-02', { scope: 'All data' })], '2026-09-01', {
      scope: 'Alla uppgifter'
    })
    expect(english.kind).toBe('chargeableAfterWarning')
  })
})
