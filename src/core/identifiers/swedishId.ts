/**
 * Swedish identity numbers: personnummer and samordningsnummer (folkbokföringslagen 18 a §,
 * day + 60), and organisationsnummer. The checksum, the real date and the +60 day are checked
 * by the well-kept `personnummer` and `organisationsnummer` packages; this module adds the rules
 * of Skatteverket (rättslig vägledning 330245, 330251; SKV 709) they do not apply:
 *
 * - The century of a 10-digit number follows the separator: `-` while the person is under 100
 *   in the calendar year, `+` from the calendar year in which the person turns 100 (not only
 *   from the birthday). It is chosen against a given day, never the host clock. A `-` (or no
 *   separator) where only a `+` reading is possible is flagged, not guessed.
 * - The 12-digit form carries the century and is written with `-` or nothing: a `+` there is
 *   flagged.
 * - A 12-digit number starting with `16` is an organisationsnummer with its prefix, never a
 *   personnummer (`personnummer` 3.2.1 reads `166408233234` as born in 1664).
 * - Organisationsnummer: the first digit is a group Skatteverket assigns (1, 2, 3, 5, 6, 7, 8,
 *   9; `organisationsnummer` 1.2.0 also accepts 4, which is not assigned), the third digit is
 *   at least 2, and a `16` prefix is followed by an organisation's number, never a
 *   personnummer (the package falls back to reading it as one, so `16`-prefixed personnummer
 *   pass as "Enskild firma"). To report upstream: personnummer/js (century and `+` rules read
 *   the host clock, `+` accepted in the 12-digit form) and organisationsnummer/js (group 4,
 *   `16` + personnummer).
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
  plusRequired: 'ID_PLUS_REQUIRED',
  plusWithCentury: 'ID_PLUS_WITH_CENTURY',
  isOrganisationNumber: 'ID_IS_ORGANISATION_NUMBER',
  orgFormat: 'ORGNR_FORMAT',
  orgInvalid: 'ORGNR_INVALID',
  orgGroup: 'ORGNR_GROUP',
  orgThirdDigit: 'ORGNR_THIRD_DIGIT'
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

/** True if the ten digits are a valid organisationsnummer of a legal person (not a person). */
function isLegalPersonNumber(tenDigits: string): boolean {
  return organisationProblem(tenDigits) === null
}

/**
 * Parses a personnummer or samordningsnummer typed in any common form: 10 or 12 digits, with
 * or without `-`, `+` for people who turn 100 or more in the calendar year of `today`.
 */
