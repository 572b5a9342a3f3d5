/**
 * The plaintext inside a backup: a stream of frames, each `kind u8 | length u32 | payload`.
 * Rows are the vault's stored rows as they are (still encrypted record by record), so a restore
 * puts back exactly what was there. The last frame is the summary the reader checks against.
 *
 * Format 2 row payload (compact, no JSON for the row itself):
 *
 *   table: u8 length | ASCII name
 *   fields: u16 count, then per field: u8 name length | UTF-8 name | u8 type | value
 *   types: 0 null | 1 false | 2 true | 3 number (f64) | 4 string (u32 length, UTF-8)
 *          | 5 bytes (u32 length, raw) | 6 JSON (u32 length, UTF-8; nested values without bytes)
 *          | 7 record (u32 length, `encodeRecord`; nested values with bytes)
 *
 * The first field is always `id` (a string), so a reader can count, de-duplicate and forward
 * rows without decoding anything else. Sidecar payload: u8 name length | name | bytes. End
 * payload: the summary as JSON. Format 1 encoded every payload with `encodeRecord`.
 */
import { fromUtf8, isBytes, utf8 } from '../crypto/bytes'
import { decodeRecord, encodeRecord } from '../crypto/recordCodec'
import { BACKUP_ERROR, BackupFormatError } from './format'

export const FRAME = { row: 1, sidecar: 2, end: 3 } as const

export type BackupRow = { table: string; row: Record<string, unknown> }
export type Sidecar = { name: string; bytes: Uint8Array }
export type BackupSummary = { counts: Record<string, number>; sidecars: string[] }

/** Sidecar names: plain file names only, so a restore can never write outside its folder. */
export const SIDECAR_NAME = /^[a-z][a-z0-9-]{0,40}\.(json|bin)$/
/** Table names as the vault spells them (camelCase ASCII). */
export const TABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/
/** A frame larger than this is refused before anything is allocated for it. */
export const MAX_FRAME_LENGTH = 256 * 1024 * 1024
export const MAX_SIDECAR_BYTES = 4 * 1024 * 1024

const TYPE = { null: 0, false: 1, true: 2, number: 3, string: 4, bytes: 5, json: 6, record: 7 }

const damaged = (message: string) => new BackupFormatError(BACKUP_ERROR.recordDamaged, message)

/** A copy as a plain Uint8Array (a Node Buffer's own `slice` would return a view). */
const copyOf = (bytes: Uint8Array, start: number, end: number): Uint8Array =>
  Uint8Array.prototype.slice.call(bytes, start, end)

function hasBytes(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false
  if (isBytes(value) || depth > 64) return true
  if (Array.isArray(value)) return value.some((item) => hasBytes(item, depth + 1))
  for (const key in value)
    if (hasBytes((value as Record<string, unknown>)[key], depth + 1)) return true
  return false
}

/** Short ASCII strings (ids, table and field names) without a TextDecoder call. */
function decodeName(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let isAscii = true
    for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) isAscii = false
    if (isAscii)
      return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
  }
  return fromUtf8(bytes.subarray(start, end))
}

/**
 * Builds frames into one growing buffer: no per-row allocation, no JSON for a row's own fields.
 * `take()` hands out the frames written so far (an exact-size copy) and starts over.
 */
export class FrameEncoder {
  #buffer: Uint8Array
  #view: DataView
  #offset = 0
  #rows = 0
  readonly #encoder = new TextEncoder()

  constructor(initialCapacity = 1024 * 1024) {
    this.#buffer = new Uint8Array(initialCapacity)
    this.#view = new DataView(this.#buffer.buffer)
  }

  /** Bytes written since the last `take()`. */
  get byteLength(): number {
    return this.#offset
  }

  /** Rows written since the last `take()`. */
  get rows(): number {
    return this.#rows
  }

