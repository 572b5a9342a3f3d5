import { useState, type FormEvent, type ReactNode } from 'react'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { useChooseBackupFile, type BackupPreview } from '../backup/useChooseBackupFile'
import { RestoreWizard } from '../backup/RestoreWizard'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { PassphraseField } from './PassphraseField'
import {
  checkNewPassphrase,
  isWeakExistingPassphrase,
  newSuggestedPassphrase
} from './passphraseFeedback'
import { useVault } from './VaultProvider'

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="vault-screen">
      <section className="vault-card" aria-labelledby="vault-title">
        <p className="vault-brand">DPO Desk</p>
        <h1 id="vault-title">{title}</h1>
        {children}
      </section>
    </main>
  )
}

function NewPassphraseForm({
  submitLabel,
  workingLabel,
  onSubmit
}: {
  submitLabel: string
  workingLabel?: string
  onSubmit: (passphrase: string) => Promise<void>
}) {
  const { t } = useI18n()
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [suggestion, setSuggestion] = useState<string | null>(null)
  const suggest = () => {
    const suggested = newSuggestedPassphrase()
    setPassphrase(suggested)
    setConfirmation(suggested)
    setSuggestion(suggested)
    setProblem(null)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = checkNewPassphrase(t, passphrase, confirmation)
    setProblem(found)
    if (found) return
    setBusy(true)
    setError(null)
    try {
      await onSubmit(passphrase)
    } catch (caught) {
      setError(errorText(t, caught))
      setBusy(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        label={t('vault.setup.passphrase')}
        hint={t('vault.setup.passphraseHint')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        autoFocus
        testId="new-passphrase"
      />
      <PassphraseField
        label={t('vault.setup.confirm')}
        value={confirmation}
        onChange={setConfirmation}
        error={problem}
        autoComplete="new-password"
        testId="confirm-passphrase"
      />
      {suggestion && (
        <Notice tone="info">
          <span data-testid="suggested-passphrase">
            {t('vault.suggest.shown', { passphrase: suggestion })}
          </span>
        </Notice>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy && workingLabel ? workingLabel : submitLabel}
        </Button>
        <Button onClick={suggest}>{t('vault.suggest.button')}</Button>
      </div>
    </form>
  )
}

function SetupScreen() {
  const { t } = useI18n()
  const { vault, setState } = useVault()
  const [preview, setPreview] = useState<BackupPreview | null>(null)
  const [restoreError, setRestoreError] = useState<string | null>(null)
  const chooseBackupFile = useChooseBackupFile()
  if (preview) {
    return (
      <Card title={t('restore.title')}>
        <RestoreWizard preview={preview} onCancel={() => setPreview(null)} hideTitle />
      </Card>
    )
  }
  const chooseBackup = async () => {
    setRestoreError(null)
    try {
      const chosen = await chooseBackupFile()
      if (chosen) setPreview(chosen)
    } catch (error) {
      setRestoreError(errorText(t, error))
    }
  }
  return (
    <Card title={t('vault.setup.title')}>
      <p>{t('vault.setup.intro')}</p>
      <NewPassphraseForm
        submitLabel={t('vault.setup.submit')}
        workingLabel={t('vault.setup.working')}
        onSubmit={async (passphrase) => {
          const { recoveryKey } = await vault.setUp(passphrase)
          setState({ kind: 'showRecoveryKey', recoveryKey })
        }}
      />
      <hr />
      <Button variant="link" onClick={() => void chooseBackup()}>
        {t('restore.fromSetup')}
      </Button>
      {restoreError && <Notice tone="error">{restoreError}</Notice>}
    </Card>
  )
}

function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useI18n()
  const { setState } = useVault()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const lastGroup = recoveryKey.split('-').at(-1) ?? ''
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typed.trim().toUpperCase() !== lastGroup) {
      setError(t('vault.recovery.confirmMismatch'))
      return
    }
    setState({ kind: 'unlocked' })
  }
  return (
    <Card title={t('vault.recovery.title')}>
      <p>{t('vault.recovery.intro')}</p>
      <p
        className="recovery-key"
        data-testid="recovery-key"
        aria-label={t('vault.unlock.recoveryKey')}
      >
        {recoveryKey.split('-').map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </p>
      <p>{t('vault.recovery.instructions')}</p>
      <p className="no-print">
        <Button onClick={() => window.print()}>{t('vault.recovery.print')}</Button>
      </p>
      <form onSubmit={submit} noValidate className="no-print">
        <Field label={t('vault.recovery.confirmLabel')} error={error} required>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={typed}
              maxLength={4}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="recovery-confirm"
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary">
          {t('vault.recovery.continue')}
        </Button>
      </form>
    </Card>
  )
}

function UnlockScreen({ reason }: { reason: string | null }) {
  const { t } = useI18n()
  const { vault, setState } = useVault()
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase')
  const [secret, setSecret] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!secret.trim()) return
    setBusy(true)
    setError(null)
    try {
      if (mode === 'passphrase') {
        await vault.unlockWithPassphrase(secret)
        // A passphrase chosen before the strength check (or under an older one) is flagged.
        setState({ kind: isWeakExistingPassphrase(secret) ? 'weakPassphrase' : 'unlocked' })
      } else {
        await vault.unlockWithRecoveryKey(secret)
        setState({ kind: 'newPassphrase' })
      }
    } catch (caught) {
      setError(errorText(t, caught))
      setBusy(false)
    }
  }
  const switchMode = () => {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase')
    setSecret('')
    setError(null)
  }
  return (
    <Card title={t('vault.unlock.title')}>
      {reason && <Notice tone="info">{t(`vault.unlock.reason.${reason}` as MessageKey)}</Notice>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {mode === 'passphrase' ? (
          <PassphraseField
            label={t('vault.unlock.passphrase')}
            value={secret}
            onChange={setSecret}
            error={error}
            autoComplete="current-password"
            autoFocus
            testId="unlock-passphrase"
          />
        ) : (
          <Field
            label={t('vault.unlock.recoveryKey')}
            hint={t('vault.unlock.recoveryHint')}
            error={error}
            required
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={secret}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                data-testid="unlock-recovery"
                onChange={(event) => setSecret(event.target.value)}
              />
            )}
          </Field>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t('vault.unlock.working') : t('vault.unlock.submit')}
          </Button>
          <Button variant="link" onClick={switchMode}>
            {mode === 'passphrase'
              ? t('vault.unlock.useRecovery')
              : t('vault.unlock.usePassphrase')}
          </Button>
        </div>
      </form>
    </Card>
  )
}

