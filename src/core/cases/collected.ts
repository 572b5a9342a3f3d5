/**
 * Data collected from other systems for a registerutdrag (issue 16): imported tables are kept in
 * the case, sealed with it, until the copy is made. The audit event names the source system and
 * counts rows and categories; the data itself never enters the log.
 */
import { failure, type CoreResult } from '../errors'
import type { CollectedTable, DsrCase } from '../model/types'
import { collectedTableSchema, COLLECTED_LIMITS } from '../model/schemas'
import { applyCasePatch, type CaseChange, type CommandContext } from './workflow'

export const COLLECTED_ERROR = {
  invalid: 'COLLECTED_INVALID',
  empty: 'COLLECTED_EMPTY',
  tooMany: 'COLLECTED_TOO_MANY',
  notFound: 'COLLECTED_NOT_FOUND'
} as const

/** Adds imported tables (one per category) to a case. */
export function addCollectedData(
  dsrCase: DsrCase,
  tables: readonly Omit<CollectedTable, 'id' | 'importedAt'>[],
  ctx: CommandContext
): CoreResult<CaseChange> {
  if (tables.length === 0 || tables.every((table) => table.rows.length === 0))
    return failure(COLLECTED_ERROR.empty)
  const existing = dsrCase.collected ?? []
  if (existing.length + tables.length > COLLECTED_LIMITS.tables)
    return failure(COLLECTED_ERROR.tooMany, { max: COLLECTED_LIMITS.tables })
  const importedAt = ctx.now.toISOString()
  const added: CollectedTable[] = []
  for (const table of tables) {
    if (table.rows.length === 0) continue
    const parsed = collectedTableSchema.safeParse({ ...table, id: ctx.newId(), importedAt })
    if (!parsed.success)
      return failure(COLLECTED_ERROR.invalid, {
        maxRows: COLLECTED_LIMITS.rows,
        maxColumns: COLLECTED_LIMITS.columns
      })
    added.push(parsed.data)
  }
  return applyCasePatch(dsrCase, { collected: [...existing, ...added] }, ctx, 'case.data-import', {
    source: added[0]!.source,
    tables: added.length,
    rows: added.reduce((sum, table) => sum + table.rows.length, 0),
    categories: added.map((table) => table.categoryId)
  })
}

/** Removes one imported table (imported by mistake, or the wrong person's rows). */
export function removeCollectedData(
  dsrCase: DsrCase,
  tableId: string,
  ctx: CommandContext
): CoreResult<CaseChange> {
  const existing = dsrCase.collected ?? []
  const table = existing.find((item) => item.id === tableId)
  if (!table) return failure(COLLECTED_ERROR.notFound)
  return applyCasePatch(
    dsrCase,
    { collected: existing.filter((item) => item.id !== tableId) },
    ctx,
    'case.data-remove',
    { source: table.source, rows: table.rows.length, category: table.categoryId }
  )
}