  addRow(table: string, row: Record<string, unknown>): void {
    if (!TABLE_NAME.test(table)) throw damaged(`Not a table name: ${table.slice(0, 40)}`)
    const id = row['id']
    if (typeof id !== 'string') throw damaged(`A row of ${table} has no string id`)
    const start = this.#begin(FRAME.row)
    this.#ensure(1 + table.length + 2)
    this.#buffer[this.#offset++] = table.length
    for (let i = 0; i < table.length; i++) this.#buffer[this.#offset++] = table.charCodeAt(i)
    const countAt = this.#offset
    this.#offset += 2
    let fields = 1
    this.#name('id')
    this.#string(id)
    for (const name in row) {
      if (name === 'id') continue
      const value = row[name]
      if (value === undefined) continue
      this.#name(name)
      this.#value(value)
      fields++
    }
    if (fields > 0xffff) throw damaged('A row has too many fields')
    this.#view.setUint16(countAt, fields)
    this.#end(start)
    this.#rows++
  }

  addSidecar(sidecar: Sidecar): void {
    if (!SIDECAR_NAME.test(sidecar.name)) throw damaged('A sidecar file has an unsafe name')
    const start = this.#begin(FRAME.sidecar)
    this.#ensure(1 + sidecar.name.length + sidecar.bytes.length)
    this.#buffer[this.#offset++] = sidecar.name.length
    for (let i = 0; i < sidecar.name.length; i++)
      this.#buffer[this.#offset++] = sidecar.name.charCodeAt(i)
    this.#buffer.set(sidecar.bytes, this.#offset)
    this.#offset += sidecar.bytes.length
    this.#end(start)
  }

  addEnd(summary: BackupSummary): void {
    const start = this.#begin(FRAME.end)
    this.#raw(utf8(JSON.stringify(summary)))
    this.#end(start)
  }

  take(): Uint8Array {
    const out = copyOf(this.#buffer, 0, this.#offset)
    this.#offset = 0
    this.#rows = 0
    return out
  }

  #begin(kind: number): number {
    this.#ensure(5)
    const start = this.#offset
    this.#buffer[start] = kind
    this.#offset += 5
    return start
  }

  #end(start: number): void {
    const length = this.#offset - start - 5
    if (length > MAX_FRAME_LENGTH) throw damaged('A record is too large for a backup')
    this.#view.setUint32(start + 1, length)
  }

  #ensure(extra: number): void {
    const needed = this.#offset + extra
    if (needed <= this.#buffer.length) return
    let capacity = this.#buffer.length * 2
    while (capacity < needed) capacity *= 2
    const grown = new Uint8Array(capacity)
    grown.set(this.#buffer.subarray(0, this.#offset))
    this.#buffer = grown
    this.#view = new DataView(grown.buffer)
  }

  #name(name: string): void {
    this.#ensure(1 + name.length * 3)
    const { read = 0, written = 0 } = this.#encoder.encodeInto(
      name,
      this.#buffer.subarray(this.#offset + 1, this.#offset + 1 + 255)
    )
    if (read !== name.length) throw damaged('A field name is too long')
    this.#buffer[this.#offset] = written
    this.#offset += 1 + written
  }

  #string(text: string): void {
    this.#ensure(5 + text.length * 3)
    this.#buffer[this.#offset] = TYPE.string
    const { written = 0 } = this.#encoder.encodeInto(text, this.#buffer.subarray(this.#offset + 5))
    this.#view.setUint32(this.#offset + 1, written)
    this.#offset += 5 + written
  }

  #raw(bytes: Uint8Array): void {
    this.#ensure(bytes.length)
    this.#buffer.set(bytes, this.#offset)
    this.#offset += bytes.length
  }

  #typed(type: number, bytes: Uint8Array): void {
    this.#ensure(5 + bytes.length)
    this.#buffer[this.#offset] = type
    this.#view.setUint32(this.#offset + 1, bytes.length)
    this.#buffer.set(bytes, this.#offset + 5)
    this.#offset += 5 + bytes.length
  }

  #value(value: unknown): void {
    if (value === null) return this.#tag(TYPE.null)
    switch (typeof value) {
      case 'boolean':
        return this.#tag(value ? TYPE.true : TYPE.false)
      case 'number':
        this.#ensure(9)
        this.#buffer[this.#offset] = TYPE.number
        this.#view.setFloat64(this.#offset + 1, value)
        this.#offset += 9
        return
      case 'string':
        return this.#string(value)
      case 'object':
        if (isBytes(value)) return this.#typed(TYPE.bytes, value)
        if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
          throw damaged('Only Uint8Array binary fields can be backed up')
        if (hasBytes(value)) return this.#typed(TYPE.record, encodeRecord(value))
        return this.#typed(TYPE.json, utf8(JSON.stringify(value)))
      default:
        throw damaged(`A field of type ${typeof value} cannot be backed up`)
    }
  }

  #tag(type: number): void {
    this.#ensure(1)
    this.#buffer[this.#offset++] = type
  }
}

