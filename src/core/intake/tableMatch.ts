/**
 * Which rows of an export concern the data subject (issue 16): a row belongs to the person when
 * one of the columns chosen for matching holds one of the person's identifiers — the
 * personnummer (in any common form), an e-mail address or a customer reference.
 */
import { parseSwedishId } from '../identifiers/swedishId'
import type { IsoDate } from '../model/types'

export const MATCH_KINDS = ['personnummer', 'email', 'customerRef'] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

export type SubjectIdentifiers = {
  /** Normalised, 12 digits. */
  personnummer?: string
  emails: readonly string[]
  customerRefs: readonly string[]
}

const foldRef = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE')
const foldEmail = (value: string) =>
  value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase()

/**
 * A matcher for one person: `(kind, cell) → true` when the cell holds that kind of identifier
 * of the person. Built once per import and called for every cell of the matching columns, so
 * the personnummer is compared on its digits first and parsed only when they agree.
 */
export function identifierMatcher(
  identifiers: SubjectIdentifiers,
  today: IsoDate
): (kind: MatchKind, cell: string) => boolean {
  const pnr = identifiers.personnummer
  const emails = new Set(identifiers.emails.map(foldEmail).filter(Boolean))
  const refs = new Set(identifiers.customerRefs.map(foldRef).filter(Boolean))
  return (kind, cell) => {
    if (!cell) return false
    if (kind === 'email') return emails.has(foldEmail(cell))
    if (kind === 'customerRef') return refs.has(foldRef(cell))
    if (!pnr) return false
    const digits = cell.replace(/\D/g, '')
    if (digits.length === 12) return digits === pnr
    if (digits.length !== 10 || digits !== pnr.slice(2)) return false
    // Ten digits: the century comes from the separator ('+' from the year one turns 100).
    const parsed = parseSwedishId(cell.trim(), today)
    return parsed.ok && parsed.value.normalized === pnr
  }
}
