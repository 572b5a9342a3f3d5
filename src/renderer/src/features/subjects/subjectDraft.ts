import { parseSwedishId, type DataSubject, type IsoDate } from '@core'
import { fieldMessage } from '../../lib/forms'
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

/** Field messages (catalog keys with parameters, see lib/forms). */
export type DraftErrors = Partial<Record<keyof SubjectDraft, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** As the stored schema allows (dataSubjectSchema). */
const MAX_REFS = 100
const MAX_REF_LENGTH = 100

/** The draft of a stored subject, for editing it. */
export function draftOf(subject: DataSubject): SubjectDraft {
  return {
    name: subject.name,
    personnummer: subject.personnummer
      ? `${subject.personnummer.slice(0, 8)}-${subject.personnummer.slice(8)}`
      : '',
    email: subject.email ?? '',
    phone: subject.phone ?? '',
    co: subject.address?.co ?? '',
    street: subject.address?.street ?? '',
    postalCode: subject.address?.postalCode ?? '',
    city: subject.address?.city ?? '',
    country: subject.address?.country ?? '',
    customerRefs: subject.customerRefs.join(', '),
    notes: subject.notes ?? ''
  }
}

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
  if (!name) errors.name = fieldMessage('subjects.error.nameRequired')
  let personnummer: string | undefined
  if (draft.personnummer.trim()) {
    const parsed = parseSwedishId(draft.personnummer, today)
    if (parsed.ok) personnummer = parsed.value.normalized
    else
      errors.personnummer = fieldMessage(
        `error.${parsed.error.code}` as MessageKey,
        parsed.error.params as Record<string, string | number> | undefined
      )
  }
  const email = draft.email.trim()
  if (email && !EMAIL.test(email)) errors.email = fieldMessage('subjects.error.email')
  const street = draft.street.trim()
  const postalCode = draft.postalCode.trim()
  const city = draft.city.trim()
  const country = draft.country.trim()
  const anyAddress = Boolean(street || postalCode || city)
  if (anyAddress && !(street && postalCode && city))
    errors.street = fieldMessage('subjects.error.addressIncomplete')
  if (postalCode && !country && !/^\d{3}\s?\d{2}$/.test(postalCode))
    errors.postalCode = fieldMessage('subjects.error.postalCode')
  const refs = draft.customerRefs
    .split(',')
    .map((ref) => ref.trim())
    .filter(Boolean)
  if (refs.length > MAX_REFS || refs.some((ref) => ref.length > MAX_REF_LENGTH))
    errors.customerRefs = fieldMessage('subjects.error.customerRefs', {
      count: MAX_REFS,
      max: MAX_REF_LENGTH
    })
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
      customerRefs: refs,
      ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {})
    }
  }
}
