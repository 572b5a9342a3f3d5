import { describe, expect, it } from 'vitest'
import {
  formatPersonnummer,
  formatPersonnummerMasked,
  ID_ERROR,
  luhnCheckDigit,
  parseOrganisationsnummer,
  parseSwedishId
} from './swedishId'

const today = '2026-11-24'
const value = (input: string, at = today) => {
  const result = parseSwedishId(input, at)
  if (!result.ok) throw new Error(`${input}: ${result.error.code}`)
  return result.value
}
const errorCode = (input: string, at = today) => {
  const result = parseSwedishId(input, at)
  return result.ok ? null : result.error.code
}

// Examples from Skatteverket, rättslig vägledning 330245 (personnummer) and 330251
// (samordningsnummer), as quoted in shared/reference/mission.md §3.10.
describe('personnummer (Skatteverket examples)', () => {
  it.each([
    ['640823-3234', '196408233234'],
    ['6408233234', '196408233234'],
    ['19640823-3234', '196408233234'],
    ['196408233234', '196408233234'],
    ['811218-9876', '198112189876'],
    [' 811218 - 9876 '.replace(/ - /, '-'), '198112189876']
  ])('%s → %s', (input, normalized) => {
    expect(value(input)).toMatchObject({ normalized, kind: 'personnummer' })
  })

  it('computes the check digit with the Luhn weights 2,1', () => {
    expect(luhnCheckDigit('640823323')).toBe(4)
    expect(luhnCheckDigit('811218987')).toBe(6)
  })

  it('recognises samordningsnummer (day + 60)', () => {
    expect(value('701063-2391')).toEqual({
      normalized: '197010632391',
      kind: 'samordningsnummer',
      birthDate: '1970-10-03'
    })
  })

  it('gives the birth date', () => {
    expect(value('750510-1837').birthDate).toBe('1975-05-10')
  })
})

describe('century of 10-digit numbers', () => {
  it('picks the latest century that is not in the future', () => {
    expect(value('121212-1212', '2026-11-24').normalized).toBe('201212121212')
    expect(
      value(`301212-121${luhnCheckDigit('301212121')}`, '2026-11-24').normalized.slice(0, 4)
    ).toBe('1930')
  })

  it('subtracts a century for the + separator (aged 100 or more)', () => {
    expect(value('121212+1212', '2026-11-24').normalized).toBe('191212121212')
  })

  // Skatteverket: "Från och med det år en person fyller 100 år ska skiljetecknet vara ett
  // plustecken" — the calendar year decides, not the birthday.
  const born1226 = `261201${'123'}${luhnCheckDigit('261201123')}`
  it('uses + from the calendar year the person turns 100, before the birthday too', () => {
    // Born 1926-12-01: turns 100 in 2026, so from 2026-01-01 the number is written with +.
    expect(value(`${born1226.slice(0, 6)}+${born1226.slice(6)}`, '2026-01-01').birthDate).toBe(
      '1926-12-01'
    )
    expect(value(`${born1226.slice(0, 6)}+${born1226.slice(6)}`, '2026-11-24').birthDate).toBe(
      '1926-12-01'
    )
    // In 2025 the person is 98–99 all year: + would point at 1826, which is beyond the range.
    expect(errorCode(`${born1226.slice(0, 6)}+${born1226.slice(6)}`, '2025-06-01')).toBe(
      ID_ERROR.date
    )
    // 100 last year or earlier: + as well.
    expect(value('121212+1212', '2012-01-01').birthDate).toBe('1912-12-12')
  })

  it('flags a - where only a + reading is possible, naming the year', () => {
    // In 2026 "261201-…" would be born 2026-12-01 (in the future): only 1926 fits, with a +.
    const dashed = `${born1226.slice(0, 6)}-${born1226.slice(6)}`
    expect(parseSwedishId(dashed, '2026-11-24')).toEqual({
      ok: false,
      error: { code: ID_ERROR.plusRequired, params: { year: 1926 } }
    })
    expect(errorCode(born1226, '2026-11-24')).toBe(ID_ERROR.plusRequired)
    // A mistyped check digit is named as such, not as a missing +.
    const wrong = `${born1226.slice(0, 6)}-${born1226.slice(6, 9)}${(Number(born1226[9]) + 1) % 10}`
    expect(errorCode(wrong, '2026-11-24')).toBe(ID_ERROR.checksum)
    // After the birthday in 2026 the same digits are a newborn's.
    expect(value(dashed, '2026-12-02').birthDate).toBe('2026-12-01')
  })

  it('flags a + in the 12-digit form, and takes - or nothing there for any age', () => {
    expect(errorCode('19121212+1212')).toBe(ID_ERROR.plusWithCentury)
    expect(errorCode('19640823+3234')).toBe(ID_ERROR.plusWithCentury)
    expect(value('19121212-1212').birthDate).toBe('1912-12-12')
    expect(value('191212121212').birthDate).toBe('1912-12-12')
  })

  it('depends on the given day, not the machine clock', () => {
    const pnr = `${born1226.slice(0, 6)}-${born1226.slice(6)}`
    expect(value(pnr, '2026-12-02').normalized.slice(0, 4)).toBe('2026')
    expect(
      value(`${born1226.slice(0, 6)}+${born1226.slice(6)}`, '2026-12-02').normalized.slice(0, 4)
    ).toBe('1926')
  })
})

