import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatDayAndDate,
  formatInstantDate,
  formatList
} from './format'

describe('dates and times', () => {
  it('shows an instant in the local time zone, not UTC', () => {
    const stockholm = { timeZone: 'Europe/Stockholm' }
    // 07:43 UTC is 08:43 in Swedish winter time and 09:43 in summer time.
    expect(formatDateTime('2026-03-05T07:43:00.000Z', stockholm)).toBe('2026-03-05 08:43')
    expect(formatDateTime('2026-07-01T07:43:00.000Z', stockholm)).toBe('2026-07-01 09:43')
    // Just before midnight UTC is already the next day in Sweden.
    expect(formatInstantDate('2026-11-24T23:30:00.000Z', stockholm)).toBe('2026-11-25')
    expect(formatDateTime('2026-11-24T23:30:00.000Z', { timeZone: 'UTC' })).toBe('2026-11-24 23:30')
  })

  it('keeps calendar dates as they are and names the weekday', () => {
    expect(formatDate('2026-04-07')).toBe('2026-04-07')
    expect(formatDayAndDate('2026-04-07', 'sv')).toBe('tisdag 2026-04-07')
    expect(formatDayAndDate('2026-04-07', 'en')).toBe('Tuesday 2026-04-07')
  })

  it('joins lists in each language', () => {
    expect(formatList(['A', 'B', 'C'], 'sv')).toBe('A, B och C')
    expect(formatList(['A', 'B'], 'en')).toBe('A and B')
  })

  it('leaves text that is no instant unchanged', () => {
    expect(formatDateTime('okänt')).toBe('okänt')
  })
})
