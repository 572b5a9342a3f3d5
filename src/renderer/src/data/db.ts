/**
 * The app database. Only repositories (repos/*.repo.ts) use it; everything they read and write
 * passes the encryption middleware, except the keyring (which holds only wrapped keys).
 */
import Dexie, { type Table } from 'dexie'
import type { Keyring } from '@core/crypto'
import { decryptRowsAsync, encryptionMiddleware, type SealingBatches } from './encryption'
import { KeyHolder } from './keys'
import { SCHEMA_VERSIONS } from './schema'

export type Row = Record<string, unknown> & { id: string }

/**
 * Call inside a read-write transaction: stores the batches one after the other, sealing the
 * next batch while the one before is written, all in one transaction. Waiting for a batch
 * still being sealed keeps the transaction alive with `Dexie.waitFor` (a dummy read queued
 * behind the pending writes, so it only spins once they are done).
 */
export async function bulkPutAsSealed(
  table: Table<Row, string>,
  batches: SealingBatches
): Promise<void> {
  const puts: Promise<unknown>[] = []
  // Sealing runs outside the transaction's zone; only the puts belong to it.
  const sealing = (index: number) =>
    Dexie.waitFor(Dexie.ignoreTransaction(() => batches.seal(index)))
  let next = batches.count > 0 ? sealing(0) : null
  for (let index = 0; next; index++) {
    const rows = await next
    const put = table.bulkPut(rows)
    // Reported through Promise.all below; a failed write aborts the transaction anyway.
    put.catch(() => undefined)
    puts.push(put)
    next = index + 1 < batches.count ? sealing(index + 1) : null
  }
  await Promise.all(puts)
}

/** Rows per read request in bulk reads: big enough to keep IndexedDB busy, small enough to overlap. */
const READ_CHUNK = 500
export type KeyringRow = { id: 'main'; keyring: Keyring; updatedAt: string }

export class AppDb extends Dexie {
  subjects!: Table<Row, string>
  cases!: Table<Row, string>
  events!: Table<Row, string>
  attachments!: Table<Row, string>
  attachmentData!: Table<Row, string>
  auditLog!: Table<Row, string>
  inventory!: Table<Row, string>
  settings!: Table<Row, string>
  digests!: Table<Row, string>
  subjectPages!: Table<Row, string>
  casePages!: Table<Row, string>
  keyring!: Table<KeyringRow, string>

  #raw: Dexie | null = null

  constructor(
    name: string,
    readonly keys: KeyHolder
  ) {
    super(name)
    for (const schema of SCHEMA_VERSIONS) this.version(schema.version).stores(schema.stores)
    this.use(encryptionMiddleware(keys))
  }

