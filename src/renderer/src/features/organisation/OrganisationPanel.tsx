import { useEffect, useState, type FormEvent } from 'react'
import type { OrganisationProfile } from '../../../../core'
import { imageSchema } from '../../../../core/pdf/model'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useLetterSettings, useOrganisation, useSettingsCommands } from '../settings/useSettings'
import { financialYearOptions } from './financialYear'

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
  | 'signatoryTitle'
  | 'financialYearEndMonth',
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
    signatoryTitle: profile.signatoryTitle,
    financialYearEndMonth: String(profile.financialYearEndMonth ?? 12)
  }
}

/** Company details, DPO contact, signatory, logo and signature image. */
export function OrganisationPanel() {
  const { t, language } = useI18n()
  const profile = useOrganisation()
  const letters = useLetterSettings()
  const { saveOrganisation, saveLetterSettings } = useSettingsCommands()
  const act = useAction()
  const [form, setForm] = useState<Flat | null>(null)
  useEffect(() => {
    if (profile && !form) setForm(flatten(profile))
  }, [profile, form])
  if (!form || !profile || !letters) return null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void act.run(async () => {
      if (
        ![form.name, form.street, form.postalCode, form.city, form.dpoName, form.email].every(
          (value) => value.trim()
        )
      )
        return t('org.required')
      await saveOrganisation({
        ...profile,
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
        signatoryTitle: form.signatoryTitle.trim(),
        financialYearEndMonth: Number(form.financialYearEndMonth)
      })
    }, t('org.saved'))
  }

  const setImage = (key: 'logo' | 'signatureImage', file: File | undefined) =>
    act.run(async () => {
      if (!file) return
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (!imageSchema.safeParse(bytes).success) return t('org.imageInvalid')
      await saveLetterSettings({ ...letters, [key]: bytes })
    }, t('org.saved'))

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="org-title">
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
        <Field label={t('org.financialYear')} hint={t('org.financialYearHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={form.financialYearEndMonth}
              onChange={(event) => setForm({ ...form, financialYearEndMonth: event.target.value })}
              data-testid="org-financial-year"
            >
              {financialYearOptions(language).map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
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
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <Button type="submit" variant="primary">
        {t('common.save')}
      </Button>
    </form>
  )
}
