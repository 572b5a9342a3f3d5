/**
 * Backup and restore from the renderer's side (ADR 0006). A backup is a snapshot of every table
 * read in one read-only transaction, as stored (ciphertext rows and the keyring), streamed to
 * main in batches. A restore writes a verified backup's rows into a fresh database, opens every
 * record with the backup's key as a check, and only then switches the app to it.
 */
import Dexie from 'dexie'
import { auditMarkKey, checkAuditMark, type AuditIntegrity } from '@core/audit/auditMark'
import {
  backupKeyFromDataKey,
  dataKeyFromBackupKeyring,
  type BackupSecret
} from '@core/backup/keys'
import { decodeRowPayload, FRAME, FrameEncoder } from '@core/backup/records'
import { wipe, type PassphraseKdf } from '@core/crypto'
import type { IpcOutput } from '@shared/ipc/contract'
import { callOrThrow } from '../lib/api'
import { activeDbName, AppDb, openRawDb, setActiveDbName } from './db'
import { TABLE_POLICIES } from './encryption'
import { KeyHolder } from './keys'
import { checkAuditIntegrity } from './repos/audit.repo'
import { CURRENT_SCHEMA } from './schema'

export type BackupProgress = {
  phase: 'reading' | 'writing' | 'verifying' | 'restoring' | 'checking'
  done: number
  total: number
}

type Row = { table: string; row: Record<string, unknown> }

const TABLES = Object.keys(CURRENT_SCHEMA.stores)
/** Encoded rows per `backup:append` call. */
const BATCH_BYTES = 4 * 1024 * 1024

function approximateSize(row: Record<string, unknown>): number {
  let size = 100
  for (const value of Object.values(row))
    size +=
      value instanceof Uint8Array || ArrayBuffer.isView(value)
        ? (value as Uint8Array).byteLength
        : 40
  return size
}

/** Reads every table in one read-only transaction: the backup is one consistent state. */
export async function snapshot(db: AppDb): Promise<{
  rows: Row[]
  counts: Record<string, number>
  records: Record<string, number>
  attachmentBytes: number
}> {
  const raw = db.raw
  const tables = await raw.transaction('r', TABLES, () =>
    Promise.all(TABLES.map((table) => raw.table(table).toArray()))
  )
  const rows: Row[] = []
  const counts: Record<string, number> = {}
  let attachmentBytes = 0
  TABLES.forEach((table, index) => {
    const items = tables[index] as Record<string, unknown>[]
    counts[table] = items.length
    for (const row of items) {
      rows.push({ table, row })
      if (table === 'attachmentData') attachmentBytes += approximateSize(row)
    }
  })
  return { rows, counts, records: recordCounts(tables, counts), attachmentBytes }
}

/**
 * Cases and subjects in the snapshot, for the preview: the rows of the v2 tables (one record
 * each, rows an older backup restored and the v3 migration has not moved yet) plus the members
 * of the pages, counted by the member ids every page keeps in clear (ADR 0015).
 */
function recordCounts(
  tables: readonly unknown[],
  counts: Record<string, number>
): Record<string, number> {
  const members = (table: string) =>
    (tables[TABLES.indexOf(table)] as { ids?: unknown[] }[]).reduce(
      (sum, page) => sum + (page.ids?.length ?? 0),
      0
    )
  return {
    cases: (counts['cases'] ?? 0) + members('casePages'),
    subjects: (counts['subjects'] ?? 0) + members('subjectPages')
  }
}

/**
 * The audit log's high-water mark for the backup header: main's stored mark, taken before the
 * snapshot (so it never runs ahead of the rows) and checked with this vault's key. A log that
 * was cut before the backup then still shows the gap after a restore.
 */
async function markForBackup(db: AppDb) {
  const { mark } = await callOrThrow('audit:get-mark', undefined)
  if (!mark) return null
  const key = auditMarkKey(db.keys.keys.dek)
  try {
    return checkAuditMark(key, mark) === 'valid' ? mark : null
  } finally {
    wipe(key)
  }
}

/** Backs up to the chosen folder; resolves with main's verified result. */
export async function runBackup(
  db: AppDb,
  onProgress: (progress: BackupProgress) => void
): Promise<IpcOutput<'backup:finish'>> {
  onProgress({ phase: 'reading', done: 0, total: 1 })
  const auditMark = await markForBackup(db)
  const { rows, counts, records, attachmentBytes } = await snapshot(db)
  const keyring = rows.find((row) => row.table === 'keyring')?.row['keyring']
  const backupKey = backupKeyFromDataKey(db.keys.keys.dek)
  const { sessionId } = await callOrThrow('backup:begin', {
    backupKey,
    keyring,
    schemaVersion: CURRENT_SCHEMA.version,
    counts,
    records,
    attachmentBytes,
    auditMark
  })
  wipe(backupKey)
  try {
    // Rows go to main in the compact frame encoding: one buffer per ~4 MB batch.
    const encoder = new FrameEncoder(BATCH_BYTES * 2)
    let sent = 0
    const send = async () => {
      if (encoder.rows === 0) return
      const batchRows = encoder.rows
      await callOrThrow('backup:append', { sessionId, frames: encoder.take() })
      sent += batchRows
      onProgress({ phase: 'writing', done: sent, total: rows.length })
    }
    for (const row of rows) {
      encoder.addRow(row.table, row.row)
      if (encoder.byteLength >= BATCH_BYTES) await send()
    }
    await send()
    onProgress({ phase: 'verifying', done: rows.length, total: rows.length })
    return await callOrThrow('backup:finish', { sessionId })
  } catch (error) {
    await callOrThrow('backup:abort', { sessionId }).catch(() => undefined)
    throw error
  }
}

