import { useMemo } from 'react'
import type { OrganisationProfile } from '@core'
import { imageSchema } from '@core/pdf/model'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { today } from '../cases/useCases'
import {
  useLetterSettings,
  useOrganisation,
  useSettingsCommands,
  type LetterSettings
} from '../settings/useSettings'
import { financialYearOptions } from './financialYear'
import {
  ORGANISATION_LIMITS,
  organisationDraft,
  organisationFormSchema,
  profileOf,
  type OrganisationDraft
} from './organisationForm'

const FIELDS: {
  key: keyof typeof ORGANISATION_LIMITS
  label: MessageKey
  required?: boolean
  type?: 'email' | 'tel'
}[] = [
  { key: 'name', label: 'org.name', required: true },
  { key: 'orgNumber', label: 'org.orgNumber' },
  { key: 'street', label: 'org.street', required: true },
  { key: 'postalCode', label: 'org.postalCode', required: true },
  { key: 'city', label: 'org.city', required: true },
  { key: 'dpoName', label: 'org.dpoName', required: true },
  { key: 'dpoTitle', label: 'org.dpoTitle' },
  { key: 'email', label: 'org.email', required: true, type: 'email' },
  { key: 'phone', label: 'org.phone', type: 'tel' },
  { key: 'signatoryName', label: 'org.signatoryName' },
  { key: 'signatoryTitle', label: 'org.signatoryTitle' }
]

function OrganisationForm({
  profile,
  letters
}: {
  profile: OrganisationProfile
  letters: LetterSettings
}) {
  const { t, language } = useI18n()
  const { saveOrganisation, saveLetterSettings } = useSettingsCommands()
  const act = useAction()
  const schema = useMemo(
    () => organisationFormSchema(today(), Boolean(profile.address.country)),
    [profile.address.country]
  )
  const form = useZodForm<OrganisationDraft>(schema, organisationDraft(profile))

  const submit = (draft: OrganisationDraft) =>
    act.run(() => saveOrganisation(profileOf(profile, draft)), t('org.saved'))

  const setImage = (key: 'logo' | 'signatureImage', file: File | undefined) =>
    act.run(async () => {
      if (!file) return
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (!imageSchema.safeParse(bytes).success) return t('org.imageInvalid')
      await saveLetterSettings({ ...letters, [key]: bytes })
    }, t('org.saved'))

  return (
    <form
      className="panel"
      onSubmit={form.handleSubmit((draft) => void submit(draft))}
      noValidate
      aria-labelledby="org-title"
    >
      <h2 id="org-title">{t('org.title')}</h2>
      <div className="form-grid">
        {FIELDS.map((field) => (
          <TextField
            key={field.key}
            form={form}
            name={field.key}
            label={t(field.label)}
            maxLength={ORGANISATION_LIMITS[field.key]}
            testId={`org-${field.key}`}
            {...(field.required ? { required: true } : {})}
            {...(field.type ? { type: field.type } : {})}
          />
        ))}
        <SelectField
          form={form}
          name="financialYearEndMonth"
          label={t('org.financialYear')}
          hint={t('org.financialYearHint')}
          testId="org-financial-year"
          options={financialYearOptions(language)}
        />
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
      <Button type="submit" variant="primary" busy={act.busy}>
        {t('common.save')}
      </Button>
    </form>
  )
}

/** Company details, DPO contact, signatory, financial year, logo and signature image. */
export function OrganisationPanel() {
  const profile = useOrganisation()
  const letters = useLetterSettings()
  if (!profile || !letters) return null
  return <OrganisationForm profile={profile} letters={letters} />
}
