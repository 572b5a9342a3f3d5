/**
 * Column choices of an export, saved per source system ("kundsystemet", "ekonomisystemet") in
 * the vault's sealed settings, so the next export from the same system is mapped already. The
 * choices are kept by column header; they hold no data about anyone.
 */
import { z } from 'zod'
import { MATCH_KINDS, type MatchKind } from '@core'
import type { AppDb } from '../../data/db'
import { getSetting, putSetting } from '../../data/repos/settings.repo'

export type ColumnChoice = { match?: MatchKind; categoryId?: string }
/** Per source system: per column header, what the column is. */
export type ImportMappings = Record<string, Record<string, ColumnChoice>>

const SETTING = 'intake-mappings'
export const DEFAULT_SOURCES = ['kundsystemet', 'ekonomisystemet'] as const

const schema = z.record(
  z.string().max(100),
  z.record(
    z.string().max(200),
    z.object({
      match: z.enum(MATCH_KINDS).optional(),
      categoryId: z.string().max(100).optional()
    })
  )
)

export async function loadImportMappings(db: AppDb): Promise<ImportMappings> {
  const parsed = schema.safeParse(await getSetting<unknown>(db, SETTING))
  return parsed.success ? parsed.data : {}
}

export async function saveImportMapping(
  db: AppDb,
  source: string,
  columns: Record<string, ColumnChoice>
): Promise<void> {
  const all = await loadImportMappings(db)
  await putSetting(db, SETTING, { ...all, [source]: columns })
}

/** A first guess at which columns identify the person, from their headers. */
export function guessMatch(header: string): MatchKind | undefined {
  const name = header.toLocaleLowerCase('sv-SE')
  if (/person\s*-?nr|personnummer|pnr|samordningsnummer|ssn/.test(name)) return 'personnummer'
  if (/e-?post|e-?mail|mejl/.test(name)) return 'email'
  if (/kund\s*-?(nr|nummer|id)|customer/.test(name)) return 'customerRef'
  return undefined
}