export type BackupPreview = IpcOutput<'backup:restore-select'>

/** Splits a batch of frames from `backup:restore-next` into rows per table. */
function rowsByTable(frames: Uint8Array): Map<string, Record<string, unknown>[]> {
  const byTable = new Map<string, Record<string, unknown>[]>()
  const view = new DataView(frames.buffer, frames.byteOffset, frames.byteLength)
  let offset = 0
  while (offset < frames.length) {
    const length = offset + 5 <= frames.length ? view.getUint32(offset + 1) : -1
    if (frames[offset] !== FRAME.row || length < 0 || offset + 5 + length > frames.length)
      throw new RestoreCheckError('A batch of restored rows is damaged')
    const { table, row } = decodeRowPayload(frames.subarray(offset + 5, offset + 5 + length))
    if (!(table in CURRENT_SCHEMA.stores))
      throw new RestoreCheckError(`The backup holds a table this version does not know: ${table}`)
    const list = byTable.get(table)
    if (list) list.push(row)
    else byTable.set(table, [row])
    offset += 5 + length
  }
  return byTable
}

export class RestoreCheckError extends Error {
  readonly code = 'BACKUP_RESTORE_CHECK_FAILED'
  constructor(message: string) {
    super(message)
  }
}

export class BackupFromNewerAppError extends Error {
  readonly code = 'BACKUP_FROM_FUTURE'
  constructor() {
    super('The backup was made by a newer version of DPO Desk')
  }
}

const PREVIOUS_DB_KEY = 'dpo-desk.previous-db'

/**
 * Restores a backup into a new database and switches to it. The database in use is not touched;
 * any failure deletes the half-made new one. Returns the name of the new database.
 */
export async function restoreBackup(
  preview: BackupPreview,
  secret: BackupSecret,
  kdf: PassphraseKdf,
  onProgress: (progress: BackupProgress) => void,
  options: {
    /** The restored audit log checked against the backup's high-water mark. */
    onAuditCheck?: (integrity: AuditIntegrity) => void
  } = {}
): Promise<string> {
  if (preview.schemaVersion > CURRENT_SCHEMA.version) throw new BackupFromNewerAppError()
  // Wrong passphrase or recovery key fails here, before any file is decrypted.
  const dek = await dataKeyFromBackupKeyring(preview.keyring, secret, kdf)
  const backupKey = backupKeyFromDataKey(dek)
  const name = `dpo-desk-${Date.now().toString(36)}`
  let created = false
  try {
    onProgress({ phase: 'verifying', done: 0, total: 1 })
    const opened = await callOrThrow('backup:restore-open', {
      restoreId: preview.restoreId,
      backupKey
    })
    const target = openRawDb(name)
    await target.open()
    created = true
    let written = 0
    for (;;) {
      const { frames, rows, isDone } = await callOrThrow('backup:restore-next', {
        restoreId: preview.restoreId
      })
      const byTable = rowsByTable(frames)
      if (byTable.size > 0)
        await target.transaction('rw', [...byTable.keys()], async () => {
          for (const [table, tableRows] of byTable) await target.table(table).bulkAdd(tableRows)
        })
      written += rows
      onProgress({ phase: 'restoring', done: written, total: opened.rows })
      if (isDone) break
    }
    target.close()
    if (written !== opened.rows)
      throw new RestoreCheckError(`Restored ${written} of ${opened.rows} records`)

    // Open every record with the backup's data key: the new database must read completely.
    onProgress({ phase: 'checking', done: 0, total: 1 })
    const keys = new KeyHolder()
    keys.unlock(dek)
    const restored = new AppDb(name, keys)
    try {
      const encrypted = Object.keys(TABLE_POLICIES)
      const tables = await restored.readAllDecrypted(encrypted)
      for (const table of encrypted) {
        if (tables[table]!.length !== (opened.counts[table] ?? 0))
          throw new RestoreCheckError(`Table ${table} did not restore completely`)
      }
      if ((await restored.keyring.count()) !== 1)
        throw new RestoreCheckError('The restored data has no key file')
      // The audit log must reach the mark the backup carries; a gap is shown, not hidden (the
      // restore itself goes on: the data is what the backup holds).
      const { integrity } = await checkAuditIntegrity(restored, preview.auditMark)
      options.onAuditCheck?.(integrity)
    } finally {
      restored.close()
      keys.lock()
    }
    await callOrThrow('backup:restore-commit', { restoreId: preview.restoreId })
    const previous = activeDbName()
    setActiveDbName(name)
    localStorage.setItem(PREVIOUS_DB_KEY, previous)
    return name
  } catch (error) {
    if (created) await Dexie.delete(name).catch(() => undefined)
    await callOrThrow('backup:restore-close', { restoreId: preview.restoreId }).catch(
      () => undefined
    )
    throw error
  } finally {
    wipe(dek)
    wipe(backupKey)
  }
}

/** After the first unlock of a restored database: the one it replaced is deleted. */
export async function dropReplacedDatabase(): Promise<void> {
  const previous = localStorage.getItem(PREVIOUS_DB_KEY)
  if (!previous || previous === activeDbName()) return
  await Dexie.delete(previous)
  localStorage.removeItem(PREVIOUS_DB_KEY)
}
