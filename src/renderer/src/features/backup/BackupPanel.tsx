import { errorText, formatDateTime, useI18n } from '../../lib/i18n'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { shownCounts } from './backupCounts'
import { ProgressBar } from './ProgressBar'
import { RestoreWizard } from './RestoreWizard'
import { useBackupFolder } from './useBackupFolder'

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

export function BackupPanel() {
  const { t } = useI18n()
  const {
    status,
    progress,
    lastError,
    lastResult,
    runNow,
    listing,
    message,
    preview,
    closeRestore,
    chooseFolder,
    setAutomatic,
    openRestore,
    prune
  } = useBackupFolder()

  if (preview) return <RestoreWizard preview={preview} onCancel={closeRestore} />

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
      <Checkbox className="checkbox" checked={status?.isAutomatic ?? true} onChange={setAutomatic}>
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
                    <td>{shownCounts(backup).cases}</td>
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
