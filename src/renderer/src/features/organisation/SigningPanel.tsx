import { useState } from 'react'
import { formatInstantDate, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useOrganisation } from '../settings/useSettings'
import { useSigning } from './useSigning'

/** The certificate letters are signed with: generated or imported; the key stays in main. */
export function SigningPanel() {
  const { t } = useI18n()
  const organisation = useOrganisation()
  const signing = useSigning()
  const status = signing.status
  const act = useAction()
  const [file, setFile] = useState<File | null>(null)
  const [password, setPassword] = useState('')
  const busy = act.busy

  const generate = () =>
    act.run(async () => {
      if (!organisation) return
      await signing.generate({
        name: organisation.signatoryName || organisation.dpoName,
        organisation: organisation.name,
        email: organisation.email
      })
    }, t('signing.done'))

  const importP12 = () =>
    act.run(async () => {
      if (!file) return
      try {
        await signing.importP12(new Uint8Array(await file.arrayBuffer()), password)
      } finally {
        setPassword('')
      }
    }, t('signing.done'))

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
              validTo: formatInstantDate(certificate.validTo)
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
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </section>
  )
}
