/**
 * Instant search and filtering of the case list. The vault decrypts records in the renderer,
 * so search runs in memory over a prepared index: one folded haystack per case built once,
 * then every keystroke is a substring scan. `CaseSearchIndex` (searchIndex.ts) keeps the index
 * and the sort orders current row by row for 10⁵ cases (bench/store.bench.ts).
 */
import type { CaseHeadFields, CaseStatus, CaseType, DataSubject, IsoDate } from '../model/types'

export type CaseRow = {
  case: CaseHeadFields
  subject?: Omit<DataSubject, 'notes'>
  /** The legal due date (adjusted for clock stops and extension) computed by the caller. */
  due: IsoDate
}

export type IndexedCase<R extends CaseRow = CaseRow> = R & { haystack: string }

export type CaseFilter = {
  query?: string
  types?: readonly CaseType[]
  statuses?: readonly CaseStatus[]
  dueFrom?: IsoDate
  dueTo?: IsoDate
}

export const SORT_KEYS = ['reference', 'subject', 'type', 'status', 'receivedAt', 'due'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type Sort = { key: SortKey; direction: 'asc' | 'desc' }

/** Anything but printable ASCII takes the full fold (control characters are rare). */
const NON_ASCII = /[^ -~]/

/** Lower case without diacritics, so "ostberg" finds "Östberg" and "ÅKE" finds "Åke". */
export function foldText(text: string): string {
  // ASCII has no diacritics and no locale-specific lower case: the same result, ~20× faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  return text.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}/gu, '')
}

function digitsVariants(personnummer: string | undefined): string[] {
  if (!personnummer || personnummer.length !== 12) return []
  // 12 digits, YYYYMMDD-NNNN, and the 10-digit YYMMDD-NNNN forms people type.
  const short = personnummer.slice(2)
  return [
    personnummer,
    `${personnummer.slice(0, 8)}-${personnummer.slice(8)}`,
    short,
    `${short.slice(0, 6)}-${short.slice(6)}`
  ]
}

/**
 * The personnummer forms a haystack needs: the 10-digit forms are the ends of the 12-digit ones,
 * so whatever is found in them is found in these two (a shorter haystack, the same hits).
 */
function haystackDigits(personnummer: string | undefined): string[] {
  if (!personnummer || personnummer.length !== 12) return []
  return [personnummer, `${personnummer.slice(0, 8)}-${personnummer.slice(8)}`]
}

/**
 * Everything a case is found by, folded: reference, the subject's name, e-mail, personnummer
 * forms, customer references and postal address. Parts are joined by a character no query has,
 * so a token never matches across two parts.
 */
export function haystackOf(row: CaseRow): string {
  const subject = row.subject
  const address = subject?.address
  // Folded part by part (the separator is a starter, so no fold crosses it): most parts are
  // ASCII and take the fast path.
  return [
    row.case.reference,
    subject?.name ?? '',
    subject?.email ?? '',
    ...haystackDigits(subject?.personnummer),
    ...(subject?.customerRefs ?? []),
    ...(address ? [address.co ?? '', address.street, address.postalCode, address.city] : []),
    // "175 62" is also typed "17562".
    ...(address ? [address.postalCode.replace(/\s/g, '')] : [])
  ]
    .map(foldText)
    .join('\u0000')
}

/** The folded tokens of a query; every one must occur in a hit's haystack. */
export function searchTokens(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean)
}

/** Builds the search index once per data change (see CaseSearchIndex for the incremental one). */
export function indexCases<R extends CaseRow>(rows: readonly R[]): IndexedCase<R>[] {
  return rows.map((row) => ({ ...row, haystack: haystackOf(row) }))
}

/** Filters by every given criterion; an empty filter returns everything. */
export function filterCases<R extends CaseRow>(
  rows: readonly IndexedCase<R>[],
  filter: CaseFilter
): IndexedCase<R>[] {
  const tokens = searchTokens(filter.query ?? '')
  const types = filter.types?.length ? new Set(filter.types) : null
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null
  return rows.filter(
    (row) =>
      (!types || types.has(row.case.type)) &&
      (!statuses || statuses.has(row.case.status)) &&
      (!filter.dueFrom || row.due >= filter.dueFrom) &&
      (!filter.dueTo || row.due <= filter.dueTo) &&
      tokens.every((token) => row.haystack.includes(token))
  )
}

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true })

function sortValue(row: IndexedCase, key: SortKey): string {
  switch (key) {
    case 'reference':
      return row.case.reference
    case 'subject':
      return row.subject?.name ?? ''
    case 'type':
      return row.case.type
    case 'status':
      return row.case.status
    case 'receivedAt':
      return row.case.receivedAt
    case 'due':
      return row.due
  }
}

/** Stable sort; ties keep the reference order so the list never jumps. */
export function sortCases<R extends CaseRow>(
  rows: readonly IndexedCase<R>[],
  sort: Sort
): IndexedCase<R>[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...rows].sort(
    (a, b) =>
      sign * collator.compare(sortValue(a, sort.key), sortValue(b, sort.key)) ||
      collator.compare(a.case.reference, b.case.reference)
  )
}

/** Everything a person is found by in the list of people (folded like the case search). */
export function subjectHaystack(subject: Omit<DataSubject, 'notes'>): string {
  const address = subject.address
  return foldText(
    [
      subject.name,
      subject.email ?? '',
      subject.phone ?? '',
      ...digitsVariants(subject.personnummer),
      ...subject.customerRefs,
      ...(address
        ? [
            address.co ?? '',
            address.street,
            address.postalCode,
            address.city,
            address.postalCode.replace(/\s/g, '')
          ]
        : [])
    ].join('\u0000')
  )
}

/** Whether a person matches every token of a query. */
export function subjectMatches(subject: Omit<DataSubject, 'notes'>, query: string): boolean {
  const tokens = searchTokens(query)
  if (tokens.length === 0) return true
  const haystack = subjectHaystack(subject)
  return tokens.every((token) => haystack.includes(token))
}
