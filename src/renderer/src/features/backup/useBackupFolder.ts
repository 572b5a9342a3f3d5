import { useCallback, useEffect, useState } from 'react'
import type { BackupPreview } from '../../data/backup'
import type { IpcOutput } from '@shared/ipc/contract'
import { call, callOrThrow } from '../../lib/api'
import { errorMessage, errorText, useI18n } from '../../lib/i18n'
import { useBackup } from './backupContext'

type Message = { tone: 'success' | 'error'; text: string }

/**
 * The backup folder as the settings show it: its backups, choosing the folder, switching the
 * automatic backup, pruning old backups and picking one (or a file) to restore.
 */
export function useBackupFolder() {
  const { t } = useI18n()
  const backup = useBackup()
  const { status, lastResult, refresh } = backup
  const [listing, setListing] = useState<IpcOutput<'backup:list'> | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [preview, setPreview] = useState<BackupPreview | null>(null)

  const loadList = useCallback(async () => {
    if (!status?.folder) return setListing(null)
    const result = await call('backup:list', undefined)
    if (result.ok) setListing(result.value)
    else setMessage({ tone: 'error', text: errorMessage(t, result.error) })
  }, [status?.folder, t])

  useEffect(() => {
    void loadList()
  }, [loadList, lastResult])

  const chooseFolder = useCallback(async () => {
    setMessage(null)
    const result = await call('backup:choose-folder', undefined)
    if (!result.ok) setMessage({ tone: 'error', text: errorMessage(t, result.error) })
    await refresh()
  }, [refresh, t])

  const setAutomatic = useCallback(
    (isAutomatic: boolean) => void call('backup:set-automatic', { isAutomatic }).then(refresh),
    [refresh]
  )

  const openRestore = useCallback(
    async (name: string | null) => {
      setMessage(null)
      try {
        if (name) setPreview(await callOrThrow('backup:restore-select', { name }))
        else {
          const chosen = await callOrThrow('backup:restore-choose-file', undefined)
          if (chosen.chosen) setPreview(chosen.preview)
        }
      } catch (error) {
        setMessage({
          tone: 'error',
          text: errorText(t, (error as { error?: unknown }).error ?? error)
        })
      }
    },
    [t]
  )

  const prune = useCallback(async () => {
    const result = await call('backup:prune', undefined)
    if (result.ok)
      setMessage({
        tone: 'success',
        text: t('backup.pruned', { count: result.value.deleted.length })
      })
    else setMessage({ tone: 'error', text: errorMessage(t, result.error) })
    await loadList()
  }, [loadList, t])

  return {
    ...backup,
    listing,
    message,
    preview,
    closeRestore: () => setPreview(null),
    chooseFolder,
    setAutomatic,
    openRestore,
    prune
  }
}
