/**
 * The plaintext inside a backup: a stream of frames, each `kind u8 | length u32 | payload`.
 * Rows are the vault's stored rows as they are (still encrypted record by record), so a restore
 * puts back exactly what was there. The last frame is the summary the reader checks against.
 */
import { decodeRecord, encodeRecord } from '../crypto/recordCodec'
import { BACKUP_ERROR, BackupFormatError } from './format'

export const FRAME = { row: 1, sidecar: 2, end: 3 } as const

export type BackupRow = { table: string; row: Record<string, unknown> }
export type Sidecar = { name: string; bytes: Uint8Array }
export type BackupSummary = { counts: Record<string, number>; sidecars: string[] }

/** Sidecar names: plain file names only, so a restore can never write outside its folder. */
export const SIDECAR_NAME = /^[a-z][a-z0-9-]{0,40}\.(json|bin)$/

export function encodeFrame(kind: number, payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(5 + payload.length)
  frame[0] = kind
  new DataView(frame.buffer).setUint32(1, payload.length)
  frame.set(payload, 5)
  return frame
}

export const rowFrame = (row: BackupRow): Uint8Array => encodeFrame(FRAME.row, encodeRecord(row))
export const sidecarFrame = (sidecar: Sidecar): Uint8Array =>
  encodeFrame(FRAME.sidecar, encodeRecord(sidecar))
export const endFrame = (summary: BackupSummary): Uint8Array =>
  encodeFrame(FRAME.end, encodeRecord(summary))

/**
 * Reassembles frames from plaintext pieces (chunks split frames anywhere) and checks them: known
 * kinds, rows with a string id, no id twice per table, sidecar names safe, and a summary that
 * matches what came before it and the header's counts.
 */
export class FrameReader {
  #buffer = new Uint8Array(0)
  #ended = false
  readonly counts: Record<string, number> = {}
  readonly sidecars: Sidecar[] = []
  readonly #ids = new Map<string, Set<string>>()

  constructor(
    private readonly onRow: (row: BackupRow) => void,
    private readonly expectedCounts: Record<string, number>
  ) {}

  push(plaintext: Uint8Array): void {
    const joined = new Uint8Array(this.#buffer.length + plaintext.length)
    joined.set(this.#buffer)
    joined.set(plaintext, this.#buffer.length)
    let offset = 0
    while (joined.length - offset >= 5) {
      const length = new DataView(joined.buffer, joined.byteOffset + offset + 1, 4).getUint32(0)
      if (joined.length - offset - 5 < length) break
      this.#frame(joined[offset]!, joined.subarray(offset + 5, offset + 5 + length))
      offset += 5 + length
    }
    this.#buffer = joined.slice(offset)
  }

  /** Call after the last chunk: everything must have been consumed and summed up. */
  finish(): BackupSummary {
    if (!this.#ended || this.#buffer.length > 0)
      throw new BackupFormatError(
        BACKUP_ERROR.truncated,
        'The backup stops in the middle of its records'
      )
    for (const [table, count] of Object.entries(this.expectedCounts)) {
      if ((this.counts[table] ?? 0) !== count) {
        throw new BackupFormatError(
          BACKUP_ERROR.countMismatch,
          `The backup should hold ${count} records of ${table} but holds ${this.counts[table] ?? 0}`
        )
      }
    }
    return { counts: { ...this.counts }, sidecars: this.sidecars.map((s) => s.name) }
  }

  #frame(kind: number, payload: Uint8Array): void {
    if (this.#ended)
      throw new BackupFormatError(
        BACKUP_ERROR.trailingData,
        'The backup has records after its end marker'
      )
    let value: unknown
    try {
      value = decodeRecord(payload)
    } catch {
      throw new BackupFormatError(
        BACKUP_ERROR.recordDamaged,
        'A record in the backup cannot be read'
      )
    }
    if (kind === FRAME.row) {
      const { table, row } = (value ?? {}) as Partial<BackupRow>
      if (
        typeof table !== 'string' ||
        !row ||
        typeof row !== 'object' ||
        typeof row['id'] !== 'string'
      ) {
        throw new BackupFormatError(
          BACKUP_ERROR.recordDamaged,
          'A record in the backup has no table or id'
        )
      }
      const ids = this.#ids.get(table) ?? new Set<string>()
      if (ids.has(row['id']))
        throw new BackupFormatError(
          BACKUP_ERROR.duplicateId,
          `Record ${row['id']} of ${table} occurs twice`
        )
      ids.add(row['id'])
      this.#ids.set(table, ids)
      this.counts[table] = (this.counts[table] ?? 0) + 1
      this.onRow({ table, row })
    } else if (kind === FRAME.sidecar) {
      const { name, bytes } = (value ?? {}) as Partial<Sidecar>
      if (
        typeof name !== 'string' ||
        !SIDECAR_NAME.test(name) ||
        !(bytes instanceof Uint8Array || ArrayBuffer.isView(bytes))
      ) {
        throw new BackupFormatError(
          BACKUP_ERROR.recordDamaged,
          'A file in the backup has an unsafe name'
        )
      }
      this.sidecars.push({ name, bytes: bytes as Uint8Array })
    } else if (kind === FRAME.end) {
      const summary = value as Partial<BackupSummary>
      const counts = summary.counts ?? {}
      const same = Object.keys({ ...counts, ...this.counts }).every(
        (table) => (counts[table] ?? 0) === (this.counts[table] ?? 0)
      )
      if (!same || (summary.sidecars ?? []).length !== this.sidecars.length) {
        throw new BackupFormatError(
          BACKUP_ERROR.countMismatch,
          'The backup does not hold what its summary says'
        )
      }
      this.#ended = true
    } else {
      throw new BackupFormatError(
        BACKUP_ERROR.recordDamaged,
        'The backup contains an unknown kind of record'
      )
    }
  }
}