/** Encodes one row frame (for tests and single rows; batches use a FrameEncoder). */
export function encodeRowFrame(row: BackupRow): Uint8Array {
  const encoder = new FrameEncoder(256)
  encoder.addRow(row.table, row.row)
  return encoder.take()
}

/**
 * Reads row payloads. Remembers the last table name it saw, so a run of rows of one table
 * costs one comparison per row instead of decoding and checking the name each time.
 */
export class RowInspector {
  #tableBytes: Uint8Array = new Uint8Array(0)
  #table = ''

  /** Checks every length and type; returns the table and (unless `needId` is false) the id. */
  inspect(payload: Uint8Array, needId = true): { table: string; id: string } {
    try {
      return this.#scan(payload, needId)
    } catch (error) {
      if (error instanceof BackupFormatError) throw error
      throw damaged('A record in the backup cannot be read')
    }
  }

  /** The checks of `#readUnchecked` without decoding values: no allocation but the result. */
  #scan(p: Uint8Array, needId: boolean): { table: string; id: string } {
    const end = p.length
    if (end < 1) throw damaged('A record in the backup is cut off')
    const tableLength = p[0]!
    let offset = 1 + tableLength
    if (offset + 2 > end) throw damaged('A record in the backup is cut off')
    const table = this.#tableAt(p, 1, offset)
    const fields = (p[offset]! << 8) | p[offset + 1]!
    offset += 2
    let id = ''
    for (let field = 0; field < fields; field++) {
      if (offset + 1 > end) throw damaged('A record in the backup is cut off')
      const nameLength = p[offset]!
      const nameStart = offset + 1
      offset = nameStart + nameLength
      if (offset + 1 > end) throw damaged('A record in the backup is cut off')
      const type = p[offset++]!
      if (type === TYPE.number) offset += 8
      else if (type >= TYPE.string && type <= TYPE.record) {
        if (offset + 4 > end) throw damaged('A record in the backup is cut off')
        const length =
          ((p[offset]! << 24) | (p[offset + 1]! << 16) | (p[offset + 2]! << 8) | p[offset + 3]!) >>>
          0
        offset += 4
        if (field === 0 && needId) id = decodeName(p, offset, offset + length)
        offset += length
      } else if (type > TYPE.true) throw damaged('A field in the backup has an unknown type')
      if (offset > end) throw damaged('A record in the backup is cut off')
      if (
        field === 0 &&
        (type !== TYPE.string ||
          nameLength !== 2 ||
          p[nameStart] !== 0x69 ||
          p[nameStart + 1] !== 0x64)
      )
        throw damaged('A record in the backup does not start with its string id')
    }
    if (fields === 0) throw damaged('A record in the backup has no id')
    if (offset !== end) throw damaged('A record in the backup has trailing bytes')
    return { table, id }
  }

  /** Decodes the whole row (binary fields are copied out). */
  decode(payload: Uint8Array): BackupRow {
    const { table, row } = this.#read(payload, true, true)
    return { table, row: row! }
  }

  #read(
    payload: Uint8Array,
    isFull: boolean,
    needId: boolean
  ): { table: string; id: string; row?: Record<string, unknown> } {
    try {
      return this.#readUnchecked(payload, isFull, needId)
    } catch (error) {
      if (error instanceof BackupFormatError) throw error
      throw damaged('A record in the backup cannot be read')
    }
  }

  #tableAt(payload: Uint8Array, start: number, end: number): string {
    const cached = this.#tableBytes
    if (cached.length === end - start) {
      let same = true
      for (let i = 0; i < cached.length; i++)
        if (cached[i] !== payload[start + i]) {
          same = false
          break
        }
      if (same) return this.#table
    }
    const table = decodeName(payload, start, end)
    if (!TABLE_NAME.test(table)) throw damaged('A record in the backup names no valid table')
    this.#tableBytes = copyOf(payload, start, end)
    this.#table = table
    return table
  }

  #readUnchecked(
    payload: Uint8Array,
    isFull: boolean,
    needId: boolean
  ): { table: string; id: string; row?: Record<string, unknown> } {
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength)
    const end = payload.length
    let offset = 0
    const need = (length: number) => {
      if (offset + length > end) throw damaged('A record in the backup is cut off')
    }
    need(1)
    const tableLength = payload[offset++]!
    need(tableLength + 2)
    const table = this.#tableAt(payload, offset, offset + tableLength)
    offset += tableLength
    const fields = view.getUint16(offset)
    offset += 2
    const row: Record<string, unknown> | undefined = isFull ? {} : undefined
    let id: string | null = null
    for (let field = 0; field < fields; field++) {
      need(1)
      const nameLength = payload[offset++]!
      need(nameLength + 1)
      const nameStart = offset
      offset += nameLength
      const type = payload[offset++]!
      let value: unknown
      if (type === TYPE.null || type === TYPE.false || type === TYPE.true) {
        value = type === TYPE.null ? null : type === TYPE.true
      } else if (type === TYPE.number) {
        need(8)
        value = isFull ? view.getFloat64(offset) : undefined
        offset += 8
      } else if (type >= TYPE.string && type <= TYPE.record) {
        need(4)
        const length = view.getUint32(offset)
        offset += 4
        need(length)
        const start = offset
        offset += length
        if (field === 0) {
          if (type !== TYPE.string) throw damaged('A record in the backup has no string id')
          value = needId || isFull ? decodeName(payload, start, offset) : ''
        } else if (isFull) {
          if (type === TYPE.string) value = fromUtf8(payload.subarray(start, offset))
          // A copy, so the row does not keep the whole decrypted buffer alive (and IndexedDB
          // does not store that buffer with it).
          else if (type === TYPE.bytes) value = copyOf(payload, start, offset)
          else if (type === TYPE.json) value = JSON.parse(fromUtf8(payload.subarray(start, offset)))
          else value = decodeRecord(payload.subarray(start, offset))
        }
      } else {
        throw damaged('A field in the backup has an unknown type')
      }
      if (field === 0) {
        if (nameLength !== 2 || payload[nameStart] !== 0x69 || payload[nameStart + 1] !== 0x64)
          throw damaged('A record in the backup does not start with its id')
        id = value as string
      }
      if (row) {
        const name = decodeName(payload, nameStart, nameStart + nameLength)
        if (name === '__proto__') throw damaged('A record in the backup has a forbidden field')
        row[name] = value
      }
    }
    if (id === null) throw damaged('A record in the backup has no id')
    if (offset !== end) throw damaged('A record in the backup has trailing bytes')
    return row ? { table, id, row } : { table, id }
  }
}

