import { describe, expect, it } from 'vitest'
import { backupsToDelete } from './retention'

function daily(days: number, from = '2026-11-24') {
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(`${from}T02:00:00Z`)
    date.setUTCDate(date.getUTCDate() - i)
    return {
      name: `b-${date.toISOString().slice(0, 10)}`,
      createdAt: date.toISOString(),
      isVerified: true
    }
  })
}

describe('backup retention', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups', () => {
    const entries = daily(400)
    const deleted = new Set(backupsToDelete(entries))
    const kept = entries.filter((entry) => !deleted.has(entry.name))
    expect(kept.slice(0, 7).map((entry) => entry.name)).toEqual(
      entries.slice(0, 7).map((entry) => entry.name)
    )
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12)
    expect(kept.length).toBeGreaterThanOrEqual(12)
    // The oldest kept is about a year old.
    expect(kept.at(-1)!.createdAt < '2026-01-01').toBe(true)
  })

  it('never deletes the newest verified backup, even when newer ones failed', () => {
    const entries = [
      { name: 'new-failed', createdAt: '2026-11-24T02:00:00Z', isVerified: false },
      { name: 'old-good', createdAt: '2025-01-01T02:00:00Z', isVerified: true }
    ]
    expect(backupsToDelete(entries, { daily: 0, weekly: 0, monthly: 0 })).toEqual([])
  })

  it('never deletes unverified backups (they are not its to judge)', () => {
    const entries = [
      ...daily(30),
      { name: 'foreign', createdAt: '2020-01-01T00:00:00Z', isVerified: false }
    ]
    expect(backupsToDelete(entries)).not.toContain('foreign')
  })

  it('keeps one per day when several were made the same day', () => {
    const entries = [
      { name: 'a', createdAt: '2026-11-24T08:00:00Z', isVerified: true },
      { name: 'b', createdAt: '2026-11-24T12:00:00Z', isVerified: true },
      { name: 'c', createdAt: '2026-11-23T12:00:00Z', isVerified: true }
    ]
    expect(backupsToDelete(entries, { daily: 7, weekly: 0, monthly: 0 })).toEqual(['a'])
  })
})
