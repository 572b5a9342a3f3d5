import { describe, expect, it } from 'vitest'
import { dueReleases, lastFinancialYearEnd, retentionRelease } from './retention'

const release = (...args: Parameters<typeof retentionRelease>) => {
  const result = retentionRelease(...args)
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

describe('retention release dates', () => {
  it('bokföringslagen: to the end of the 7th year after the calendar year the financial year ended', () => {
    // mission.md §3.8: a voucher from the financial year ending 2025-12-31 may go from 2033-01-01.
    expect(release('bokforingslagen', '2025-12-31')).toMatchObject({
      releaseDate: '2033-01-01',
      lastDay: '2032-12-31'
    })
    expect(release('bokforingslagen', '2025-06-30').releaseDate).toBe('2033-01-01')
    // Räkenskapsår 1 maj 2025 – 30 april 2026: ended in calendar year 2026.
    expect(release('bokforingslagen', '2026-04-30').explanation).toEqual({
      code: 'retention.bokforingslagen',
      params: {
        start: '2026-04-30',
        calendarYear: 2026,
        lastDay: '2033-12-31',
        releaseDate: '2034-01-01'
      }
    })
    expect(release('bokforingslagen', '2028-02-29').releaseDate).toBe('2036-01-01')
  })

  it('bokföringslagen: a financial year always ends on a month end', () => {
    for (const start of ['2026-04-29', '2026-04-15', '2028-02-28', '2026-01-01']) {
      expect(retentionRelease('bokforingslagen', start)).toEqual({
        ok: false,
        error: { code: 'RETENTION_START_NOT_MONTH_END', params: { start } }
      })
    }
  })

  it('penningtvättslagen: five years from the end of the relationship, deletable the day after', () => {
    expect(release('penningtvattslagen', '2026-03-15')).toMatchObject({
      lastDay: '2031-03-15',
      releaseDate: '2031-03-16'
    })
    // From a leap day: the period ends on 28 February (no 29th), release on 1 March.
    expect(release('penningtvattslagen', '2028-02-29')).toMatchObject({
      lastDay: '2033-02-28',
      releaseDate: '2033-03-01'
    })
    expect(release('penningtvattslagen', '2027-12-31').releaseDate).toBe('2033-01-01')
  })

  it('consumer complaints: three years from delivery, deletable the day after', () => {
    expect(release('konsumentkop', '2026-11-24')).toMatchObject({
      lastDay: '2029-11-24',
      releaseDate: '2029-11-25',
      explanation: {
        code: 'retention.years',
        params: { basis: 'konsumentkop', years: 3, lastDay: '2029-11-24' }
      }
    })
    expect(release('konsumentkop', '2024-02-29').releaseDate).toBe('2027-03-01')
    // 2028-02-29 + 3 years: 2031 has no 29 February.
    expect(release('konsumentkop', '2028-02-29').lastDay).toBe('2031-02-28')
    // A weekend anniversary does not roll: this is how long data is kept, not a last day to act.
    expect(release('konsumentkop', '2026-03-07').lastDay).toBe('2029-03-07')
  })

  it('other: the DPO gives the date, after the start', () => {
    expect(release('other', '2026-01-01', '2027-06-30').releaseDate).toBe('2027-06-30')
    expect(retentionRelease('other', '2026-01-01')).toMatchObject({
      ok: false,
      error: { code: 'RETENTION_RELEASE_REQUIRED' }
    })
    expect(retentionRelease('other', '2026-01-01', '2025-01-01').ok).toBe(false)
  })

  it('refuses invalid start dates and bases', () => {
    expect(retentionRelease('bokforingslagen', '2025-13-01')).toMatchObject({
      ok: false,
      error: { code: 'RETENTION_START_INVALID' }
    })
    expect(retentionRelease('tax' as never, '2025-12-31')).toMatchObject({
      ok: false,
      error: { code: 'RETENTION_BASIS_INVALID' }
    })
  })
})

describe("the organisation's last financial-year end", () => {
  it('offers the latest month end of the financial year on or before today', () => {
    expect(lastFinancialYearEnd(12, '2026-11-24')).toBe('2025-12-31')
    expect(lastFinancialYearEnd(12, '2026-12-31')).toBe('2026-12-31')
    expect(lastFinancialYearEnd(4, '2026-11-24')).toBe('2026-04-30')
    expect(lastFinancialYearEnd(4, '2026-04-29')).toBe('2025-04-30')
    expect(lastFinancialYearEnd(2, '2029-03-01')).toBe('2029-02-28')
    expect(lastFinancialYearEnd(2, '2028-03-01')).toBe('2028-02-29')
    expect(lastFinancialYearEnd(0, '2026-11-24')).toBe('2025-12-31')
  })
})

describe('delete-now tasks', () => {
  it('lists released, not yet erased blocks, oldest first', () => {
    const cases = [
      {
        id: 'c1',
        reference: 'DSR-2026-0001',
        erasure: [
          { categoryId: 'payment', action: 'block' as const, releaseDate: '2033-01-01' },
          { categoryId: 'kyc', action: 'block' as const, releaseDate: '2031-03-15' },
          { categoryId: 'contact', action: 'erase' as const, erasedAt: '2026-03-10' },
          {
            categoryId: 'orders',
            action: 'block' as const,
            releaseDate: '2029-11-24',
            erasedAt: '2029-11-25'
          }
        ]
      }
    ]
    expect(dueReleases(cases, '2033-01-01')).toEqual([
      { caseId: 'c1', reference: 'DSR-2026-0001', categoryId: 'kyc', releaseDate: '2031-03-15' },
      { caseId: 'c1', reference: 'DSR-2026-0001', categoryId: 'payment', releaseDate: '2033-01-01' }
    ])
    expect(dueReleases(cases, '2031-03-14')).toEqual([])
  })
})