function NewPassphraseScreen() {
  const { t } = useI18n()
  const { vault, setState } = useVault()
  return (
    <Card title={t('vault.newPassphrase.title')}>
      <p>{t('vault.newPassphrase.intro')}</p>
      <NewPassphraseForm
        submitLabel={t('vault.newPassphrase.submit')}
        onSubmit={async (passphrase) => {
          await vault.setNewPassphrase(passphrase)
          setState({ kind: 'unlocked' })
        }}
      />
    </Card>
  )
}

function WeakPassphraseScreen() {
  const { t } = useI18n()
  const { vault, setState } = useVault()
  return (
    <Card title={t('vault.weak.title')}>
      <Notice tone="warning">{t('vault.weak.intro')}</Notice>
      <NewPassphraseForm
        submitLabel={t('vault.weak.submit')}
        onSubmit={async (passphrase) => {
          await vault.setNewPassphrase(passphrase)
          setState({ kind: 'unlocked' })
        }}
      />
      <Button variant="link" onClick={() => setState({ kind: 'unlocked' })}>
        {t('vault.weak.later')}
      </Button>
    </Card>
  )
}

/** Shows setup, recovery key, unlock or the app, depending on the vault's state. */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { state } = useVault()
  switch (state.kind) {
    case 'loading':
      return <p className="vault-loading">{t('app.loading')}</p>
    case 'setup':
      return <SetupScreen />
    case 'showRecoveryKey':
      return <RecoveryKeyScreen recoveryKey={state.recoveryKey} />
    case 'locked':
      return <UnlockScreen reason={state.reason} />
    case 'newPassphrase':
      return <NewPassphraseScreen />
    case 'weakPassphrase':
      return <WeakPassphraseScreen />
    case 'unlocked':
      return <>{children}</>
  }
}
