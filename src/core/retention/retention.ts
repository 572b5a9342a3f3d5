/**
 * Retention of blocked data ("spärrade uppgifter"): when erasure must wait for a legal duty to
 * keep the data (GDPR art. 17(3)(b)), the data is blocked from any other use until the release
 * date, when a "delete now" task comes due (mission.md §3.8).
 *
 * - Bokföringslagen (1999:1078) 7 kap. 2 §: räkenskapsinformation is kept until the end of the
 *   seventh year after the calendar year in which the financial year ended. The start event is
 *   the last day of the financial year; release = 1 January of (that year + 8).
 * - Penningtvättslagen (2017:630) 5 kap. 3 §: 5 years from the end of the business relationship
 *   (or the occasional transaction); release = the same date five years later.
 * - Consumer purchases (konsumentköplagen): complaints may be made for 3 years from delivery;
 *   release = the same date three years later.
 * - Other: the DPO states the release date herself.
 */
import { addMonths, isIsoDate, parseIsoDate } from '../calendar/isoDate'
import { failure, success, type CoreResult } from '../errors'
import type { ErasureItem, IsoDate, LegalBasisForBlock } from '../model/types'

export const RETENTION_ERROR = {
  startInvalid: 'RETENTION_START_INVALID',
  releaseRequired: 'RETENTION_RELEASE_REQUIRED',
  basisInvalid: 'RETENTION_BASIS_INVALID'
} as const

export const LEGAL_BASIS_SV: Record<LegalBasisForBlock, string> = {
  bokforingslagen: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
  penningtvattslagen: 'Penningtvättslagen (2017:630) 5 kap. 3 §',
  konsumentkop: 'Konsumentköplagen (2022:260), reklamationsfrist 3 år',
  other: 'Annan rättslig förpliktelse'
}

export const START_EVENT_SV: Record<LegalBasisForBlock, string> = {
  bokforingslagen: 'Räkenskapsårets sista dag',
  penningtvattslagen: 'Dagen då affärsförbindelsen upphörde',
  konsumentkop: 'Leveransdagen',
  other: 'Startdag'
}

export type Release = { releaseDate: IsoDate; explanation: string }

/** The day blocked data may (and must) be deleted. */
export function retentionRelease(
  basis: LegalBasisForBlock,
  startEvent: IsoDate,
  explicitRelease?: IsoDate
): CoreResult<Release> {
  if (!(basis in LEGAL_BASIS_SV))
    return failure(RETENTION_ERROR.basisInvalid, 'Välj den rättsliga grunden för spärren.')
  if (!isIsoDate(startEvent))
    return failure(RETENTION_ERROR.startInvalid, 'Ange startdagen som ÅÅÅÅ-MM-DD.')
  switch (basis) {
    case 'bokforingslagen': {
      const year = parseIsoDate(startEvent).year
      return success({
        releaseDate: `${year + 8}-01-01`,
        explanation: `Räkenskapsåret slutade ${startEvent}; räkenskapsinformation sparas till och med det sjunde året efter utgången av kalenderåret ${year}, alltså till ${year + 7}-12-31 (bokföringslagen 7 kap. 2 §). Får raderas från ${year + 8}-01-01.`
      })
    }
    case 'penningtvattslagen': {
      const releaseDate = addMonths(startEvent, 60)
      return success({
        releaseDate,
        explanation: `Affärsförbindelsen upphörde ${startEvent}; uppgifterna sparas i fem år (penningtvättslagen 5 kap. 3 §). Får raderas från ${releaseDate}.`
      })
    }
    case 'konsumentkop': {
      const releaseDate = addMonths(startEvent, 36)
      return success({
        releaseDate,
        explanation: `Leverans ${startEvent}; konsumenten kan reklamera i tre år. Får raderas från ${releaseDate}.`
      })
    }
    case 'other': {
      if (!explicitRelease || !isIsoDate(explicitRelease) || explicitRelease <= startEvent) {
        return failure(
          RETENTION_ERROR.releaseRequired,
          'Ange när spärren upphör (ett datum efter startdagen).'
        )
      }
      return success({
        releaseDate: explicitRelease,
        explanation: `Spärrad till ${explicitRelease} enligt angiven rättslig förpliktelse.`
      })
    }
  }
}

export type DueRelease = { caseId: string; categoryId: string; releaseDate: IsoDate; label: string }

/** Blocked items whose release date has come and that are not yet erased: "delete now" tasks. */
export function dueReleases(
  cases: readonly { id: string; reference: string; erasure: readonly ErasureItem[] }[],
  today: IsoDate,
  categoryName: (categoryId: string) => string = (id) => id
): DueRelease[] {
  const due: DueRelease[] = []
  for (const dsrCase of cases) {
    for (const item of dsrCase.erasure) {
      if (
        item.action === 'block' &&
        item.releaseDate &&
        item.releaseDate <= today &&
        !item.erasedAt
      ) {
        due.push({
          caseId: dsrCase.id,
          categoryId: item.categoryId,
          releaseDate: item.releaseDate,
          label: `Radera nu: ${categoryName(item.categoryId)} (${dsrCase.reference}, spärrad till ${item.releaseDate})`
        })
      }
    }
  }
  return due.sort((a, b) => a.releaseDate.localeCompare(b.releaseDate))
}