const sharedInspector = new RowInspector()

/** Reads the structure of a row payload: checks every length and type, returns table and id. */
export function inspectRowPayload(payload: Uint8Array): { table: string; id: string } {
  return sharedInspector.inspect(payload)
}

/** Decodes a format-2 row payload completely (binary fields are copied out). */
export function decodeRowPayload(payload: Uint8Array): BackupRow {
  return sharedInspector.decode(payload)
}

/** Decodes a format-2 sidecar payload. */
export function decodeSidecarPayload(payload: Uint8Array): Sidecar {
  const length = payload[0]
  if (length === undefined || payload.length < 1 + length)
    throw damaged('A file in the backup is cut off')
  let name = ''
  for (let i = 1; i <= length; i++) name += String.fromCharCode(payload[i]!)
  if (!SIDECAR_NAME.test(name)) throw damaged('A file in the backup has an unsafe name')
  return { name, bytes: copyOf(payload, 1 + length, payload.length) }
}

/**
 * Splits a stream of plaintext pieces (chunks cut frames anywhere) into frames. A frame that
 * lies inside one piece is handed over as a view of that piece, valid only during the call;
 * only a frame that spans pieces is copied, into a buffer of exactly its size.
 */
export class FrameSplitter {
  readonly #header = new Uint8Array(5)
  #headerFill = 0
  #payload: Uint8Array | null = null
  #payloadFill = 0
  #kind = 0

