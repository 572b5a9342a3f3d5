import { z } from 'zod'
import { dataSubjectSchema, postalAddressSchema, type IsoDate } from '@core'
import { maxLengthOf, optionalText, requiredText } from '../../lib/forms'
import { validateSubjectDraft, type SubjectDraft } from './subjectDraft'

const address = postalAddressSchema.shape
const subject = dataSubjectSchema.shape

/** Maximum lengths of the subject form's fields, taken from the stored schema. */
export const SUBJECT_LIMITS: Record<keyof SubjectDraft, number> = {
  name: maxLengthOf(subject.name)!,
  personnummer: 20,
  email: maxLengthOf(subject.email.unwrap())!,
  phone: maxLengthOf(subject.phone.unwrap())!,
  co: maxLengthOf(address.co.unwrap())!,
  street: maxLengthOf(address.street)!,
  postalCode: maxLengthOf(address.postalCode)!,
  city: maxLengthOf(address.city)!,
  country: maxLengthOf(address.country.unwrap())!,
  customerRefs: 2000,
  notes: maxLengthOf(subject.notes.unwrap())!
}

/**
 * The subject form's schema: the stored schema's lengths, then the draft rules (personnummer,
 * e-mail, complete address, postal code, references) as messages on their fields.
 */
export function subjectFormSchema(today: IsoDate): z.ZodType<SubjectDraft> {
  const L = SUBJECT_LIMITS
  return z
    .object({
      name: requiredText(L.name),
      personnummer: optionalText(L.personnummer),
      email: optionalText(L.email),
      phone: optionalText(L.phone),
      co: optionalText(L.co),
      street: optionalText(L.street),
      postalCode: optionalText(L.postalCode),
      city: optionalText(L.city),
      country: optionalText(L.country),
      customerRefs: optionalText(L.customerRefs),
      notes: optionalText(L.notes)
    })
    .superRefine((draft, ctx) => {
      const result = validateSubjectDraft(draft, today)
      if (result.ok) return
      for (const [field, message] of Object.entries(result.errors))
        ctx.addIssue({ code: 'custom', path: [field], message })
    })
}
