import { useEffect, useState, type FormEvent } from 'react'
import type { OrganisationProfile } from '../../../../core'
import { imageSchema } from '../../../../core/pdf/model'
import { useLive } from '../../data/live'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useDb } from '../vault/VaultProvider'
import {
  loadLetterSettings,
  loadOrganisation,
  saveLetterSettings,
  saveOrganisation
} from './organisation'

type Flat = Record<
  | 'name'
  | 'orgNumber'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'dpoName'
  | 'dpoTitle'
  | 'email'
  | 'phone'
  | 'signatoryName'
  | 'signatoryTitle',
  string
>

const FIELDS: [keyof Flat, MessageKey][] = [
  ['name', 'org.name'],
  ['orgNumber', 'org.orgNumber'],
  ['street', 'org.street'],
  ['postalCode', 'org.postalCode'],
  ['city', 'org.city'],
  ['dpoName', 'org.dpoName'],
  ['dpoTitle', 'org.dpoTitle'],
  ['email', 'org.email'],
  ['phone', 'org.phone'],
  ['signatoryName', 'org.signatoryName'],
  ['signatoryTitle', 'org.signatoryTitle']
]

function flatten(profile: OrganisationProfile): Flat {
  return {
    name: profile.name,
    orgNumber: profile.orgNumber,
    street: profile.address.street,
    postalCode: profile.address.postalCode,
    city: profile.address.city,
    dpoName: profile.dpoName,
    dpoTitle: profile.dpoTitle,
    email: profile.email,
    phone: profile.phone ?? '',
    signatoryName: profile.signatoryName,
    signatoryTitle: profile.signatoryTitle
  }
}

/** Company details, DPO contact, signatory, logo and signature image. */
export function OrganisationPanel() {
  const { t } = useI18n()
  const db = useDb()
  const { value: stored } = useLive(
    async () => ({ profile: await loadOrganisation(db), letters: await loadLetterSettings(db) }),
    [db]
  )
  const [form, setForm] = useState<Flat | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  useEffect(() => {
    if (stored && !form) setForm(flatten(stored.profile))
  }, [stored, form])
  if (!form || !stored) return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (
      ![form.name, form.street, form.postalCode, form.city, form.dpoName, form.email].every(
        (value) => value.trim()
      )
    ) {
      setMessage({ tone: 'error', text: t('org.required') })
      return
    }
    try {
      await saveOrganisation(db, {
        name: form.name.trim(),
        orgNumber: form.orgNumber.trim(),
        address: {
          street: form.street.trim(),
          postalCode: form.postalCode.trim(),
          city: form.city.trim()
        },
        dpoName: form.dpoName.trim(),
        dpoTitle: form.dpoTitle.trim(),
        email: form.email.trim(),
        ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
        signatoryName: form.signatoryName.trim() || form.dpoName.trim(),
        signatoryTitle: form.signatoryTitle.trim()
      })
      setMessage({ tone: 'success', text: t('org.saved') })
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) })
    }
  }

  const setImage = async (key: 'logo' | 'signatureImage', file: File | undefined) => {
    if (!file) return
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (!imageSchema.safeParse(bytes).success) {
      setMessage({ tone: 'error', text: t('org.imageInvalid') })
      return
    }
    await saveLetterSettings(db, { ...stored.letters, [key]: bytes })
    setMessage({ tone: 'success', text: t('org.saved') })
  }

  return (
    <form
      className="panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="org-title"
    >
      <h2 id="org-title">{t('org.title')}</h2>
      <div className="form-grid">
        {FIELDS.map(([key, label]) => (
          <Field key={key} label={t(label)}>
            {({ id }) => (
              <input
                id={id}
                value={form[key]}
                onChange={(event) => setForm({ ...form, [key]: event.target.value })}
              />
            )}
          </Field>
        ))}
        <Field label={t('org.logo')}>
          {({ id }) => (
            <input
              id={id}
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void setImage('logo', event.target.files?.[0])}
            />
          )}
        </Field>
        <Field label={t('org.signatureImage')}>
          {({ id }) => (
            <input
              id={id}
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void setImage('signatureImage', event.target.files?.[0])}
            />
          )}
        </Field>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <Button type="submit" variant="primary">
        {t('common.save')}
      </Button>
    </form>
  )
}
