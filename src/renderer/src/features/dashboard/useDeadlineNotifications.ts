import { useCallback, useEffect, useRef } from 'react'
import { deadlineAlerts, toNotifications, type IsoDate } from '@core'
import { getSetting, putSetting } from '../../data/repos/settings.repo'
import { call } from '../../lib/api'
import { coreText, useI18n } from '../../lib/i18n'
import { today, type CaseRowView } from '../cases/useCases'
import { useDb } from '../vault/VaultProvider'

const SETTING = 'notifications'

/** After a write, reminders are checked again this long after the last change. */
const AFTER_CHANGE_MS = 2_000
const HOURLY_MS = 60 * 60 * 1000

/**
 * Desktop reminders (through main) for cases due within 7 and 2 days and overdue, at most once a
 * day per case; the days already reminded are kept in the encrypted settings. Checked when the
 * cases are first there, every hour, and a moment after the cases change (not inside a write:
 * reading the settings and going through the open cases would delay the screen she is on).
 */
export function useDeadlineNotifications(views: readonly CaseRowView[] | undefined): void {
  const db = useDb()
  const { language, t } = useI18n()
  const latest = useRef(views)
  latest.current = views
  const checked = useRef(false)

  // One check at a time, so a case is never reminded twice by checks that overlap.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const check = useCallback(async () => {
    const current = latest.current
    if (!current) return
    const lastNotified = (await getSetting<Record<string, IsoDate>>(db, SETTING)) ?? {}
    const { alerts, notified } = deadlineAlerts(current, today(), lastNotified)
    if (alerts.length === 0) return
    const result = await call('notify:show-deadlines', {
      alerts: toNotifications(alerts).map(({ caseId, title, body }) => ({
        caseId,
        title: coreText(t, title),
        body: coreText(t, body)
      }))
    })
    if (result.ok) await putSetting(db, SETTING, notified)
  }, [db, t])
  const remind = useCallback(() => {
    queue.current = queue.current.then(check).catch(() => undefined)
    return queue.current
  }, [check])

  // Every hour while the app is open.
  useEffect(() => {
    const timer = window.setInterval(() => void remind(), HOURLY_MS)
    return () => window.clearInterval(timer)
  }, [remind, language])

  // At once when the cases are first there, then a moment after they change.
  useEffect(() => {
    if (!views) return
    if (!checked.current) {
      checked.current = true
      void remind()
      return
    }
    const timer = window.setTimeout(() => void remind(), AFTER_CHANGE_MS)
    return () => window.clearTimeout(timer)
  }, [views, remind])
}
