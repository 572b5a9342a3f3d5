/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is on the proleptic Gregorian calendar
 * in UTC, so the host's time zone and daylight saving time never shift a date.
 */
import { DomainError } from '../errors'
import type { IsoDate } from '../model/types'

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const DATE_ERROR = { invalid: 'DATE_INVALID', outOfRange: 'DATE_OUT_OF_RANGE' } as const

/** The last day of the month `date` lies in. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date)
  return formatIsoDate({ year, month, day: daysInMonth(year, month) })
}

export function isMonthEnd(date: IsoDate): boolean {
  return isIsoDate(date) && endOfMonth(date) === date
}

/** Years the app accepts: far enough for history and retention, close enough to catch typos. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

export type DateParts = { year: number; month: number; day: number }

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a well-formed, existing calendar date in the supported range. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Parses a date or throws DATE_INVALID / DATE_OUT_OF_RANGE. */
export function parseIsoDate(value: unknown): DateParts {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null
  if (!match) throw new DomainError(DATE_ERROR.invalid, { value: String(value) })
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DomainError(DATE_ERROR.invalid, { value: String(value) })
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError(DATE_ERROR.outOfRange, { year, min: MIN_YEAR, max: MAX_YEAR })
  }
  return { year, month, day }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * DAY_MS)
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate()
  })
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/**
 * Adds whole months the way EU Reg. 1182/71 art. 3(2)(c) counts a period in months: the same
 * day number in the target month, or the last day of that month when it has no such day
 * (2026-01-31 + 1 month = 2026-02-28; 2028-01-31 + 1 month = 2028-02-29).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date)
  const total = year * 12 + (month - 1) + months
  const targetYear = Math.floor(total / 12)
  const targetMonth = (total % 12) + 1
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth))
  })
}

/** 0 = Monday … 6 = Sunday (ISO weekday minus one). */
export function weekdayIndex(date: IsoDate): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7
}

/** Made once: creating an Intl.DateTimeFormat costs far more than formatting with it. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric'
})

/** The local calendar date of an instant in Sweden (Europe/Stockholm). */
export function swedishDateOf(instant: Date): IsoDate {
  const parts = STOCKHOLM_DATE.formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return formatIsoDate({ year: part('year'), month: part('month'), day: part('day') })
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
