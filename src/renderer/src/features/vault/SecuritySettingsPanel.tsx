import { useState, type FormEvent } from 'react'
import { useZodForm } from '../../lib/forms'
import { errorText, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'
import { Notice } from '../../ui/Notice'
import { PassphraseField } from './PassphraseField'
import { useSecuritySettings, useSettingsCommands } from '../settings/useSettings'
import { idleSchema, type IdleDraft } from './idleForm'
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

function IdleForm({ minutes }: { minutes: number }) {
  const { t } = useI18n()
  const { saveSecuritySettings } = useSettingsCommands()
  const act = useAction()
  const form = useZodForm<IdleDraft>(idleSchema, { minutes: String(minutes) })
  return (
    <form
      onSubmit={form.handleSubmit(
        (draft) =>
          void act.run(
            () => saveSecuritySettings({ idleMinutes: Number(draft.minutes) }),
            t('vault.settings.idleSaved')
          )
      )}
      noValidate
      aria-label={t('vault.settings.idle')}
    >
      <TextField
        form={form}
        name="minutes"
        label={t('vault.settings.idle')}
        hint={t('vault.settings.idleHint')}
        required
        inputMode="numeric"
        maxLength={3}
        inputClassName="narrow"
        testId="idle-minutes"
      />
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <Button type="submit" busy={act.busy}>
        {t('common.save')}
      </Button>
    </form>
  )
}

export function SecuritySettingsPanel() {
  const { t } = useI18n()
  const settings = useSecuritySettings()
  return (
    <section className="panel" aria-labelledby="security-title">
      <h2 id="security-title">{t('vault.settings.title')}</h2>
      {settings && <IdleForm minutes={settings.idleMinutes} />}
      <hr />
      <ChangePassphraseForm />
    </section>
  )
}
