/**
 * Swedish identity numbers: personnummer and samordningsnummer (folkbokföringslagen 18 a §,
 * day + 60), and organisationsnummer. Validation (Luhn, real date, +60 day) is done by the
 * well-kept `personnummer` and `organisationsnummer` packages; this module adds what they lack
 * for a careful DPO: a century chosen against a given day (not the host clock), and specific
 * Swedish error messages.
 */
import Organisationsnummer from 'organisationsnummer'
import Personnummer from 'personnummer'
import { daysInMonth, formatIsoDate, isIsoDate, swedishDateOf } from '../calendar/isoDate'
import { failure, success, type CoreResult } from '../errors'
import type { IsoDate } from '../model/types'

export const ID_ERROR = {
  empty: 'ID_EMPTY',
  format: 'ID_FORMAT',
  date: 'ID_DATE',
  checksum: 'ID_CHECKSUM',
  future: 'ID_FUTURE',
  orgFormat: 'ORGNR_FORMAT',
  orgInvalid: 'ORGNR_INVALID'
} as const

export type SwedishId = {
  /** 12 digits, YYYYMMDDNNNN (a samordningsnummer keeps its day + 60). */
  normalized: string
  kind: 'personnummer' | 'samordningsnummer'
  /** The birth date (day − 60 for a samordningsnummer). */
  birthDate: IsoDate
}

const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+])?(\d{4})$/

/** Luhn over YYMMDDNNN, the check digit of a personnummer. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0
  for (let i = 0; i < 9; i++) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1)
    if (product > 9) product -= 9
    sum += product
  }
  return (10 - (sum % 10)) % 10
}

/**
 * Parses a personnummer or samordningsnummer typed in any common form: 10 or 12 digits, with
 * or without `-`, `+` for people aged 100 or more. For 10 digits the century is the latest one
 * that puts the birth date on or before `today` (minus 100 years with `+`).
 */
export function parseSwedishId(
  input: string,
  today: IsoDate = swedishDateOf(new Date())
): CoreResult<SwedishId> {
  const compact = String(input ?? '').replace(/\s/g, '')
  if (compact === '')
    return failure(ID_ERROR.empty, 'Ange ett personnummer eller samordningsnummer.')
  const match = PATTERN.exec(compact)
  if (!match) {
    return failure(
      ID_ERROR.format,
      'Personnumret ska ha 10 eller 12 siffror, till exempel 19640823-3234 eller 640823-3234.'
    )
  }
  const [, century, yy, mm, dd, separator, tail] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string | undefined,
    string
  ]
  const month = Number(mm)
  const rawDay = Number(dd)
  const isCoordination = rawDay > 60
  const day = isCoordination ? rawDay - 60 : rawDay
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return failure(ID_ERROR.date, `Födelsedatumet i numret (${yy}${mm}${dd}) finns inte.`)
  }
  const todayYear = Number(today.slice(0, 4))
  let year: number
  if (century !== undefined) {
    year = Number(century + yy)
  } else {
    const yy2 = Number(yy)
    year = Math.floor(todayYear / 100) * 100 + yy2
    const birth = formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) })
    if (birth > today) year -= 100
    if (separator === '+') year -= 100
  }
  if (day > daysInMonth(year, month)) {
    return failure(
      ID_ERROR.date,
      `Födelsedatumet ${year}-${mm}-${String(day).padStart(2, '0')} finns inte.`
    )
  }
  const birthDate = formatIsoDate({ year, month, day })
  if (!isIsoDate(birthDate))
    return failure(ID_ERROR.date, `Födelsedatumet ${birthDate} kan inte stämma.`)
  if (birthDate > today)
    return failure(ID_ERROR.future, `Födelsedatumet ${birthDate} ligger i framtiden.`)
  const normalized = `${year}${mm}${dd}${tail}`
  if (
    !Personnummer.valid(`${normalized.slice(0, 8)}-${tail}`, {
      allowCoordinationNumber: true,
      allowInterimNumber: false
    })
  ) {
    return failure(
      ID_ERROR.checksum,
      'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.'
    )
  }
  return success({
    normalized,
    kind: isCoordination ? 'samordningsnummer' : 'personnummer',
    birthDate
  })
}

/** `YYYYMMDD-NNNN` for letters and forms. */
export function formatPersonnummer(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`
}

/** `YYYYMMDD-XXXX` for lists, where the last four digits are not needed. */
export function formatPersonnummerMasked(normalized: string): string {
  return `${normalized.slice(0, 8)}-XXXX`
}

export type OrganisationNumber = { normalized: string; formatted: string; type: string }

/** Parses an organisationsnummer (10 digits, optional `16` prefix and hyphen). */
export function parseOrganisationsnummer(input: string): CoreResult<OrganisationNumber> {
  const compact = String(input ?? '').replace(/\s/g, '')
  if (!/^(16)?\d{6}-?\d{4}$/.test(compact)) {
    return failure(
      ID_ERROR.orgFormat,
      'Organisationsnumret ska ha 10 siffror, till exempel 556016-0680.'
    )
  }
  try {
    const org = Organisationsnummer.parse(compact)
    return success({ normalized: org.format(false), formatted: org.format(true), type: org.type() })
  } catch {
    return failure(
      ID_ERROR.orgInvalid,
      'Organisationsnumret är inte giltigt. Kontrollera siffrorna.'
    )
  }
}
