/**
 * The one free copy per year that Entrack's policy promises ("Kopian är gratis att begära en
 * gång per år"), read with GDPR art. 15(3) and EDPB 01/2022 §§28, 185, 194:
 * - a copy is free by default;
 * - twelve months or more after the last free copy, a copy is always free (a one-year interval
 *   is never excessive, EDPB §185);
 * - within twelve months, only a request for the same scope and period is a "further copy" that
 *   may carry a reasonable fee, and only after a fee warning the subject can react to (§194);
 *   another scope or period is a new free copy (§28, example 2);
 * - nothing here refuses a request.
 */
import { addMonths, isIsoDate } from '../calendar/isoDate'
import { DomainError } from '../errors'
import type { CopyDelivery, IsoDate } from '../model/types'

export type CopyScope = { scope: string; period?: { from: IsoDate; to: IsoDate } }

export type FreeCopyStatus =
  | {
      kind: 'free'
      reason: 'first' | 'yearPassed' | 'otherScope'
      lastFree?: IsoDate
      nextFreeFrom?: IsoDate
      message: string
    }
  | { kind: 'chargeableAfterWarning'; lastFree: IsoDate; nextFreeFrom: IsoDate; message: string }

function sameScope(a: CopyScope, b: CopyScope): boolean {
  const norm = (text: string) => text.trim().toLowerCase()
  return (
    norm(a.scope) === norm(b.scope) &&
    a.period?.from === b.period?.from &&
    a.period?.to === b.period?.to
  )
}

/** Whether the copy requested now is free, and why. */
export function freeCopyStatus(
  ledger: readonly CopyDelivery[],
  today: IsoDate,
  requested: CopyScope
): FreeCopyStatus {
  if (!isIsoDate(today)) throw new DomainError('DATE_INVALID', `Ogiltigt datum: ${String(today)}`)
  const free = ledger.filter(
    (entry) => entry.free && isIsoDate(entry.deliveredAt) && entry.deliveredAt <= today
  )
  const last = free.reduce<CopyDelivery | null>(
    (latest, entry) => (!latest || entry.deliveredAt > latest.deliveredAt ? entry : latest),
    null
  )
  if (!last) return { kind: 'free', reason: 'first', message: 'Kostnadsfri kopia tillgänglig' }
  const nextFreeFrom = addMonths(last.deliveredAt, 12)
  const lastText = `Senaste kostnadsfria kopia ${last.deliveredAt}, nästa kostnadsfria från ${nextFreeFrom}`
  if (today >= nextFreeFrom) {
    return {
      kind: 'free',
      reason: 'yearPassed',
      lastFree: last.deliveredAt,
      nextFreeFrom,
      message: `Kostnadsfri kopia tillgänglig (${lastText.charAt(0).toLowerCase()}${lastText.slice(1)})`
    }
  }
  if (
    !sameScope({ scope: last.scope, ...(last.period ? { period: last.period } : {}) }, requested)
  ) {
    return {
      kind: 'free',
      reason: 'otherScope',
      lastFree: last.deliveredAt,
      nextFreeFrom,
      message: `Kostnadsfri kopia: begäran gäller andra uppgifter eller en annan period än kopian ${last.deliveredAt}`
    }
  }
  return {
    kind: 'chargeableAfterWarning',
    lastFree: last.deliveredAt,
    nextFreeFrom,
    message: `${lastText}. En ytterligare kopia av samma uppgifter får kosta en rimlig avgift, men först efter ett avgiftsbesked; den får inte vägras.`
  }
}

/** The short status line for lists: "Kostnadsfri kopia tillgänglig" or the dates. */
export function freeCopyLine(status: FreeCopyStatus): string {
  if (status.kind === 'free' && status.reason === 'first') return status.message
  if (status.kind === 'free' && status.reason === 'yearPassed')
    return 'Kostnadsfri kopia tillgänglig'
  return `Senaste kostnadsfria kopia ${status.lastFree}, nästa kostnadsfria från ${status.nextFreeFrom}`
}
