import { z } from 'zod'
import {
  organisationProfileSchema,
  parseOrganisationsnummer,
  postalAddressSchema,
  type IsoDate,
  type MessageParams,
  type OrganisationProfile
} from '@core'
import { emailText, fieldMessage, maxLengthOf, optionalText, requiredText } from '../../lib/forms'
import type { MessageKey } from '../../lib/i18n'

/** What the organisation form holds: plain strings as typed. */
export type OrganisationDraft = {
  name: string
  orgNumber: string
  street: string
  postalCode: string
  city: string
  dpoName: string
  dpoTitle: string
  email: string
  phone: string
  signatoryName: string
  signatoryTitle: string
  financialYearEndMonth: string
}

const profile = organisationProfileSchema.shape
const address = postalAddressSchema.shape

/** Maximum lengths of the form's fields, taken from the stored schema. */
export const ORGANISATION_LIMITS: Record<
  Exclude<keyof OrganisationDraft, 'financialYearEndMonth'>,
  number
> = {
  name: maxLengthOf(profile.name)!,
  orgNumber: maxLengthOf(profile.orgNumber)!,
  street: maxLengthOf(address.street)!,
  postalCode: maxLengthOf(address.postalCode)!,
  city: maxLengthOf(address.city)!,
  dpoName: maxLengthOf(profile.dpoName)!,
  dpoTitle: maxLengthOf(profile.dpoTitle)!,
  email: maxLengthOf(profile.email)!,
  phone: maxLengthOf(profile.phone.unwrap())!,
  signatoryName: maxLengthOf(profile.signatoryName)!,
  signatoryTitle: maxLengthOf(profile.signatoryTitle)!
}

const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const

/**
 * The organisation form: the stored schema's lengths; name, address, DPO and e-mail required;
 * an organisationsnummer, when given, checked as the core reads it; a Swedish postal code
 * (the address has no country), the financial year's last month.
 */
export function organisationFormSchema(
  today: IsoDate,
  hasCountry: boolean
): z.ZodType<OrganisationDraft> {
  const L = ORGANISATION_LIMITS
  return z
    .object({
      name: requiredText(L.name),
      orgNumber: optionalText(L.orgNumber),
      street: requiredText(L.street),
      postalCode: requiredText(L.postalCode),
      city: requiredText(L.city),
      dpoName: requiredText(L.dpoName),
      dpoTitle: optionalText(L.dpoTitle),
      email: emailText(L.email, { required: true }),
      phone: optionalText(L.phone),
      signatoryName: optionalText(L.signatoryName),
      signatoryTitle: optionalText(L.signatoryTitle),
      financialYearEndMonth: z.enum(MONTHS)
    })
    .superRefine((draft, ctx) => {
      if (draft.orgNumber) {
        const parsed = parseOrganisationsnummer(draft.orgNumber, today)
        if (!parsed.ok)
          ctx.addIssue({
            code: 'custom',
            path: ['orgNumber'],
            message: fieldMessage(
              `error.${parsed.error.code}` as MessageKey,
              parsed.error.params as MessageParams as Record<string, string | number>
            )
          })
      }
      if (!hasCountry && !/^\d{3}\s?\d{2}$/.test(draft.postalCode))
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message: fieldMessage('form.postalCode')
        })
    })
}

export function organisationDraft(profile: OrganisationProfile): OrganisationDraft {
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

/** The stored profile with the form's values; what the form does not show is kept. */
export function profileOf(
  profile: OrganisationProfile,
  draft: OrganisationDraft
): OrganisationProfile {
  const { phone: _phone, ...rest } = profile
  return {
    ...rest,
    name: draft.name,
    orgNumber: draft.orgNumber,
    address: {
      ...profile.address,
      street: draft.street,
      postalCode: draft.postalCode,
      city: draft.city
    },
    dpoName: draft.dpoName,
    dpoTitle: draft.dpoTitle,
    email: draft.email,
    ...(draft.phone ? { phone: draft.phone } : {}),
    signatoryName: draft.signatoryName || draft.dpoName,
    signatoryTitle: draft.signatoryTitle,
    financialYearEndMonth: Number(draft.financialYearEndMonth)
  }
}
