import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { runBackup, type BackupProgress } from '../../data/backup'
import { call } from '../../lib/api'
import type { IpcOutput } from '@shared/ipc/contract'
import { useDb } from '../vault/VaultProvider'
import type { BackupContextValue, BackupStatus } from './backupContext'

/** A day between automatic backups. */
const AUTOMATIC_INTERVAL_MS = 24 * 60 * 60 * 1000
/** Wait a little after unlock so the first screen comes up first. */
const AUTOMATIC_DELAY_MS = 20_000

/**
 * The backup state of the unlocked app: main's status, running a backup (never two at once),
 * and the daily automatic backup while the app is open.
 */
export function useBackupController(): BackupContextValue {
  const db = useDb()
  const [status, setStatus] = useState<BackupStatus | null>(null)
  const [progress, setProgress] = useState<BackupProgress | null>(null)
  const [lastError, setLastError] = useState<unknown>(null)
  const [lastResult, setLastResult] = useState<IpcOutput<'backup:finish'> | null>(null)
  const running = useRef(false)

  const refresh = useCallback(async () => {
    const result = await call('backup:get-status', undefined)
    if (result.ok) setStatus(result.value)
  }, [])

  const runNow = useCallback(async () => {
    if (running.current) return
    running.current = true
    setLastError(null)
    setProgress({ phase: 'reading', done: 0, total: 1 })
    try {
      setLastResult(await runBackup(db, setProgress))
      await call('backup:prune', undefined)
    } catch (error) {
      setLastError(error)
    } finally {
      running.current = false
      setProgress(null)
      await refresh()
    }
  }, [db, refresh])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // Daily automatic backup while the app is open and unlocked.
  useEffect(() => {
    if (!status?.folder || !status.isAutomatic) return
    const check = () => {
      const last = status.lastVerified ? Date.parse(status.lastVerified.verifiedAt) : 0
      if (Date.now() - last >= AUTOMATIC_INTERVAL_MS) void runNow()
    }
    const first = window.setTimeout(check, AUTOMATIC_DELAY_MS)
    const hourly = window.setInterval(check, 60 * 60 * 1000)
    return () => {
      window.clearTimeout(first)
      window.clearInterval(hourly)
    }
  }, [status, runNow])

  return useMemo(
    () => ({ status, progress, lastError, lastResult, refresh, runNow }),
    [status, progress, lastError, lastResult, refresh, runNow]
  )
}
