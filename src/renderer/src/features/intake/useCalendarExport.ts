import { useCallback } from 'react'
import { buildIcs, deadlineEvents, type DeadlineEvent } from '@core'
import { callOrThrow } from '../../lib/api'
import { useI18n, type MessageKey } from '../../lib/i18n'
import type { Feedback } from '../../lib/useAction'
import { typeLabel } from '../cases/caseLabels'
import { today } from '../cases/useCases'
import { useStore } from '../store/storeContext'

export const ICS_PRODUCT_ID = '-//DPO Desk//Frister//SV'

/**
 * Deadlines as an .ics file (issue 16): for every open case (all open cases are in the store's
 * active partition) or one case. An entry names the case reference, the type of request and
 * which date it is — never a name, personnummer or e-mail — because calendars are synced.
 */
export function useCalendarExport(): (caseId?: string) => Promise<Feedback | null> {
  const store = useStore()
  const { t } = useI18n()
  return useCallback(
    async (caseId?: string) => {
      const heads = caseId
        ? [store.caseHead(caseId)].filter((head) => head !== undefined)
        : store.caseHeads()
      const events = deadlineEvents(heads, today())
      if (events.length === 0) return { tone: 'info', text: t('calendar.none') }
      const summary = (event: DeadlineEvent) =>
        `${event.reference} · ${typeLabel(t, event.type)} · ${t(`calendar.kind.${event.kind}` as MessageKey)}`
      const ics = buildIcs(
        events.map((event) => ({
          uid: `${event.reference}-${event.kind}@dpo-desk`,
          date: event.date,
          summary: summary(event),
          description: t('calendar.description'),
          categories: ['DPO Desk']
        })),
        { now: new Date(), prodId: ICS_PRODUCT_ID, name: t('calendar.name') }
      )
      const name = caseId ? `${events[0]!.reference} frister` : t('calendar.fileAll')
      const saved = await callOrThrow('calendar:save-ics', { ics, suggestedName: name })
      if (!saved.saved) return null
      return {
        tone: 'success',
        text: t('calendar.saved', { count: events.length, path: saved.path })
      }
    },
    [store, t]
  )
}
