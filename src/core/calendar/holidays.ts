/**
 * Swedish public holidays (allmänna helgdagar) under lag (1989:253) om allmänna helgdagar, and
 * the three customary non-working eves. Easter is computed, so every year works.
 *
 * The legal deadline (EU Reg. 1182/71 art. 3(4)) moves only over Saturdays, Sundays and these
 * public holidays. Midsommarafton, julafton and nyårsafton are NOT public holidays: they never
 * move a legal date, but the app warns about them when planning (DESIGN §2).
 */
import { DomainError } from '../errors'
import type { IsoDate } from '../model/types'
import {
  addDays,
  DATE_ERROR,
  formatIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  weekdayIndex
} from './isoDate'

export type NamedDay = { date: IsoDate; name: string }

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError(
      DATE_ERROR.outOfRange,
      `Året ${String(year)} ligger utanför det som programmet hanterar.`
    )
  }
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  checkYear(year)
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return formatIsoDate({ year, month, day })
}

/** The Saturday in the window starting at `first` (midsommardagen, alla helgons dag). */
function saturdayFrom(first: IsoDate): IsoDate {
  return addDays(first, (5 - weekdayIndex(first) + 7) % 7)
}

function midsommardagen(year: number): IsoDate {
  return saturdayFrom(`${year}-06-20`)
}

/**
 * The allmänna helgdagar of a year named in lag (1989:253) 1 §, in date order, with their
 * Swedish names. (Every other Sunday is a public holiday too; `isWorkingDay` covers them.)
 */
export function swedishPublicHolidays(year: number): NamedDay[] {
  checkYear(year)
  const easter = easterSunday(year)
  const days: NamedDay[] = [
    { date: `${year}-01-01`, name: 'Nyårsdagen' },
    { date: `${year}-01-06`, name: 'Trettondedag jul' },
    { date: addDays(easter, -2), name: 'Långfredagen' },
    { date: easter, name: 'Påskdagen' },
    { date: addDays(easter, 1), name: 'Annandag påsk' },
    { date: `${year}-05-01`, name: 'Första maj' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag' },
    { date: addDays(easter, 49), name: 'Pingstdagen' },
    { date: `${year}-06-06`, name: 'Sveriges nationaldag' },
    { date: midsommardagen(year), name: 'Midsommardagen' },
    { date: saturdayFrom(`${year}-10-31`), name: 'Alla helgons dag' },
    { date: `${year}-12-25`, name: 'Juldagen' },
    { date: `${year}-12-26`, name: 'Annandag jul' }
  ]
  return days.sort((a, b) => a.date.localeCompare(b.date))
}

/** Midsommarafton, julafton and nyårsafton: customary days off, never legal holidays. */
export function planningNonWorkingDays(year: number): NamedDay[] {
  checkYear(year)
  return [
    { date: addDays(midsommardagen(year), -1), name: 'Midsommarafton' },
    { date: `${year}-12-24`, name: 'Julafton' },
    { date: `${year}-12-31`, name: 'Nyårsafton' }
  ]
}

const holidayCache = new Map<number, Map<IsoDate, string>>()

function holidaysOf(year: number): Map<IsoDate, string> {
  let map = holidayCache.get(year)
  if (!map) {
    map = new Map(swedishPublicHolidays(year).map((day) => [day.date, day.name]))
    holidayCache.set(year, map)
  }
  return map
}

/** The name of the public holiday on `date`, or null. */
export function publicHolidayName(date: IsoDate): string | null {
  const { year } = parseIsoDate(date)
  return holidaysOf(year).get(date) ?? null
}

/** False on Saturdays, Sundays and public holidays (EU Reg. 1182/71 art. 2(2)). */
export function isWorkingDay(date: IsoDate): boolean {
  return weekdayIndex(date) < 5 && publicHolidayName(date) === null
}

/** The name of the eve if `date` is midsommarafton, julafton or nyårsafton, else null. */
export function planningNonWorkingDayName(date: IsoDate): string | null {
  const { year } = parseIsoDate(date)
  return planningNonWorkingDays(year).find((day) => day.date === date)?.name ?? null
}

/** True on midsommarafton, julafton and nyårsafton. */
export function isPlanningNonWorkingDay(date: IsoDate): boolean {
  return planningNonWorkingDayName(date) !== null
}

/** `date` itself if it is a working day, otherwise the next one. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date
  while (!isWorkingDay(day)) day = addDays(day, 1)
  return day
}

/** Why a day is not a working day, in Swedish ("lördag", "söndag", "Annandag påsk"). */
export function nonWorkingReason(date: IsoDate): string | null {
  const holiday = publicHolidayName(date)
  if (holiday) return holiday
  const weekday = weekdayIndex(date)
  if (weekday === 5) return 'lördag'
  if (weekday === 6) return 'söndag'
  return null
}
