/**
 * Record format v1 → v2 (schema v2, ADR 0003): rewrites every row still sealed in format v1 so
 * that no case keeps its subject id, type, status or dates in clear, and events and attachments
 * are found by the blind index of their case. Attachments are split into metadata and bytes.
 *
 * It needs the data key, so it runs after unlock, before the store loads. It works in batches,
 * each in its own transaction, and only ever rewrites v1 rows: a crash or a lock half-way leaves
 * a database that opens (both formats are readable) and the next unlock carries on.
 */
import type { AppDb } from '../db'
import { decryptRowsAsync, sealRowsAsync, storedFormatVersion } from '../encryption'
import { dropDigests } from '../repos/digests.repo'
import { getSetting, putSetting } from '../repos/settings.repo'

/** Tables whose rows are sealed records (everything but the keyring). */
const TABLES = [
  'subjects',
  'cases',
  'events',
  'attachments',
  'auditLog',
  'inventory',
  'settings'
] as const

const BATCH = 200
const FORMAT_SETTING = 'record-format'

export type MigrationProgress = { done: number; total: number }

/** Whether rows may still be in format v1 (a database set up before v2, or restored from one). */
export async function needsV2Migration(db: AppDb): Promise<boolean> {
  const marker = await getSetting<{ version: number }>(db, FORMAT_SETTING)
  return !marker || marker.version < 2
}

/** Marks a database as holding only format-v2 rows (new vaults start so). */
export async function markFormatV2(db: AppDb): Promise<void> {
  await putSetting(db, FORMAT_SETTING, { version: 2 })
}

function v2Values(table: string, value: Record<string, unknown>): Record<string, unknown>[] {
  if (table === 'cases') {
    const { due: _due, ...rest } = value
    return [rest]
  }
  return [value]
}

/** Rewrites every v1 row in format v2; returns how many rows it rewrote. */
export async function migrateToV2(
  db: AppDb,
  onProgress: (progress: MigrationProgress) => void = () => undefined
): Promise<number> {
  const raw = db.raw
  const keys = db.keys.keys
  const total = (await Promise.all(TABLES.map((table) => raw.table(table).count()))).reduce(
    (sum, count) => sum + count,
    0
  )
  let done = 0
  let rewritten = 0
  onProgress({ done, total })
  for (const table of TABLES) {
    let after: string | null = null
    for (;;) {
      const collection =
        after === null
          ? raw.table(table).orderBy(':id')
          : raw.table(table).where(':id').above(after)
      const batch = (await collection.limit(BATCH).toArray()) as Record<string, unknown>[]
      if (batch.length === 0) break
      after = String(batch[batch.length - 1]!['id'])
      done += batch.length
      const old = batch.filter((row) => storedFormatVersion(row) === 1)
      if (old.length > 0) {
        const values = await decryptRowsAsync(table, keys, old)
        if (table === 'attachments') {
          const metas = values.map(({ data: _data, ...meta }) => meta)
          const data = values.map((value) => ({ id: value['id'], data: value['data'] }))
          const [sealedMeta, sealedData] = await Promise.all([
            sealRowsAsync('attachments', keys, metas),
            sealRowsAsync('attachmentData', keys, data)
          ])
          await db.transaction('rw', db.attachments, db.attachmentData, async () => {
            await db.attachmentData.bulkPut(sealedData)
            await db.attachments.bulkPut(sealedMeta)
          })
        } else {
          const sealed = await sealRowsAsync(
            table,
            keys,
            values.flatMap((value) => v2Values(table, value))
          )
          await db.table(table).bulkPut(sealed)
        }
        rewritten += old.length
      }
      onProgress({ done, total })
    }
  }
  // The store rebuilds its digests from the rewritten rows.
  await dropDigests(db)
  await markFormatV2(db)
  return rewritten
}
