import { z } from 'zod'
import { integerText } from '../../lib/forms'

/** How long the app may stay idle before it locks, in minutes (stored and typed). */
export const IDLE_MINUTES = { min: 1, max: 120 } as const

export type IdleDraft = { minutes: string }
export const idleSchema: z.ZodType<IdleDraft> = z.object({ minutes: integerText(IDLE_MINUTES) })
