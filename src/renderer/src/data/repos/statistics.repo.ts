/**
 * The anonymous records of cases deleted under the app's own retention (ADR 0012), kept in the
 * sealed settings ("case-statistics") so the annual report still counts them. A record holds no
 * reference, name or exact date (core/retention/caseRetention.ts).
 */
import { z } from 'zod'
import { CASE_CHANNELS, CASE_OUTCOMES, CASE_TYPES, type AnonymousCaseRecord } from '@core'
import type { AppDb } from '../db'
import { getSetting, putSetting } from './settings.repo'

const SETTING = 'case-statistics'
const month = z.string().regex(/^\d{4}-\d{2}$/)

const recordSchema = z.object({
  type: z.enum(CASE_TYPES),
  channel: z.enum(CASE_CHANNELS),
  receivedMonth: month,
  closedMonth: month,
  outcome: z.enum(CASE_OUTCOMES),
  daysToAnswer: z.number().int().nonnegative(),
  withinOneMonth: z.boolean(),
  withinThreeMonths: z.boolean()
}) satisfies z.ZodType<AnonymousCaseRecord>

const storedSchema = z.object({ format: z.literal(1), records: z.array(z.unknown()) })

/** Every stored record; one that does not parse (a damaged row) is skipped, not the rest. */
export async function loadDeletedCaseRecords(db: AppDb): Promise<AnonymousCaseRecord[]> {
  const stored = storedSchema.safeParse(await getSetting<unknown>(db, SETTING))
  if (!stored.success) return []
  return stored.data.records.flatMap((record) => {
    const parsed = recordSchema.safeParse(record)
    return parsed.success ? [parsed.data] : []
  })
}

/** Call inside the transaction that deletes the cases (the store's deleteCases). */
export async function appendDeletedCaseRecords(
  db: AppDb,
  records: readonly AnonymousCaseRecord[]
): Promise<void> {
  const stored = storedSchema.safeParse(await getSetting<unknown>(db, SETTING))
  const existing = stored.success ? stored.data.records : []
  await putSetting(db, SETTING, {
    format: 1,
    records: [...existing, ...records.map((record) => recordSchema.parse(record))]
  })
}
