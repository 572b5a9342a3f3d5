import { useCallback, useEffect, useState } from 'react'
import type { IpcOutput } from '../../../../shared/ipc/contract'
import { call } from '../../lib/api'
import { errorMessage, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useLive } from '../../data/live'
import { useDb } from '../vault/VaultProvider'
import { loadOrganisation } from './organisation'

/** The certificate letters are signed with: generated or imported; the key stays in main. */
export function SigningPanel() {
  const { t } = useI18n()
  const db = useDb()
  const { value: organisation } = useLive(() => loadOrganisation(db), [db])
  const [status, setStatus] = useState<IpcOutput<'signing:get-status'> | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const refresh = useCallback(async () => {
    const result = await call('signing:get-status', undefined)
    if (result.ok) setStatus(result.value)
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  const finish = async (
    result: Awaited<ReturnType<typeof call<'signing:generate-self-signed'>>>
  ) => {
    setBusy(false)
    if (result.ok) {
      setStatus(result.value)
      setMessage({ tone: 'success', text: t('signing.done') })
    } else setMessage({ tone: 'error', text: errorMessage(t, result.error) })
  }

  const generate = async () => {
    if (!organisation) return
    setBusy(true)
    await finish(
      await call('signing:generate-self-signed', {
        name: organisation.signatoryName || organisation.dpoName,
        organisation: organisation.name,
        email: organisation.email
      })
    )
  }

  const importP12 = async () => {
    if (!file) return
    setBusy(true)
    await finish(
      await call('signing:import-p12', { p12: new Uint8Array(await file.arrayBuffer()), password })
    )
    setPassword('')
  }

  const certificate = status?.certificate
  return (
    <section className="panel" aria-labelledby="signing-title">
      <h2 id="signing-title">{t('signing.title')}</h2>
      {certificate ? (
        <>
          <p data-testid="signing-current">
            {t('signing.current', {
              name: certificate.subjectName,
              organisation: certificate.organisation,
              validTo: certificate.validTo.slice(0, 10)
            })}
          </p>
          {certificate.isSelfSigned && <p className="muted">{t('signing.selfSigned')}</p>}
          <p>
            {t('signing.fingerprint')}:{' '}
            <code className="fingerprint">{certificate.fingerprint}</code>
          </p>
        </>
      ) : (
        <p>{t('signing.none')}</p>
      )}
      <div className="form-actions">
        <Button busy={busy} onClick={() => void generate()} data-testid="signing-generate">
          {t('signing.generate')}
        </Button>
      </div>
      <div className="subform">
        <h3>{t('signing.import')}</h3>
        <div className="inline-form">
          <label>
            <span className="visually-hidden">{t('signing.import')}</span>
            <input
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>
          <Field label={t('signing.password')}>
            {({ id }) => (
              <input
                id={id}
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <Button busy={busy} disabled={!file} onClick={() => void importP12()}>
            {t('signing.importButton')}
          </Button>
        </div>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  )
}
