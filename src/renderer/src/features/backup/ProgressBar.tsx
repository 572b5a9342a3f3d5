import type { BackupProgress } from './backupContext'
import { useI18n, type MessageKey } from '../../lib/i18n'

export function progressText(t: ReturnType<typeof useI18n>['t'], progress: BackupProgress): string {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0
  return t(`backup.progress.${progress.phase}` as MessageKey, { percent })
}

export function ProgressBar({ progress }: { progress: BackupProgress }) {
  const { t } = useI18n()
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0
  const text = progressText(t, progress)
  return (
    <div className="progress" role="status" aria-live="polite">
      <progress
        max={100}
        value={progress.phase === 'writing' || progress.phase === 'restoring' ? percent : undefined}
        aria-label={text}
      />
      <span>{text}</span>
    </div>
  )
}
