import { parseSwedishId, type DataSubject, type IsoDate } from '../../../../core'
import type { MessageKey } from '../../lib/i18n'

/** What the form holds: plain strings as typed. */
export type SubjectDraft = {
  name: string
  personnummer: string
  email: string
  phone: string
  co: string
  street: string
  postalCode: string
  city: string
  country: string
  customerRefs: string
  notes: string
}

export const EMPTY_DRAFT: SubjectDraft = {
  name: '',
  personnummer: '',
  email: '',
  phone: '',
  co: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  customerRefs: '',
  notes: ''
}

export type DraftErrors = Partial<Record<keyof SubjectDraft, MessageKey>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Checks a draft and builds the subject fields. Returns field errors (message keys) when
 * anything is wrong; nothing is saved then.
 */
export function validateSubjectDraft(
  draft: SubjectDraft,
  today: IsoDate
):
  | { ok: true; fields: Omit<DataSubject, 'id' | 'createdAt' | 'updatedAt'> }
  | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {}
  const name = draft.name.trim().replace(/\s+/g, ' ')
  if (!name) errors.name = 'subjects.error.nameRequired'
  let personnummer: string | undefined
  if (draft.personnummer.trim()) {
    const parsed = parseSwedishId(draft.personnummer, today)
    if (parsed.ok) personnummer = parsed.value.normalized
    else errors.personnummer = `error.${parsed.error.code}` as MessageKey
  }
  const email = draft.email.trim()
  if (email && !EMAIL.test(email)) errors.email = 'subjects.error.email'
  const street = draft.street.trim()
  const postalCode = draft.postalCode.trim()
  const city = draft.city.trim()
  const country = draft.country.trim()
  const anyAddress = Boolean(street || postalCode || city)
  if (anyAddress && !(street && postalCode && city))
    errors.street = 'subjects.error.addressIncomplete'
  if (postalCode && !country && !/^\d{3}\s?\d{2}$/.test(postalCode))
    errors.postalCode = 'subjects.error.postalCode'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const normalisedPostal =
    !country && postalCode ? postalCode.replace(/^(\d{3})\s?(\d{2})$/, '$1 $2') : postalCode
  return {
    ok: true,
    fields: {
      name,
      ...(personnummer ? { personnummer } : {}),
      ...(email ? { email } : {}),
      ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
      ...(anyAddress
        ? {
            address: {
              ...(draft.co.trim() ? { co: draft.co.trim() } : {}),
              street,
              postalCode: normalisedPostal,
              city,
              ...(country ? { country } : {})
            }
          }
        : {}),
      customerRefs: draft.customerRefs
        .split(',')
        .map((ref) => ref.trim())
        .filter(Boolean),
      ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {})
    }
  }
}