describe('organisation numbers are never read as people', () => {
  it('refuses a 16-prefixed number as a personnummer (issue 13)', () => {
    expect(errorCode('166408233234')).toBe(ID_ERROR.isOrganisationNumber)
    expect(errorCode('16556016-0680')).toBe(ID_ERROR.isOrganisationNumber)
  })

  it('recognises a 10-digit organisationsnummer typed as a personnummer', () => {
    expect(errorCode('556016-0680')).toBe(ID_ERROR.isOrganisationNumber)
    expect(errorCode('2021005489')).toBe(ID_ERROR.isOrganisationNumber)
  })
})

describe('invalid numbers give specific Swedish errors', () => {
  it.each([
    ['', ID_ERROR.empty],
    ['abc', ID_ERROR.format],
    ['64082-3234', ID_ERROR.format],
    ['640823/3234', ID_ERROR.format],
    ['6408233234567', ID_ERROR.format],
    ['640823-3235', ID_ERROR.checksum],
    ['641323-3234', ID_ERROR.date],
    ['640230-3234', ID_ERROR.date],
    ['19650229-1234', ID_ERROR.date],
    ['20300101-1234', ID_ERROR.future],
    ['640893-3234', ID_ERROR.date]
  ])('%j → %s', (input, code) => {
    expect(errorCode(input)).toBe(code)
  })

  it('gives a code and no sentence', () => {
    expect(parseSwedishId('640823-3235', today)).toEqual({
      ok: false,
      error: { code: ID_ERROR.checksum }
    })
  })

  it('accepts leap days that exist', () => {
    const pnr = `000229-${'123'}${luhnCheckDigit('000229123')}`
    expect(value(pnr).birthDate).toBe('2000-02-29')
  })
})

describe('display', () => {
  it('formats and masks the 12-digit form', () => {
    expect(formatPersonnummer('196408233234')).toBe('19640823-3234')
    expect(formatPersonnummerMasked('196408233234')).toBe('19640823-XXXX')
  })
})

describe('organisationsnummer', () => {
  it('normalises valid numbers and names the group by code', () => {
    const result = parseOrganisationsnummer('5560160680')
    expect(result).toEqual({
      ok: true,
      value: { normalized: '5560160680', formatted: '556016-0680', type: 'limitedCompany' }
    })
    expect(parseOrganisationsnummer('16556016-0680')).toMatchObject({
      ok: true,
      value: { normalized: '5560160680' }
    })
    // 202100-5489: a public body (group 2).
    expect(parseOrganisationsnummer('202100-5489')).toMatchObject({
      ok: true,
      value: { type: 'publicBody' }
    })
  })

  it('refuses malformed and invalid numbers', () => {
    expect(parseOrganisationsnummer('55601606')).toMatchObject({
      ok: false,
      error: { code: ID_ERROR.orgFormat }
    })
    expect(parseOrganisationsnummer('556016-0681')).toMatchObject({
      ok: false,
      error: { code: ID_ERROR.orgInvalid }
    })
  })

  it('requires a group digit Skatteverket assigns and a third digit of at least 2', () => {
    // Group 4 is not assigned; the Luhn digit is right, so only the group rule refuses it.
    const group4 = `456016${'068'}`
    const withCheck = `${group4}${
      (10 -
        ([...group4].reduce((sum, digit, i) => {
          const product = Number(digit) * (i % 2 === 0 ? 2 : 1)
          return sum + (product > 9 ? product - 9 : product)
        }, 0) %
          10)) %
      10
    }`
    expect(parseOrganisationsnummer(withCheck)).toMatchObject({
      ok: false,
      error: { code: ID_ERROR.orgGroup }
    })
    expect(parseOrganisationsnummer('16' + withCheck)).toMatchObject({
      ok: false,
      error: { code: ID_ERROR.orgGroup }
    })
    // Third digit below 2 with a 16 prefix: a personnummer's digits, never an organisation.
    expect(parseOrganisationsnummer('166408233234')).toMatchObject({
      ok: false,
      error: { code: ID_ERROR.orgThirdDigit }
    })
  })

  it("takes a sole trader's personnummer only without the 16 prefix", () => {
    expect(parseOrganisationsnummer('640823-3234', today)).toEqual({
      ok: true,
      value: { normalized: '6408233234', formatted: '640823-3234', type: 'soleTrader' }
    })
    expect(parseOrganisationsnummer('16640823-3234', today).ok).toBe(false)
  })
})