  /** A second connection without the middleware: ciphertext rows, for bulk reads and backups. */
  get raw(): Dexie {
    if (!this.#raw) this.#raw = openRawDb(this.name)
    return this.#raw
  }

  override close(options?: { disableAutoOpen: boolean }): void {
    this.#raw?.close()
    this.#raw = null
    super.close(options)
  }

  /**
   * Reads whole tables in one read-only transaction and decrypts the rows afterwards with
   * WebCrypto, which runs in parallel and is several times faster than decrypting row by row
   * in JavaScript. The result is the same as reading through the middleware.
   */
  async readAllDecrypted<T extends string>(
    tables: readonly T[],
    onProgress?: (done: number, total: number) => void
  ): Promise<Record<T, Record<string, unknown>[]>> {
    const keys = this.keys.keys
    const raw = this.raw
    // One read-only transaction (a consistent snapshot). All reads are issued up front, in
    // chunks, and each chunk is handed to WebCrypto as soon as it arrives, so decryption runs
    // while IndexedDB still reads; nothing is awaited inside the transaction but IndexedDB.
    const decrypting: Promise<Record<string, unknown>[]>[][] = tables.map(() => [])
    let total = 0
    let done = 0
    await raw.transaction('r', [...tables], async () => {
      const allKeys = await Promise.all(
        tables.map((table) => raw.table(table).toCollection().primaryKeys())
      )
      total = allKeys.reduce((sum, ids) => sum + ids.length, 0)
      onProgress?.(0, total)
      await Promise.all(
        tables.flatMap((table, index) => {
          const ids = allKeys[index]! as string[]
          const chunks: Promise<void>[] = []
          for (let start = 0; start < ids.length; start += READ_CHUNK) {
            const end = start + READ_CHUNK
            const range =
              end < ids.length
                ? raw.table(table).where(':id').between(ids[start], ids[end], true, false)
                : raw.table(table).where(':id').aboveOrEqual(ids[start])
            chunks.push(
              range.toArray().then((rows) => {
                const pending = decryptRowsAsync(table, keys, rows).then((values) => {
                  done += values.length
                  onProgress?.(done, total)
                  return values
                })
                // Failures surface when the result is awaited below, not as unhandled rejections.
                pending.catch(() => undefined)
                decrypting[index]!.push(pending)
              })
            )
          }
          return chunks
        })
      )
    })
    // Promise.resolve(): keeps liveQuery tracking intact around the non-Dexie async work.
    const decrypted = await Promise.resolve(
      Promise.all(decrypting.map((parts) => Promise.all(parts)))
    )
    return Object.fromEntries(
      tables.map((table, index) => [table, decrypted[index]!.flat()])
    ) as Record<T, Record<string, unknown>[]>
  }

  /**
   * Reads the rows whose ids start with any of `prefixes` in one read-only transaction and
   * decrypts them with WebCrypto about a megabyte of ciphertext at a time (for a few large
   * rows, such as digests), so the page can paint between steps.
   */
  async readDecryptedByPrefix(
    table: string,
    prefixes: readonly string[],
    onProgress?: (done: number, total: number) => void
  ): Promise<Record<string, unknown>[]> {
    const keys = this.keys.keys
    const raw = this.raw
    const rows = await raw.transaction('r', table, () =>
      raw
        .table(table)
        .where(':id')
        .startsWithAnyOf([...prefixes])
        .toArray()
    )
    onProgress?.(0, rows.length)
    const values: Record<string, unknown>[] = []
    for (let start = 0; start < rows.length;) {
      const end = stepEnd(rows, start)
      values.push(...(await decryptRowsAsync(table, keys, rows.slice(start, end))))
      onProgress?.(values.length, rows.length)
      start = end
    }
    return values
  }
}

/**
 * Ciphertext decrypted per step by readDecryptedByPrefix. By bytes, not rows: a fixed count of
 * 8 rows was sized for digest rows of 500 items and made five times as many steps (measured
 * ~14 % slower at 10⁴ cases) once they held 100 (ADR 0007).
 */
const PREFIX_STEP_BYTES = 1 << 20

/** The end (exclusive) of the step that starts at `start`: at least one row, about a megabyte. */
function stepEnd(rows: readonly unknown[], start: number): number {
  let end = start
  let bytes = 0
  while (end < rows.length && (end === start || bytes < PREFIX_STEP_BYTES)) {
    bytes += (rows[end] as { enc?: Uint8Array }).enc?.length ?? 0
    end++
  }
  return end
}

/** Name of the database in use; a restore switches it only after the new one verified. */
const ACTIVE_DB_KEY = 'dpo-desk.active-db'
export const DEFAULT_DB_NAME = 'dpo-desk'

export function activeDbName(): string {
  try {
    return localStorage.getItem(ACTIVE_DB_KEY) ?? DEFAULT_DB_NAME
  } catch {
    return DEFAULT_DB_NAME
  }
}

export function setActiveDbName(name: string): void {
  localStorage.setItem(ACTIVE_DB_KEY, name)
}

export function createDb(name: string = activeDbName(), keys: KeyHolder = new KeyHolder()): AppDb {
  return new AppDb(name, keys)
}

/**
 * The same database without the encryption middleware: ciphertext rows as stored. For backups
 * (which carry rows as they are) and for tests that inspect what reaches IndexedDB.
 */
export function openRawDb(name: string): Dexie {
  const db = new Dexie(name)
  for (const schema of SCHEMA_VERSIONS) db.version(schema.version).stores(schema.stores)
  return db
}