  constructor(private readonly onFrame: (kind: number, payload: Uint8Array) => void) {}

  /** True when no frame is half-read. */
  get isAligned(): boolean {
    return this.#headerFill === 0 && this.#payload === null
  }

  push(piece: Uint8Array): void {
    let offset = 0
    const length = piece.length
    while (offset < length) {
      if (this.#payload) {
        const take = Math.min(this.#payload.length - this.#payloadFill, length - offset)
        this.#payload.set(piece.subarray(offset, offset + take), this.#payloadFill)
        this.#payloadFill += take
        offset += take
        if (this.#payloadFill === this.#payload.length) {
          const payload = this.#payload
          this.#payload = null
          this.onFrame(this.#kind, payload)
        }
        continue
      }
      if (this.#headerFill > 0 || length - offset < 5) {
        const take = Math.min(5 - this.#headerFill, length - offset)
        this.#header.set(piece.subarray(offset, offset + take), this.#headerFill)
        this.#headerFill += take
        offset += take
        if (this.#headerFill === 5) {
          this.#headerFill = 0
          this.#start(this.#header, 0)
        }
        continue
      }
      const frameLength = this.#frameLength(piece, offset)
      if (length - offset - 5 >= frameLength) {
        this.onFrame(piece[offset]!, piece.subarray(offset + 5, offset + 5 + frameLength))
        offset += 5 + frameLength
      } else {
        this.#start(piece, offset)
        offset += 5
      }
    }
  }

  #frameLength(bytes: Uint8Array, at: number): number {
    const length =
      ((bytes[at + 1]! << 24) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 8) | bytes[at + 4]!) >>>
      0
    if (length > MAX_FRAME_LENGTH) throw damaged('A record in the backup is implausibly large')
    return length
  }

  #start(bytes: Uint8Array, at: number): void {
    const length = this.#frameLength(bytes, at)
    this.#kind = bytes[at]!
    if (length === 0) return this.onFrame(this.#kind, new Uint8Array(0))
    this.#payload = new Uint8Array(length)
    this.#payloadFill = 0
  }
}

/** Per-row callback of `BackupContents`: the frame as it is, and what it holds. */
export type RowFrameHandler = (frame: {
  table: string
  id: string
  /** Format 2: the payload as stored (a view: copy it to keep it). */
  payload: Uint8Array | null
  /** Format 1: the decoded row (format-1 payloads are not in the compact encoding). */
  row: Record<string, unknown> | null
}) => void

/**
 * Checks the frames of one backup: known kinds, rows with a table and a string id, no id twice
 * per table, safe sidecar names, and an end frame that matches what came before it and the
 * header's counts. Keeps one id per row (for the duplicate check) and the sidecars, nothing else.
 */
export class BackupContents {
  #ended = false
  readonly counts: Record<string, number> = {}
  readonly sidecars: Sidecar[] = []
  readonly #ids = new Map<string, Set<string>>()
  readonly #inspector = new RowInspector()
  #rows = 0

