import { z } from 'zod'
import {
  CASE_CHANNELS,
  CASE_LIMITS,
  CASE_TYPES,
  type CaseChannel,
  type CaseType,
  type IsoDate
} from '@core'
import { dateText, optionalText } from '../../lib/forms'

/** What the new-case form holds. */
export type NewCaseDraft = {
  type: CaseType
  channel: CaseChannel
  receivedAt: string
  description: string
}

/** The form's limits, from the core schema. */
export const NEW_CASE_LIMITS = { description: CASE_LIMITS.description } as const

/** The new-case form: a real day of receipt not after today, a description within its limit. */
export function newCaseFormSchema(today: IsoDate): z.ZodType<NewCaseDraft> {
  return z.object({
    type: z.enum(CASE_TYPES),
    channel: z.enum(CASE_CHANNELS),
    receivedAt: dateText({ required: true, notAfter: today }),
    description: optionalText(NEW_CASE_LIMITS.description)
  })
}

export function newCaseDefaults(today: IsoDate): NewCaseDraft {
  return { type: 'access', channel: 'letter', receivedAt: today, description: '' }
}
