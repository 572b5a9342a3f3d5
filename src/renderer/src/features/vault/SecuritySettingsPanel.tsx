import { useState, type FormEvent } from 'react'
import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { PassphraseField } from './PassphraseField'
import { useSecuritySettings, useSettingsCommands } from '../settings/useSettings'
import { checkNewPassphrase } from './passphraseFeedback'
import { useVault } from './VaultProvider'

function ChangePassphraseForm() {
  const { t } = useI18n()
  const { vault } = useVault()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    setError(null)
    const found = checkNewPassphrase(t, next, confirmation)
    setProblem(found)
    if (found) return
    setBusy(true)
    try {
      await vault.changePassphrase(current, next)
      setCurrent('')
      setNext('')
      setConfirmation('')
      setDone(true)
    } catch (caught) {
      setError(errorText(t, caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('vault.settings.change')}
    >
      <h3>{t('vault.settings.change')}</h3>
      <PassphraseField
        label={t('vault.settings.current')}
        value={current}
        onChange={setCurrent}
        error={error}
        autoComplete="current-password"
      />
      <PassphraseField
        label={t('vault.settings.new')}
        hint={t('vault.setup.passphraseHint')}
        value={next}
        onChange={setNext}
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('vault.settings.confirm')}
        value={confirmation}
        onChange={setConfirmation}
        error={problem}
        autoComplete="new-password"
      />
      {done && <Notice tone="success">{t('vault.settings.changed')}</Notice>}
      <Button type="submit" busy={busy}>
        {t('vault.settings.change')}
      </Button>
    </form>
  )
}

function IdleForm() {
  const { t } = useI18n()
  const settings = useSecuritySettings()
  const { saveSecuritySettings } = useSettingsCommands()
  const [typed, setTyped] = useState<string | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const shown = typed ?? String(settings?.idleMinutes ?? '')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const minutes = Number(shown)
    if (!/^\d+$/.test(shown.trim()) || minutes < 1 || minutes > 120) {
      setMessage({ tone: 'error', text: t('vault.settings.idleInvalid') })
      return
    }
    await saveSecuritySettings({ idleMinutes: minutes })
    setTyped(null)
    setMessage({ tone: 'success', text: t('vault.settings.idleSaved') })
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('vault.settings.idle')}>
      <Field
        label={t('vault.settings.idle')}
        hint={t('vault.settings.idleHint')}
        error={message?.tone === 'error' ? message.text : null}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            inputMode="numeric"
            className="narrow"
            value={shown}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="idle-minutes"
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
      </Field>
      {message?.tone === 'success' && <Notice tone="success">{message.text}</Notice>}
      <Button type="submit">{t('common.save')}</Button>
    </form>
  )
}

export function SecuritySettingsPanel() {
  const { t } = useI18n()
  return (
    <section className="panel" aria-labelledby="security-title">
      <h2 id="security-title">{t('vault.settings.title')}</h2>
      <IdleForm />
      <hr />
      <ChangePassphraseForm />
    </section>
  )
}
