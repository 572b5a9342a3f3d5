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

  it('depends on the given day, not the machine clock', () => {
    // Born 2026-12-01: in 2026-11 that date is still in the future, so 1926.
    const pnr = `261201-${'123'}${luhnCheckDigit('261201123')}`
    expect(value(pnr, '2026-11-24').normalized.slice(0, 4)).toBe('1926')
    expect(value(pnr, '2026-12-02').normalized.slice(0, 4)).toBe('2026')
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

  it('says what to do', () => {
    const result = parseSwedishId('640823-3235', today)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/Kontrollsiffran/)
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
  it('normalises valid numbers', () => {
    const result = parseOrganisationsnummer('5560160680')
    expect(result).toEqual({
      ok: true,
      value: { normalized: '5560160680', formatted: '556016-0680', type: 'Aktiebolag' }
    })
    expect(parseOrganisationsnummer('16556016-0680').ok).toBe(true)
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
})
