import { describe, expect, it } from 'vitest'
import { dueReleases, retentionRelease } from './retention'

const release = (...args: Parameters<typeof retentionRelease>) => {
  const result = retentionRelease(...args)
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

describe('retention release dates', () => {
  it('bokföringslagen: to the end of the 7th year after the calendar year the financial year ended', () => {
    expect(release('bokforingslagen', '2025-12-31').releaseDate).toBe('2033-01-01')
    expect(release('bokforingslagen', '2025-06-30').releaseDate).toBe('2033-01-01')
    expect(release('bokforingslagen', '2026-04-30').explanation).toContain('till 2033-12-31')
  })

  it('penningtvättslagen: five years after the relationship ended', () => {
    expect(release('penningtvattslagen', '2026-03-15').releaseDate).toBe('2031-03-15')
    expect(release('penningtvattslagen', '2028-02-29').releaseDate).toBe('2033-02-28')
  })

  it('consumer complaints: three years after delivery', () => {
    expect(release('konsumentkop', '2026-11-24').releaseDate).toBe('2029-11-24')
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
    expect(
      dueReleases(cases, '2033-01-01', (id) => (id === 'payment' ? 'Betalningsinformation' : id))
    ).toEqual([
      {
        caseId: 'c1',
        categoryId: 'kyc',
        releaseDate: '2031-03-15',
        label: 'Radera nu: kyc (DSR-2026-0001, spärrad till 2031-03-15)'
      },
      {
        caseId: 'c1',
        categoryId: 'payment',
        releaseDate: '2033-01-01',
        label: 'Radera nu: Betalningsinformation (DSR-2026-0001, spärrad till 2033-01-01)'
      }
    ])
    expect(dueReleases(cases, '2031-03-14')).toEqual([])
  })
})
