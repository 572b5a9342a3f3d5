import { useState, type FormEvent } from 'react'
import { formatDateTime, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { RadioGroup } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { AuditIntegrityNotice } from '../audit/AuditIntegrityNotice'
import { shownCounts } from './backupCounts'
import type { BackupPreview } from './backupContext'
import { ProgressBar } from './ProgressBar'
import { useRestore } from './useRestore'

type Props = {
  preview: BackupPreview
  onCancel: () => void
  /** After a successful restore: reload so the app opens the restored database locked. */
  reload?: () => void
  /** When the surrounding card already says "Restore from backup". */
  hideTitle?: boolean
}

/** Preview, secret, progress and result of restoring one backup. */
export function RestoreWizard({
  preview,
  onCancel,
  reload = () => window.location.reload(),
  hideTitle = false
}: Props) {
  const { t } = useI18n()
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('recovery')
  const [secret, setSecret] = useState('')
  const { progress, error, isDone, auditCheck, start: restore } = useRestore(preview)

  const start = async (event: FormEvent) => {
    event.preventDefault()
    if (!secret.trim()) return
    await restore(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret })
  }

  if (isDone) {
    return (
      <div className="panel" data-testid="restore-done">
        <Notice tone="success">{t('restore.done')}</Notice>
        {auditCheck && auditCheck.status !== 'ok' && (
          <>
            <p>{t('auditIntegrity.afterRestore')}</p>
            <AuditIntegrityNotice state={{ kind: 'problem', problem: auditCheck }} />
          </>
        )}
        <Button variant="primary" onClick={reload}>
          {t('restore.continue')}
        </Button>
      </div>
    )
  }

  return (
    <form
      className="panel"
      onSubmit={(event) => void start(event)}
      noValidate
      aria-label={t('restore.title')}
    >
      {!hideTitle && <h2>{t('restore.title')}</h2>}
      <p data-testid="restore-preview">
        {t('restore.preview', {
          created: formatDateTime(preview.createdAt),
          version: preview.appVersion,
          ...shownCounts(preview)
        })}
      </p>
      <Notice tone="warning">{t('restore.warning')}</Notice>
      <RadioGroup
        legend={t('restore.secret')}
        name="secret"
        value={mode}
        options={[
          { value: 'recovery', label: t('restore.useRecovery') },
          { value: 'passphrase', label: t('restore.usePassphrase') }
        ]}
        onChange={(next) => (setMode(next), setSecret(''))}
      />
      <Field
        label={mode === 'recovery' ? t('vault.unlock.recoveryKey') : t('vault.unlock.passphrase')}
        error={error}
        required
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type={mode === 'passphrase' ? 'password' : 'text'}
            value={secret}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="restore-secret"
            onChange={(event) => setSecret(event.target.value)}
          />
        )}
      </Field>
      {progress && <ProgressBar progress={progress} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={progress !== null}>
          {t('restore.start')}
        </Button>
        <Button onClick={onCancel} disabled={progress !== null}>
          {t('restore.cancel')}
        </Button>
      </div>
    </form>
  )
}
