/**
 * Record format v2 → v3 (schema v3, ADR 0015): moves every subject and case row of the v2 tables
 * `subjects` and `cases` into sealed pages (`subjectPages`, `casePages`) and deletes the row.
 *
 * It needs the data key, so it runs after unlock (after the v2 migration, which rewrites v1
 * rows in those same tables) and before the store loads. It works in batches; each batch's
 * pages are written and its rows deleted in one transaction, so a record is always in exactly
 * one place: a crash or a lock half-way leaves a database whose next unlock carries on.
 */
import type { AppDb } from '../db'
import { decryptRowsAsync } from '../encryption'
import { bulkPutMembers, type Member, type PagedTable } from '../pages'
import type { MigrationProgress } from './v2'

/** The v2 tables and the paged tables their records move to. */
const MOVES: readonly { from: 'subjects' | 'cases'; to: PagedTable }[] = [
  { from: 'subjects', to: 'subjectPages' },
  { from: 'cases', to: 'casePages' }
]

/** Rows per batch: a hundred pages. */
const BATCH = 1600

/** Whether rows wait in the v2 tables (a database set up before v3, or restored from one). */
export async function needsV3Migration(db: AppDb): Promise<boolean> {
  const counts = await Promise.all(MOVES.map(({ from }) => db.raw.table(from).count()))
  return counts.some((count) => count > 0)
}

/** Moves every row of the v2 subject and case tables into pages; returns how many it moved. */
export async function migrateToV3(
  db: AppDb,
  onProgress: (progress: MigrationProgress) => void = () => undefined
): Promise<number> {
  const raw = db.raw
  const keys = db.keys.keys
  const total = (await Promise.all(MOVES.map(({ from }) => raw.table(from).count()))).reduce(
    (sum, count) => sum + count,
    0
  )
  let done = 0
  onProgress({ done, total })
  for (const { from, to } of MOVES) {
    for (;;) {
      // The first rows by id: each batch deletes the rows it moved, so the next starts anew.
      const batch = (await raw.table(from).orderBy(':id').limit(BATCH).toArray()) as Record<
        string,
        unknown
      >[]
      if (batch.length === 0) break
      const values = (await decryptRowsAsync(from, keys, batch)) as Member[]
      await db.transaction('rw', db.table(from), db.table(to), async () => {
        await bulkPutMembers(db, to, values)
        await db.table(from).bulkDelete(values.map((value) => value.id))
      })
      done += batch.length
      onProgress({ done, total })
    }
  }
  return done
}
