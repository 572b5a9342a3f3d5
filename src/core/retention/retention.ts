/**
 * Retention of blocked data ("spärrade uppgifter"): when erasure must wait for a legal duty to
 * keep the data (GDPR art. 17(3)(b)), the data is blocked from any other use until the release
 * date, when a "delete now" task comes due (mission.md §3.8).
 *
 * - Bokföringslagen (1999:1078) 7 kap. 2 §: räkenskapsinformation is kept "till och med det
 *   sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades". The start is the
 *   last day of a financial year, which is always the last day of a month (1 kap. 3 §, 3 kap.);
 *   the period ends on 31 December seven years after that calendar year, release = 1 January of
 *   (that year + 8).
 * - Penningtvättslagen (2017:630) 5 kap. 3 §: 5 years from the end of the business relationship
 *   (or the occasional transaction).
 * - Consumer purchases (konsumentköplagen 2022:260): complaints may be made for 3 years from
 *   delivery.
 *   A period of N years "from" an event does not count the day of the event and ends at the end
 *   of the anniversary day, or of the month's last day when the month has no such day (a period
 *   from 29 February ends on 28 February) — EU Reg. 1182/71 art. 3(1), 3(2)(c) and lag
 *   (1930:173) 1 § count it the same way. The data may be deleted from the day after.
 *   No working-day roll: that rule is for the last day to act, not for how long data is kept.
 * - Other: the DPO states the release date herself.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isMonthEnd,
  parseIsoDate
} from '../calendar/isoDate'
import { failure, success, type CoreMessage, type CoreResult } from '../errors'
import {
  LEGAL_BASES_FOR_BLOCK,
  type ErasureItem,
  type IsoDate,
  type LegalBasisForBlock
} from '../model/types'

export const RETENTION_ERROR = {
  startInvalid: 'RETENTION_START_INVALID',
  startNotMonthEnd: 'RETENTION_START_NOT_MONTH_END',
  releaseRequired: 'RETENTION_RELEASE_REQUIRED',
  basisInvalid: 'RETENTION_BASIS_INVALID'
} as const

/** Years a block lasts for each basis with a fixed period, counted from the start event. */
export const RETENTION_YEARS = { penningtvattslagen: 5, konsumentkop: 3 } as const

/**
 * How the release date was found, for the erasure view and the letter.
 * - `retention.bokforingslagen`: the financial year ended `start`; kept to `lastDay` (31 Dec
 *   of `calendarYear` + 7); deletable from `releaseDate`.
 * - `retention.years`: `years` years from `start` end on `lastDay`; deletable from `releaseDate`.
 * - `retention.explicit`: kept to `lastDay` as the DPO stated.
 */
export type RetentionExplanation =
  | CoreMessage<
      'retention.bokforingslagen',
      { start: IsoDate; calendarYear: number; lastDay: IsoDate; releaseDate: IsoDate }
    >
  | CoreMessage<
      'retention.years',
      {
        basis: 'penningtvattslagen' | 'konsumentkop'
        start: IsoDate
        years: number
        lastDay: IsoDate
        releaseDate: IsoDate
      }
    >
  | CoreMessage<'retention.explicit', { start: IsoDate; lastDay: IsoDate; releaseDate: IsoDate }>

export const RETENTION_CODES = [
  'retention.bokforingslagen',
  'retention.years',
  'retention.explicit'
] as const satisfies readonly RetentionExplanation['code'][]

export type Release = {
  /** The first day the data may (and must) be deleted. */
  releaseDate: IsoDate
  /** The last day the data must be kept. */
  lastDay: IsoDate
  explanation: RetentionExplanation
}

/** The end of a period of `years` years from `start` (art. 3(2)(c)): the anniversary day. */
export function endOfYearsFrom(start: IsoDate, years: number): IsoDate {
  return addMonths(start, years * 12)
}

/** When blocked data may (and must) be deleted. */
export function retentionRelease(
  basis: LegalBasisForBlock,
  startEvent: IsoDate,
  explicitRelease?: IsoDate
): CoreResult<Release> {
  if (!LEGAL_BASES_FOR_BLOCK.includes(basis)) return failure(RETENTION_ERROR.basisInvalid)
  if (!isIsoDate(startEvent)) return failure(RETENTION_ERROR.startInvalid)
  switch (basis) {
    case 'bokforingslagen': {
      if (!isMonthEnd(startEvent)) {
        return failure(RETENTION_ERROR.startNotMonthEnd, { start: startEvent })
      }
      const calendarYear = parseIsoDate(startEvent).year
      const lastDay = `${calendarYear + 7}-12-31`
      const releaseDate = `${calendarYear + 8}-01-01`
      return success({
        releaseDate,
        lastDay,
        explanation: {
          code: 'retention.bokforingslagen',
          params: { start: startEvent, calendarYear, lastDay, releaseDate }
        }
      })
    }
    case 'penningtvattslagen':
    case 'konsumentkop': {
      const years = RETENTION_YEARS[basis]
      const lastDay = endOfYearsFrom(startEvent, years)
      const releaseDate = addDays(lastDay, 1)
      return success({
        releaseDate,
        lastDay,
        explanation: {
          code: 'retention.years',
          params: { basis, start: startEvent, years, lastDay, releaseDate }
        }
      })
    }
    case 'other': {
      if (!explicitRelease || !isIsoDate(explicitRelease) || explicitRelease <= startEvent) {
        return failure(RETENTION_ERROR.releaseRequired, { start: startEvent })
      }
      const lastDay = addDays(explicitRelease, -1)
      return success({
        releaseDate: explicitRelease,
        lastDay,
        explanation: {
          code: 'retention.explicit',
          params: { start: startEvent, lastDay, releaseDate: explicitRelease }
        }
      })
    }
  }
}

/**
 * The last day of the financial year that ended most recently on or before `today`, for a
 * financial year ending in `endMonth` (1–12; 12 = calendar year).
 */
export function lastFinancialYearEnd(endMonth: number, today: IsoDate): IsoDate {
  const month = Number.isInteger(endMonth) && endMonth >= 1 && endMonth <= 12 ? endMonth : 12
  const { year } = parseIsoDate(today)
  const candidate = (y: number) => formatIsoDate({ year: y, month, day: daysInMonth(y, month) })
  return candidate(year) <= today ? candidate(year) : candidate(year - 1)
}

/** A block whose release date has come and that is not yet erased: a "delete now" task. */
export type DueRelease = {
  caseId: string
  reference: string
  categoryId: string
  releaseDate: IsoDate
}

/** Blocked items whose release date has come and that are not yet erased, oldest first. */
export function dueReleases(
  cases: readonly { id: string; reference: string; erasure: readonly ErasureItem[] }[],
  today: IsoDate
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
          reference: dsrCase.reference,
          categoryId: item.categoryId,
          releaseDate: item.releaseDate
        })
      }
    }
  }
  return due.sort((a, b) => a.releaseDate.localeCompare(b.releaseDate))
}
