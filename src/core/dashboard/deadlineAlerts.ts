/**
 * Desktop reminders for deadlines (shown by main as OS notifications). At most one per case and
 * day. The text names only the case reference and type, never the data subject: notifications
 * can appear on a locked screen.
 */
import type { CaseType, IsoDate } from '../model/types'
import type { CaseWithDeadlines } from '../reports/stats'
import { isOpenCase } from '../cases/workflow'
import { daysUntil } from './dashboard'

export type AlertLevel = 'overdue' | 'due2' | 'due7'

export type DeadlineAlert = {
  caseId: string
  reference: string
  level: AlertLevel
  due: IsoDate
  /** Days left; negative when overdue. */
  daysLeft: number
  title: string
  body: string
}

export type AlertLanguage = 'sv' | 'en'

const TYPE_NAMES: Record<AlertLanguage, Record<CaseType, string>> = {
  sv: {
    access: 'registerutdrag',
    rectification: 'rättelse',
    erasure: 'radering',
    restriction: 'begränsning',
    portability: 'dataportabilitet',
    objection: 'invändning',
    marketingOptOut: 'avregistrering från marknadsföring',
    other: 'övrig begäran'
  },
  en: {
    access: 'access request',
    rectification: 'rectification',
    erasure: 'erasure',
    restriction: 'restriction',
    portability: 'data portability',
    objection: 'objection',
    marketingOptOut: 'marketing opt-out',
    other: 'other request'
  }
}

function levelFor(daysLeft: number): AlertLevel | null {
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 2) return 'due2'
  if (daysLeft <= 7) return 'due7'
  return null
}

function text(
  language: AlertLanguage,
  reference: string,
  type: CaseType,
  due: IsoDate,
  daysLeft: number
) {
  const typeName = TYPE_NAMES[language][type]
  if (language === 'en') {
    if (daysLeft < 0)
      return {
        title: `${reference} is overdue`,
        body: `The ${typeName} was due ${due} (${-daysLeft} days ago).`
      }
    const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`
    return { title: `${reference} is due ${when}`, body: `Answer the ${typeName} by ${due}.` }
  }
  if (daysLeft < 0) {
    return {
      title: `${reference} är försenat`,
      body: `Sista dag för ${typeName} var ${due} (för ${-daysLeft} dagar sedan).`
    }
  }
  const when = daysLeft === 0 ? 'i dag' : daysLeft === 1 ? 'i morgon' : `om ${daysLeft} dagar`
  return {
    title: `${reference}: sista dag ${when}`,
    body: `Besvara begäran om ${typeName} senast ${due}.`
  }
}

/**
 * The reminders to show now. `lastNotified` maps case id → the day it was last notified; the
 * caller stores the returned `notified` map so a case is reminded at most once a day.
 */
export function deadlineAlerts(
  rows: readonly CaseWithDeadlines[],
  today: IsoDate,
  lastNotified: Readonly<Record<string, IsoDate>>,
  language: AlertLanguage = 'sv'
): { alerts: DeadlineAlert[]; notified: Record<string, IsoDate> } {
  const alerts: DeadlineAlert[] = []
  const notified: Record<string, IsoDate> = { ...lastNotified }
  for (const row of rows) {
    if (!isOpenCase(row.case) || lastNotified[row.case.id] === today) continue
    const daysLeft = daysUntil(today, row.due)
    const level = levelFor(daysLeft)
    if (!level) continue
    alerts.push({
      caseId: row.case.id,
      reference: row.case.reference,
      level,
      due: row.due,
      daysLeft,
      ...text(language, row.case.reference, row.case.type, row.due, daysLeft)
    })
    notified[row.case.id] = today
  }
  alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.reference.localeCompare(b.reference))
  return { alerts, notified }
}

/** OS notifications to show for a set of alerts: the most urgent few, then one summary line. */
export function toNotifications(
  alerts: readonly DeadlineAlert[],
  language: AlertLanguage = 'sv',
  max = 5
): { caseId: string | null; title: string; body: string }[] {
  const shown: { caseId: string | null; title: string; body: string }[] = alerts
    .slice(0, max)
    .map(({ caseId, title, body }) => ({ caseId, title, body }))
  const rest = alerts.length - shown.length
  if (rest > 0) {
    shown.push(
      language === 'en'
        ? {
            caseId: null,
            title: `${rest} more deadline reminders`,
            body: 'Open DPO Desk to see every deadline.'
          }
        : {
            caseId: null,
            title: `${rest} påminnelser till`,
            body: 'Öppna DPO Desk för att se alla tidsfrister.'
          }
    )
  }
  return shown
}