export function parseSwedishId(
  input: string,
  today: IsoDate = swedishDateOf(new Date())
): CoreResult<SwedishId> {
  const compact = String(input ?? '').replace(/\s/g, '')
  if (compact === '') return failure(ID_ERROR.empty)
  const match = PATTERN.exec(compact)
  if (!match) return failure(ID_ERROR.format)
  const [, century, yy, mm, dd, separator, tail] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string | undefined,
    string
  ]
  if (century === '16' || (century === undefined && isLegalPersonNumber(`${yy}${mm}${dd}${tail}`)))
    return failure(ID_ERROR.isOrganisationNumber)
  if (century !== undefined && separator === '+') return failure(ID_ERROR.plusWithCentury)
  const month = Number(mm)
  const rawDay = Number(dd)
  const isCoordination = rawDay > 60
  const day = isCoordination ? rawDay - 60 : rawDay
  if (month < 1 || month > 12 || day < 1 || day > 31) return failure(ID_ERROR.date)
  const todayYear = Number(today.slice(0, 4))
  let year: number
  if (century !== undefined) {
    year = Number(century + yy)
  } else {
    // The separator says whether the person turns 100 or more this calendar year: '-' means a
    // birth year in (todayYear − 100, todayYear], '+' one in (todayYear − 200, todayYear − 100].
    const newest = separator === '+' ? todayYear - 100 : todayYear
    year = newest - ((((newest - Number(yy)) % 100) + 100) % 100)
    const birth = formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) })
    if (birth > today) {
      // Only a person born a century earlier fits: one who turns 100 this year, written with '+'
      // (unless the digits are mistyped anyway; the check digit does not depend on the century).
      if (luhnCheckDigit(`${yy}${mm}${dd}${tail.slice(0, 3)}`) !== Number(tail[3]))
        return failure(ID_ERROR.checksum)
      return failure(ID_ERROR.plusRequired, { year: year - 100 })
    }
  }
  if (day > daysInMonth(year, month)) return failure(ID_ERROR.date)
  const birthDate = formatIsoDate({ year, month, day })
  if (!isIsoDate(birthDate)) return failure(ID_ERROR.date)
  if (birthDate > today) return failure(ID_ERROR.future)
  const normalized = `${year}${mm}${dd}${tail}`
  if (
    !Personnummer.valid(`${normalized.slice(0, 8)}-${tail}`, {
      allowCoordinationNumber: true,
      allowInterimNumber: false
    })
  ) {
    return failure(ID_ERROR.checksum)
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

/** Skatteverket's groups (first digit); the catalog names them (`orgType.<type>`). */
export const ORGANISATION_GROUPS = {
  1: 'deathEstate',
  2: 'publicBody',
  3: 'foreignCompany',
  5: 'limitedCompany',
  6: 'simplePartnership',
  7: 'economicAssociation',
  8: 'nonProfit',
  9: 'partnership'
} as const
export type OrganisationType =
  (typeof ORGANISATION_GROUPS)[keyof typeof ORGANISATION_GROUPS] | 'soleTrader'
export const ORGANISATION_TYPES = [
  ...Object.values(ORGANISATION_GROUPS),
  'soleTrader'
] as const satisfies readonly OrganisationType[]

export type OrganisationNumber = {
  normalized: string
  formatted: string
  type: OrganisationType
}

type OrgProblem =
  typeof ID_ERROR.orgGroup | typeof ID_ERROR.orgThirdDigit | typeof ID_ERROR.orgInvalid

/** What is wrong with ten digits as a legal person's organisationsnummer, or null. */
function organisationProblem(tenDigits: string): OrgProblem | null {
  if (!(Number(tenDigits[0]) in ORGANISATION_GROUPS)) return ID_ERROR.orgGroup
  if (Number(tenDigits[2]) < 2) return ID_ERROR.orgThirdDigit
  // The package checks the checksum (and the digits above once more).
  return Organisationsnummer.valid(tenDigits) &&
    !Organisationsnummer.parse(tenDigits).isPersonnummer()
    ? null
    : ID_ERROR.orgInvalid
}

/**
 * Parses an organisationsnummer: 10 digits with an optional hyphen, optionally with the `16`
 * prefix. Without the prefix, a valid personnummer is accepted as a sole trader's number (an
 * enskild näringsidkare uses it as organisationsnummer); with the prefix it never is.
 */
export function parseOrganisationsnummer(
  input: string,
  today: IsoDate = swedishDateOf(new Date())
): CoreResult<OrganisationNumber> {
  const compact = String(input ?? '').replace(/\s/g, '')
  const match = /^(16)?(\d{6})-?(\d{4})$/.exec(compact)
  if (!match) return failure(ID_ERROR.orgFormat)
  const digits = `${match[2]}${match[3]}`
  const problem = organisationProblem(digits)
  if (problem === null) {
    const group = Number(digits[0]) as keyof typeof ORGANISATION_GROUPS
    return success({
      normalized: digits,
      formatted: `${digits.slice(0, 6)}-${digits.slice(6)}`,
      type: ORGANISATION_GROUPS[group]
    })
  }
  if (match[1] === undefined) {
    const person = parseSwedishId(`${match[2]}-${match[3]}`, today)
    if (person.ok) {
      return success({
        normalized: digits,
        formatted: `${digits.slice(0, 6)}-${digits.slice(6)}`,
        type: 'soleTrader'
      })
    }
  }
  return failure(problem)
}
