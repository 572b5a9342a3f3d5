/**
 * The one free copy per year that Entrack's policy promises ("Kopian är gratis att begära en
 * gång per år"), read with GDPR art. 15(3) and EDPB 01/2022 §§28, 185, 194:
 * - a copy is free by default;
 * - a request is a "further copy" only if it concerns the same data in scope and period as a
 *   free copy already delivered (§28; another scope or period is a new free copy, example 2),
 *   so a new request is compared with every free copy of the last twelve months, not only the
 *   latest one;
 * - twelve months or more after a free copy, a copy of the same data is always free again (a
 *   one-year interval is never excessive, §185);
 * - a further copy may carry a reasonable fee, and only after a fee warning the subject can
 *   react to (§§31, 194);
 * - nothing here refuses a request.
 */
import { addMonths, isIsoDate } from '../calendar/isoDate'
import { DomainError, type CoreMessage } from '../errors'
import type { CopyDelivery, IsoDate } from '../model/types'
import { DATE_ERROR } from '../calendar/isoDate'

export type CopyScope = { scope: string; period?: { from: IsoDate; to: IsoDate } }

/**
 * The scope of a copy of all data held on the subject: stored as this code and shown in the
 * DPO's language (the catalog's `copyScope.all`). Copies stored before it was a code carry the
 * Swedish or English words, which mean the same scope.
 */
export const ALL_DATA_SCOPE = 'all'
const ALL_DATA_NAMES = new Set([ALL_DATA_SCOPE, 'alla uppgifter', 'all data'])

export function isAllDataScope(scope: string): boolean {
  return ALL_DATA_NAMES.has(scope.trim().toLocaleLowerCase('sv-SE'))
}

/**
 * - `freeCopy.first`: no free copy has been delivered.
 * - `freeCopy.yearPassed`: the last free copy (`lastFree`) is twelve months or more ago.
 * - `freeCopy.otherScope`: free copies within twelve months (latest `lastFree`) covered other
 *   data or another period.
 * - `freeCopy.chargeable`: a free copy of the same data and period was delivered on `lastFree`;
 *   a further copy may cost a fee after a warning, and is free again from `nextFreeFrom`.
 */
export type FreeCopyCode =
  'freeCopy.first' | 'freeCopy.yearPassed' | 'freeCopy.otherScope' | 'freeCopy.chargeable'
export const FREE_COPY_CODES = [
  'freeCopy.first',
  'freeCopy.yearPassed',
  'freeCopy.otherScope',
  'freeCopy.chargeable'
] as const satisfies readonly FreeCopyCode[]

/** The short status line for lists: "free copy available" or "last free …, next free from …". */
export type FreeCopyLineCode = 'freeCopy.line.available' | 'freeCopy.line.dates'
export const FREE_COPY_LINE_CODES = [
  'freeCopy.line.available',
  'freeCopy.line.dates'
] as const satisfies readonly FreeCopyLineCode[]

type Dates = { lastFree: IsoDate; nextFreeFrom: IsoDate }

export type FreeCopyStatus =
  | {
      kind: 'free'
      reason: 'first'
      message: CoreMessage<'freeCopy.first', Record<string, never>>
    }
  | ({
      kind: 'free'
      reason: 'yearPassed' | 'otherScope'
      message: CoreMessage<'freeCopy.yearPassed' | 'freeCopy.otherScope', Dates>
    } & Dates)
  | ({
      kind: 'chargeableAfterWarning'
      /** Every free copy of the last twelve months with the same scope and period. */
      sameScopeCopies: IsoDate[]
      message: CoreMessage<'freeCopy.chargeable', Dates>
    } & Dates)

function sameScope(a: CopyScope, b: CopyScope): boolean {
  const norm = (text: string) =>
    isAllDataScope(text) ? ALL_DATA_SCOPE : text.trim().toLocaleLowerCase('sv-SE')
  return (
    norm(a.scope) === norm(b.scope) &&
    a.period?.from === b.period?.from &&
    a.period?.to === b.period?.to
  )
}

function latest(entries: readonly CopyDelivery[]): CopyDelivery | null {
  return entries.reduce<CopyDelivery | null>(
    (found, entry) => (!found || entry.deliveredAt > found.deliveredAt ? entry : found),
    null
  )
}

/** Whether the copy requested now is free, and why. */
export function freeCopyStatus(
  ledger: readonly CopyDelivery[],
  today: IsoDate,
  requested: CopyScope
): FreeCopyStatus {
  if (!isIsoDate(today)) throw new DomainError(DATE_ERROR.invalid, { value: String(today) })
  const free = ledger.filter(
    (entry) => entry.free && isIsoDate(entry.deliveredAt) && entry.deliveredAt <= today
  )
  const last = latest(free)
  if (!last)
    return { kind: 'free', reason: 'first', message: { code: 'freeCopy.first', params: {} } }
  // Free copies of the last twelve months: the ones a new request can repeat.
  const recent = free.filter((entry) => today < addMonths(entry.deliveredAt, 12))
  const same = recent.filter((entry) =>
    sameScope({ scope: entry.scope, ...(entry.period ? { period: entry.period } : {}) }, requested)
  )
  const lastSame = latest(same)
  if (lastSame) {
    const dates = {
      lastFree: lastSame.deliveredAt,
      nextFreeFrom: addMonths(lastSame.deliveredAt, 12)
    }
    return {
      kind: 'chargeableAfterWarning',
      ...dates,
      sameScopeCopies: same.map((entry) => entry.deliveredAt).sort(),
      message: { code: 'freeCopy.chargeable', params: dates }
    }
  }
  const lastRecent = latest(recent)
  const shown = lastRecent ?? last
  const dates = { lastFree: shown.deliveredAt, nextFreeFrom: addMonths(shown.deliveredAt, 12) }
  const reason = lastRecent ? 'otherScope' : 'yearPassed'
  return {
    kind: 'free',
    reason,
    ...dates,
    message: { code: `freeCopy.${reason}`, params: dates }
  }
}

/**
 * The short status line for lists: "Kostnadsfri kopia tillgänglig" when nothing limits a copy
 * of all data, else the last free copy and when the next is free.
 */
export function freeCopyLine(
  status: FreeCopyStatus
):
  | CoreMessage<'freeCopy.line.available', Record<string, never>>
  | CoreMessage<'freeCopy.line.dates', Dates> {
  if (status.kind === 'free' && status.reason !== 'otherScope')
    return { code: 'freeCopy.line.available', params: {} }
  return {
    code: 'freeCopy.line.dates',
    params: { lastFree: status.lastFree, nextFreeFrom: status.nextFreeFrom }
  }
}
