import { useCallback, useEffect, useState } from 'react'
import type { BackupPreview } from '../../data/backup'
import type { IpcOutput } from '../../../../shared/ipc/contract'
import { call, callOrThrow } from '../../lib/api'
import { errorMessage, errorText, formatDateTime, useI18n } from '../../lib/i18n'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { useBackup } from './BackupProvider'
import { ProgressBar } from './ProgressBar'
import { RestoreWizard } from './RestoreWizard'

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

export function BackupPanel() {
  const { t } = useI18n()
  const { status, progress, lastError, lastResult, refresh, runNow } = useBackup()
  const [listing, setListing] = useState<IpcOutput<'backup:list'> | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
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

  const chooseFolder = async () => {
    setMessage(null)
    const result = await call('backup:choose-folder', undefined)
    if (!result.ok) setMessage({ tone: 'error', text: errorMessage(t, result.error) })
    await refresh()
  }

  const openRestore = async (name: string | null) => {
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
  }

  const prune = async () => {
    const result = await call('backup:prune', undefined)
    if (result.ok)
      setMessage({
        tone: 'success',
        text: t('backup.pruned', { count: result.value.deleted.length })
      })
    else setMessage({ tone: 'error', text: errorMessage(t, result.error) })
    await loadList()
  }

  if (preview) return <RestoreWizard preview={preview} onCancel={() => setPreview(null)} />

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>
        <strong>{t('backup.folder')}:</strong>{' '}
        {status?.folder ? (
          <code data-testid="backup-folder">{status.folder}</code>
        ) : (
          t('backup.folderNone')
        )}{' '}
        <Button onClick={() => void chooseFolder()}>{t('backup.chooseFolder')}</Button>
      </p>
      <Checkbox
        className="checkbox"
        checked={status?.isAutomatic ?? true}
        onChange={(isAutomatic) => void call('backup:set-automatic', { isAutomatic }).then(refresh)}
      >
        {t('backup.automatic')}
      </Checkbox>
      <p data-testid="backup-last">
        {status?.lastVerified
          ? t('backup.last', {
              when: formatDateTime(status.lastVerified.verifiedAt)
            })
          : t('backup.lastNone')}
      </p>
      <div className="form-actions">
        <Button
          variant="primary"
          busy={progress !== null}
          disabled={!status?.folder}
          onClick={() => void runNow()}
        >
          {t('backup.now')}
        </Button>
        <Button onClick={() => void openRestore(null)}>{t('backup.restoreFromFile')}</Button>
        {listing && listing.length > 0 && (
          <Button onClick={() => void prune()}>{t('backup.prune')}</Button>
        )}
      </div>
      {progress && <ProgressBar progress={progress} />}
      {lastResult && !progress && !lastError && (
        <Notice tone="success">{t('backup.done', { name: lastResult.name })}</Notice>
      )}
      {lastError !== null && <Notice tone="error">{errorText(t, lastError)}</Notice>}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {listing && (
        <>
          <h3>{t('backup.list')}</h3>
          {listing.length === 0 ? (
            <p>{t('backup.listEmpty')}</p>
          ) : (
            <table className="data-table" data-testid="backup-list">
              <thead>
                <tr>
                  <th scope="col">{t('backup.col.created')}</th>
                  <th scope="col">{t('backup.col.size')}</th>
                  <th scope="col">{t('backup.col.records')}</th>
                  <th scope="col">{t('backup.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('backup.restore')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {listing.map((backup) => (
                  <tr key={backup.name}>
                    <td>{formatDateTime(backup.createdAt)}</td>
                    <td>{formatSize(backup.size)}</td>
                    <td>{backup.counts['cases'] ?? 0}</td>
                    <td>
                      {backup.isVerified ? (
                        <Badge tone="success">{t('backup.verified')}</Badge>
                      ) : (
                        <Badge>{t('backup.notVerified')}</Badge>
                      )}
                    </td>
                    <td>
                      <Button variant="link" onClick={() => void openRestore(backup.name)}>
                        {t('backup.restore')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
