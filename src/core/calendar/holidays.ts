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

/** The allmänna helgdagar of lag (1989:253) 1 §; the catalog names them (`holiday.<id>`). */
export const PUBLIC_HOLIDAY_IDS = [
  'newYearsDay',
  'epiphany',
  'goodFriday',
  'easterSunday',
  'easterMonday',
  'mayDay',
  'ascensionDay',
  'whitSunday',
  'nationalDay',
  'midsummerDay',
  'allSaintsDay',
  'christmasDay',
  'boxingDay'
] as const
export type PublicHolidayId = (typeof PUBLIC_HOLIDAY_IDS)[number]

/** Midsommarafton, julafton and nyårsafton: customary days off, never legal holidays. */
export const PLANNING_EVE_IDS = ['midsummerEve', 'christmasEve', 'newYearsEve'] as const
export type PlanningEveId = (typeof PLANNING_EVE_IDS)[number]

/** Why a day is not a working day. */
export type NonWorkingReason = PublicHolidayId | 'saturday' | 'sunday'

export type NamedDay<Id extends string = PublicHolidayId> = { date: IsoDate; id: Id }

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError(DATE_ERROR.outOfRange, {
      year: String(year),
      min: MIN_YEAR,
      max: MAX_YEAR
    })
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
 * The allmänna helgdagar of a year named in lag (1989:253) 1 §, in date order. (Every other
 * Sunday is a public holiday too; `isWorkingDay` covers them.)
 */
export function swedishPublicHolidays(year: number): NamedDay[] {
  checkYear(year)
  const easter = easterSunday(year)
  const days: NamedDay[] = [
    { date: `${year}-01-01`, id: 'newYearsDay' },
    { date: `${year}-01-06`, id: 'epiphany' },
    { date: addDays(easter, -2), id: 'goodFriday' },
    { date: easter, id: 'easterSunday' },
    { date: addDays(easter, 1), id: 'easterMonday' },
    { date: `${year}-05-01`, id: 'mayDay' },
    { date: addDays(easter, 39), id: 'ascensionDay' },
    { date: addDays(easter, 49), id: 'whitSunday' },
    { date: `${year}-06-06`, id: 'nationalDay' },
    { date: midsommardagen(year), id: 'midsummerDay' },
    { date: saturdayFrom(`${year}-10-31`), id: 'allSaintsDay' },
    { date: `${year}-12-25`, id: 'christmasDay' },
    { date: `${year}-12-26`, id: 'boxingDay' }
  ]
  return days.sort((a, b) => a.date.localeCompare(b.date))
}

/** Midsommarafton, julafton and nyårsafton: customary days off, never legal holidays. */
export function planningNonWorkingDays(year: number): NamedDay<PlanningEveId>[] {
  checkYear(year)
  return [
    { date: addDays(midsommardagen(year), -1), id: 'midsummerEve' },
    { date: `${year}-12-24`, id: 'christmasEve' },
    { date: `${year}-12-31`, id: 'newYearsEve' }
  ]
}

const holidayCache = new Map<number, Map<IsoDate, PublicHolidayId>>()

function holidaysOf(year: number): Map<IsoDate, PublicHolidayId> {
  let map = holidayCache.get(year)
  if (!map) {
    map = new Map(swedishPublicHolidays(year).map((day) => [day.date, day.id]))
    holidayCache.set(year, map)
  }
  return map
}

/** The public holiday on `date`, or null. */
export function publicHoliday(date: IsoDate): PublicHolidayId | null {
  const { year } = parseIsoDate(date)
  return holidaysOf(year).get(date) ?? null
}

/** False on Saturdays, Sundays and public holidays (EU Reg. 1182/71 art. 2(2)). */
export function isWorkingDay(date: IsoDate): boolean {
  return weekdayIndex(date) < 5 && publicHoliday(date) === null
}

/** Midsommarafton, julafton or nyårsafton if `date` is one, else null. */
export function planningEve(date: IsoDate): PlanningEveId | null {
  const { year } = parseIsoDate(date)
  return planningNonWorkingDays(year).find((day) => day.date === date)?.id ?? null
}

/** True on midsommarafton, julafton and nyårsafton. */
export function isPlanningNonWorkingDay(date: IsoDate): boolean {
  return planningEve(date) !== null
}

/** `date` itself if it is a working day, otherwise the next one. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date
  while (!isWorkingDay(day)) day = addDays(day, 1)
  return day
}

/** Why a day is not a working day: the holiday first, else the weekend day; null on working days. */
export function nonWorkingReason(date: IsoDate): NonWorkingReason | null {
  const holiday = publicHoliday(date)
  if (holiday) return holiday
  const weekday = weekdayIndex(date)
  if (weekday === 5) return 'saturday'
  if (weekday === 6) return 'sunday'
  return null
}

/**
 * The day `count` working days before `date`, for planning ("post by"): weekends, public
 * holidays and the eves that are not worked (midsommarafton, julafton, nyårsafton) are skipped.
 */
export function workingDaysBefore(date: IsoDate, count: number): IsoDate {
  let day = date
  let left = count
  while (left > 0) {
    day = addDays(day, -1)
    if (isWorkingDay(day) && !isPlanningNonWorkingDay(day)) left--
  }
  return day
}
