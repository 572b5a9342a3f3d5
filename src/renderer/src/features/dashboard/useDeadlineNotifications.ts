import { useEffect } from 'react'
import { deadlineAlerts, toNotifications, type IsoDate } from '@core'
import { getSetting, putSetting } from '../../data/repos/settings.repo'
import { call } from '../../lib/api'
import { coreText, useI18n } from '../../lib/i18n'
import { today, type CaseRowView } from '../cases/useCases'
import { useDb } from '../vault/VaultProvider'

const SETTING = 'notifications'

/**
 * Desktop reminders (through main) for cases due within 7 and 2 days and overdue, at most once a
 * day per case; the days already reminded are kept in the encrypted settings.
 */
export function useDeadlineNotifications(views: readonly CaseRowView[] | undefined): void {
  const db = useDb()
  const { language, t } = useI18n()
  useEffect(() => {
    if (!views) return
    let cancelled = false
    const remind = async () => {
      const lastNotified = (await getSetting<Record<string, IsoDate>>(db, SETTING)) ?? {}
      const { alerts, notified } = deadlineAlerts(views, today(), lastNotified)
      if (cancelled || alerts.length === 0) return
      const result = await call('notify:show-deadlines', {
        alerts: toNotifications(alerts).map(({ caseId, title, body }) => ({
          caseId,
          title: coreText(t, title),
          body: coreText(t, body)
        }))
      })
      if (result.ok) await putSetting(db, SETTING, notified)
    }
    void remind()
    const timer = window.setInterval(() => void remind(), 60 * 60 * 1000)
    return () => {
      cancelled = true
      window.clearInterval(timer)
    }
  }, [views, db, language, t])
}
