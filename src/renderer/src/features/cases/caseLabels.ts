import type { BadgeTone } from '../../ui/Badge'
import type { CaseStatus, CaseTask, CaseType, IsoDate, LegalBasisForBlock } from '@core'
import { daysBetween } from '@core'
import type { Language, MessageKey, Translate } from '../../lib/i18n'
import { financialYearOptions } from '../organisation/financialYear'

export const typeLabel = (t: Translate, type: CaseType) => t(`type.${type}` as MessageKey)
export const statusLabel = (t: Translate, status: CaseStatus) => t(`status.${status}` as MessageKey)
export const legalBasisLabel = (t: Translate, basis: LegalBasisForBlock | undefined) =>
  t(`legalBasis.${basis ?? 'other'}` as MessageKey)
/** A default task in the user's language; a task the DPO wrote herself as she wrote it. */
export const taskLabel = (t: Translate, task: CaseTask) =>
  task.code ? t(`task.${task.code}` as MessageKey) : (task.label ?? '')

export function statusTone(status: CaseStatus): BadgeTone {
  if (status === 'closed' || status === 'answered') return 'success'
  if (status === 'rejected' || status === 'withdrawn') return 'neutral'
  if (status === 'extended') return 'warning'
  return 'info'
}

/** "Försenad", "i dag", "om 3 d" with a tone for open cases; null for closed ones. */
export function dueHint(
  t: Translate,
  due: IsoDate,
  on: IsoDate,
  isOpen: boolean
): { text: string; tone: BadgeTone } | null {
  if (!isOpen) return null
  const days = daysBetween(on, due)
  if (days < 0) return { text: t('cases.overdue'), tone: 'danger' }
  if (days === 0) return { text: t('cases.dueToday'), tone: 'danger' }
  return { text: t('cases.dueIn', { days }), tone: days <= 7 ? 'warning' : 'neutral' }
}

/**
 * "Räkenskapsår: 1 maj–30 april. Senaste räkenskapsårets sista dag: 2026-04-30." for the
 * organisation's financial year ending in `endMonth` (calendar year when not set).
 */
export function financialYearHint(
  t: Translate,
  language: Language,
  endMonth: number | undefined,
  lastEnd: IsoDate
): string {
  const option = financialYearOptions(language).find((o) => o.value === String(endMonth ?? 12))
  return t('startEvent.financialYear', { financialYear: option?.label ?? '', lastEnd })
}