  constructor(
    private readonly formatVersion: number,
    private readonly expectedCounts: Record<string, number>,
    private readonly onRow?: RowFrameHandler,
    /** False for a second pass over a file already checked for duplicates. */
    private readonly shouldTrackIds = true
  ) {}

  get rows(): number {
    return this.#rows
  }

  frame(kind: number, payload: Uint8Array): void {
    if (this.#ended)
      throw new BackupFormatError(
        BACKUP_ERROR.trailingData,
        'The backup has records after its end marker'
      )
    if (kind === FRAME.row) this.#row(payload)
    else if (kind === FRAME.sidecar) this.#sidecar(payload)
    else if (kind === FRAME.end) this.#end(payload)
    else throw damaged('The backup contains an unknown kind of record')
  }

  /** Call after the last chunk: everything must have been consumed and summed up. */
  finish(isAligned: boolean): BackupSummary {
    if (!this.#ended || !isAligned)
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

  #v1(payload: Uint8Array): unknown {
    try {
      return decodeRecord(payload)
    } catch {
      throw damaged('A record in the backup cannot be read')
    }
  }

  #row(payload: Uint8Array): void {
    let table: string
    let id: string
    let row: Record<string, unknown> | null = null
    if (this.formatVersion === 1) {
      const value = (this.#v1(payload) ?? {}) as Partial<BackupRow>
      if (
        typeof value.table !== 'string' ||
        !TABLE_NAME.test(value.table) ||
        !value.row ||
        typeof value.row !== 'object' ||
        typeof value.row['id'] !== 'string'
      )
        throw damaged('A record in the backup has no table or id')
      table = value.table
      row = value.row
      id = value.row['id']
    } else {
      ;({ table, id } = this.#inspector.inspect(payload))
    }
    if (this.shouldTrackIds) {
      let ids = this.#ids.get(table)
      if (!ids) this.#ids.set(table, (ids = new Set<string>()))
      const before = ids.size
      ids.add(id)
      if (ids.size === before)
        throw new BackupFormatError(BACKUP_ERROR.duplicateId, `A record of ${table} occurs twice`)
    }
    this.counts[table] = (this.counts[table] ?? 0) + 1
    this.#rows++
    this.onRow?.({ table, id, payload: row ? null : payload, row })
  }

  #sidecar(payload: Uint8Array): void {
    let sidecar: Sidecar
    if (this.formatVersion === 1) {
      const { name, bytes } = (this.#v1(payload) ?? {}) as Partial<Sidecar>
      if (typeof name !== 'string' || !SIDECAR_NAME.test(name) || !isBytes(bytes))
        throw damaged('A file in the backup has an unsafe name')
      sidecar = { name, bytes }
    } else sidecar = decodeSidecarPayload(payload)
    if (sidecar.bytes.length > MAX_SIDECAR_BYTES || this.sidecars.length >= 20)
      throw damaged('The backup holds more or larger files than a backup can')
    this.sidecars.push(sidecar)
  }

  #end(payload: Uint8Array): void {
    let summary: Partial<BackupSummary>
    try {
      summary = (
        this.formatVersion === 1 ? this.#v1(payload) : JSON.parse(fromUtf8(payload))
      ) as Partial<BackupSummary>
    } catch {
      throw damaged('The end of the backup cannot be read')
    }
    const counts = summary?.counts ?? {}
    const same = Object.keys({ ...counts, ...this.counts }).every(
      (table) => (counts[table] ?? 0) === (this.counts[table] ?? 0)
    )
    if (!same || (summary?.sidecars ?? []).length !== this.sidecars.length) {
      throw new BackupFormatError(
        BACKUP_ERROR.countMismatch,
        'The backup does not hold what its summary says'
      )
    }
    this.#ended = true
  }
}
