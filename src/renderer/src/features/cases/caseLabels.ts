import type { BadgeTone } from '../../ui/Badge'
import type { CaseStatus, CaseType, IsoDate } from '../../../../core'
import { daysBetween } from '../../../../core'
import type { MessageKey, Translate } from '../../lib/i18n'

export const typeLabel = (t: Translate, type: CaseType) => t(`type.${type}` as MessageKey)
export const statusLabel = (t: Translate, status: CaseStatus) => t(`status.${status}` as MessageKey)

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
