import Holidays from 'date-holidays'
import { describe, expect, it } from 'vitest'
import {
  easterSunday,
  isPlanningNonWorkingDay,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  planningNonWorkingDays,
  publicHoliday,
  swedishPublicHolidays
} from './holidays'
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  isMonthEnd,
  parseIsoDate,
  swedishDateOf,
  weekdayIndex
} from './isoDate'
import { DomainError } from '../errors'

// Independent oracle: the `date-holidays` package (SE rules), used only in tests. Its "public"
// days are the allmänna helgdagar of lag (1989:253); its "bank" days in Sweden are
// midsommarafton, julafton and nyårsafton.
const oracle = new Holidays('SE')
const oracleDays = (year: number, type: string) =>
  oracle
    .getHolidays(year)
    .filter((holiday) => holiday.type === type)
    .map((holiday) => holiday.date.slice(0, 10))
    .sort()

describe('Swedish public holidays 2024–2030 against date-holidays', () => {
  for (let year = 2024; year <= 2030; year++) {
    it(`${year}: the 13 allmänna helgdagar`, () => {
      const ours = swedishPublicHolidays(year)
      expect(ours).toHaveLength(13)
      expect(ours.map((day) => day.date)).toEqual(oracleDays(year, 'public'))
    })
    it(`${year}: midsommarafton, julafton, nyårsafton only for planning`, () => {
      const eves = planningNonWorkingDays(year).map((day) => day.date)
      expect(eves.sort()).toEqual(oracleDays(year, 'bank'))
      for (const eve of eves) {
        expect(publicHoliday(eve)).toBeNull()
        expect(isPlanningNonWorkingDay(eve)).toBe(true)
      }
    })
  }
})

describe('known dates (mission.md §3.3)', () => {
  it.each([
    ['2025-04-18', 'goodFriday'],
    ['2025-04-20', 'easterSunday'],
    ['2025-05-29', 'ascensionDay'],
    ['2025-06-21', 'midsummerDay'],
    ['2025-11-01', 'allSaintsDay'],
    ['2027-03-26', 'goodFriday'],
    ['2027-06-26', 'midsummerDay'],
    ['2027-11-06', 'allSaintsDay'],
    ['2026-04-06', 'easterMonday'],
    ['2026-06-06', 'nationalDay']
  ])('%s is %s', (date, name) => {
    expect(publicHoliday(date)).toBe(name)
    expect(isWorkingDay(date)).toBe(false)
  })

  it('computes Easter for years far from today', () => {
    expect(easterSunday(1961)).toBe('1961-04-02')
    expect(easterSunday(2038)).toBe('2038-04-25')
    expect(easterSunday(1913)).toBe('1913-03-23')
    expect(easterSunday(2008)).toBe('2008-03-23')
  })
})

describe('working days', () => {
  it('excludes weekends and public holidays, but not the eves', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true)
    expect(isWorkingDay('2026-11-28')).toBe(false)
    expect(isWorkingDay('2026-11-29')).toBe(false)
    expect(isWorkingDay('2025-12-24')).toBe(true)
    expect(isWorkingDay('2025-06-20')).toBe(true)
    expect(isWorkingDay('2026-01-06')).toBe(false)
  })

  it('finds the next working day across a long Easter weekend', () => {
    expect(nextWorkingDayOnOrAfter('2026-04-03')).toBe('2026-04-07')
    expect(nextWorkingDayOnOrAfter('2026-04-07')).toBe('2026-04-07')
  })

  it('rejects an invalid date with a typed error', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(DomainError)
    expect(() => swedishPublicHolidays(1800)).toThrow(DomainError)
  })
})

describe('ISO date arithmetic', () => {
  it('adds months with the end-of-month rule and leap years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
  })

  it('adds days across year ends and counts days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
  })

  it('knows the weekday (0 = Monday)', () => {
    expect(weekdayIndex('2026-11-24')).toBe(1)
    expect(weekdayIndex('2026-11-29')).toBe(6)
  })

  it.each(['2026-2-1', '2026-02-30', '2026-13-01', '26-02-01', '', 'idag'])(
    'refuses %j',
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(DomainError)
    }
  )

  it('finds month ends', () => {
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29')
    expect(isMonthEnd('2026-04-30')).toBe(true)
    expect(isMonthEnd('2026-04-29')).toBe(false)
    expect(isMonthEnd('2027-02-28')).toBe(true)
    expect(isMonthEnd('2028-02-28')).toBe(false)
  })

  it('gives the Swedish date of an instant around midnight UTC', () => {
    expect(swedishDateOf(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25')
    expect(swedishDateOf(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01')
    expect(swedishDateOf(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02')
  })
})
