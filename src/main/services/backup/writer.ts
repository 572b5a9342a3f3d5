/**
 * Writes one backup file safely (security.md §4.1–4.3): a temp file in the target folder, the
 * whole body, a length check, fsync, close, then a rename to a name no file has (bounded retry
 * on the transient locks Windows and antivirus cause), a directory fsync where the file system
 * allows it, and finally a complete read-back that decrypts and checks every chunk. Only then
 * does the backup count as good. Any failure removes the temp file and leaves nothing
 * half-written under a backup name.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import {
  BACKUP_ERROR,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  DEFAULT_CHUNK_SIZE,
  encodeChunkPrefix,
  encodeHeader,
  encodeTrailer,
  type BackupHeader
} from '../../../core/backup/format'
import {
  FRAME,
  FrameEncoder,
  RowInspector,
  type BackupRow,
  type Sidecar
} from '../../../core/backup/records'
import type { BackupFs, WritableFile } from './backupFs'
import { newSha256, sealChunk, sha256 } from './crypto'
import { BACKUP_IO_ERROR, errnoCode, toBackupFailure } from './errors'
import { verifyBackupFile, type VerifiedBackup } from './reader'
import { AppFailure } from '../../ipc/failure'

export const BACKUP_FILE_PATTERN = /^dpodesk-backup-\d{8}T\d{6}Z-[0-9a-f]{8}\.dpobak$/
export const TEMP_FILE_PATTERN = /^\.dpodesk-backup-\d{8}T\d{6}Z-[0-9a-f]{8}\.dpobak\.tmp$/

/** `dpodesk-backup-20261124T091500Z-1a2b3c4d.dpobak`: generated, never from user input. */
export function backupFileName(createdAt: Date, random = randomBytes(4).toString('hex')): string {
  const stamp = createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  return `dpodesk-backup-${stamp}-${random}.dpobak`
}

/** Phases where tests stop the writer, as a crash would. */
export type WriterPhase = 'afterHeader' | 'midBody' | 'beforeFsync' | 'beforeRename' | 'afterRename'

export type WriterOptions = {
  fs: BackupFs
  folder: string
  backupKey: Uint8Array
  header: Omit<
    BackupHeader,
    | 'formatVersion'
    | 'minReaderVersion'
    | 'backupId'
    | 'noncePrefix'
    | 'chunkSize'
    | 'createdAt'
    | 'auditMark'
  > & { auditMark?: BackupHeader['auditMark'] }
  now: Date
  chunkSize?: number
  platform?: NodeJS.Platform
  /** Delays between rename attempts on EPERM/EBUSY/EACCES (transient locks). */
  renameRetryDelaysMs?: readonly number[]
  /** Test hook: called at each phase. */
  onPhase?: (phase: WriterPhase) => void | Promise<void>
}

const TRANSIENT_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES'])
const EMPTY = new Uint8Array(0)
const IGNORED_DIR_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF', 'EACCES'])
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class BackupWriter {
  readonly name: string
  readonly finalPath: string
  readonly tempPath: string
  readonly header: BackupHeader
  #file: WritableFile | null = null
  /** Frame bytes not yet sealed: pieces of the batches as they came, cut only at chunk ends. */
  #pending: Uint8Array[] = []
  /** Index of the first unconsumed piece in #pending (shift() would make this quadratic). */
  #head = 0
  #pendingBytes = 0
  #chunkIndex = 0
  #written = 0
  /** The one SHA-256 pass over the file, made as it is written (the trailer's checksum). */
  #hash = newSha256()
  #headerHash: Uint8Array = new Uint8Array(0)
  #counts: Record<string, number> = {}
  #closed = false
  readonly #inspector = new RowInspector()
  /** The write of the previous chunk, still running while the next one is sealed. */
  #inflight: Promise<void> | null = null

  constructor(private readonly options: WriterOptions) {
    this.name = backupFileName(options.now)
    this.finalPath = path.join(options.folder, this.name)
    this.tempPath = path.join(options.folder, `.${this.name}.tmp`)
    this.header = {
      ...options.header,
      auditMark: options.header.auditMark ?? null,
      formatVersion: BACKUP_FORMAT_VERSION,
      minReaderVersion: BACKUP_FORMAT_VERSION,
      createdAt: options.now.toISOString(),
      backupId: randomBytes(16).toString('hex'),
      chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
      noncePrefix: randomBytes(8).toString('hex')
    }
  }

  async start(): Promise<void> {
    try {
      this.#file = await this.options.fs.create(this.tempPath)
      const headerBytes = encodeHeader(this.header)
      this.#headerHash = sha256(headerBytes)
      await this.#write(headerBytes)
      await this.options.onPhase?.('afterHeader')
    } catch (error) {
      await this.abort()
      throw toBackupFailure(error)
    }
  }

  /**
   * Adds a batch of encoded row frames (`FrameEncoder`, as the renderer sends them). Every frame
   * is checked (a row with a table and an id, nothing cut off); full chunks are sealed and
   * written as they fill up. Returns the number of rows.
   */
  async append(frames: Uint8Array): Promise<number> {
    try {
      const rows = this.#accept(frames)
      this.#queue(frames)
      await this.#flush(false)
      if (this.#chunkIndex > 0) await this.options.onPhase?.('midBody')
      return rows
    } catch (error) {
      await this.abort()
      throw toBackupFailure(error)
    }
  }

  /** Encodes and adds rows (tests and tools; the app sends encoded frames). */
  async appendRows(rows: readonly BackupRow[]): Promise<number> {
    const encoder = new FrameEncoder()
    for (const row of rows) encoder.addRow(row.table, row.row)
    return this.append(encoder.take())
  }

  /** Writes sidecars, the end marker, the trailer; syncs, renames and verifies. */
  async finish(sidecars: readonly Sidecar[]): Promise<VerifiedBackup> {
    const { fs } = this.options
    let digest: Uint8Array
    try {
      const encoder = new FrameEncoder(64 * 1024)
      for (const sidecar of sidecars) encoder.addSidecar(sidecar)
      encoder.addEnd({ counts: this.#counts, sidecars: sidecars.map((s) => s.name) })
      this.#queue(encoder.take())
      await this.#flush(true)
      await this.#settle()
      digest = new Uint8Array(this.#hash.digest())
      const trailer = encodeTrailer(this.#chunkIndex, digest)
      await this.#file!.write(trailer)
      this.#written += trailer.length
      await this.options.onPhase?.('beforeFsync')
      await this.#file!.sync()
      await this.#file!.close()
      this.#closed = true
      const onDisk = await fs.size(this.tempPath)
      if (onDisk !== this.#written) {
        throw new AppFailure(
          BACKUP_IO_ERROR.failed,
          `The file on the share has ${onDisk} bytes; ${this.#written} were written`
        )
      }
      await this.options.onPhase?.('beforeRename')
      await this.#renameIntoPlace()
    } catch (error) {
      await this.abort()
      throw toBackupFailure(error)
    }
    await this.#syncDir()
    await this.options.onPhase?.('afterRename')
    try {
      // The read-back decrypts every chunk (which authenticates every byte) and compares the
      // trailer with the checksum computed while writing: no second hash pass is needed.
      return await verifyBackupFile(
        fs,
        this.finalPath,
        this.options.backupKey,
        this.header.counts,
        {
          expectedDigest: digest
        }
      )
    } catch (error) {
      // A backup that does not read back whole is not a backup: it must not look like one.
      await fs.rename(this.finalPath, `${this.finalPath}.unverified`).catch(() => undefined)
      const failure = toBackupFailure(error)
      throw new AppFailure(
        BACKUP_IO_ERROR.verifyFailed,
        `The written backup did not verify: ${failure.message}`
      )
    }
  }

  /** Removes the temp file (idempotent). */
  async abort(): Promise<void> {
    await this.#inflight?.catch(() => undefined)
    this.#inflight = null
    if (this.#file && !this.#closed) {
      this.#closed = true
      await this.#file.close().catch(() => undefined)
    }
    await this.options.fs.unlink(this.tempPath).catch(() => undefined)
  }

  #accept(frames: Uint8Array): number {
    const view = new DataView(frames.buffer, frames.byteOffset, frames.byteLength)
    let offset = 0
    let rows = 0
    while (offset < frames.length) {
      if (frames.length - offset < 5 || frames[offset] !== FRAME.row)
        throw new BackupFormatError(
          BACKUP_ERROR.recordDamaged,
          'A batch holds something else than rows'
        )
      const length = view.getUint32(offset + 1)
      if (frames.length - offset - 5 < length)
        throw new BackupFormatError(BACKUP_ERROR.recordDamaged, 'A batch ends inside a row')
      const { table } = this.#inspector.inspect(
        frames.subarray(offset + 5, offset + 5 + length),
        false
      )
      this.#counts[table] = (this.#counts[table] ?? 0) + 1
      offset += 5 + length
      rows++
    }

    return rows
  }

  #queue(bytes: Uint8Array): void {
    if (bytes.length === 0) return
    this.#pending.push(bytes)
    this.#pendingBytes += bytes.length
  }

  async #flush(isFinal: boolean): Promise<void> {
    const size = this.header.chunkSize
    while (this.#pendingBytes >= size && !(isFinal && this.#pendingBytes === size)) {
      await this.#writeChunk(this.#take(size), false)
    }
    if (isFinal) await this.#writeChunk(this.#take(this.#pendingBytes), true)
  }

  #take(length: number): Uint8Array {
    const first = this.#pending[this.#head]
    // Most chunks lie inside one batch: a view, no copy.
    if (first && first.length >= length) {
      const out = first.subarray(0, length)
      if (first.length === length) this.#pending[this.#head++] = EMPTY
      else this.#pending[this.#head] = first.subarray(length)
      this.#pendingBytes -= length
      this.#compact()
      return out
    }
    const out = new Uint8Array(length)
    let offset = 0
    while (offset < length) {
      const first = this.#pending[this.#head]!
      const needed = length - offset
      if (first.length <= needed) {
        out.set(first, offset)
        offset += first.length
        // Drop the reference at once: a consumed batch must not stay alive until compaction.
        this.#pending[this.#head++] = EMPTY
      } else {
        out.set(first.subarray(0, needed), offset)
        this.#pending[this.#head] = first.subarray(needed)
        offset += needed
      }
    }
    this.#pendingBytes -= length
    this.#compact()
    return out
  }

  #compact(): void {
    if (this.#head > 1024 || this.#head === this.#pending.length) {
      this.#pending = this.#pending.slice(this.#head)
      this.#head = 0
    }
  }

  async #writeChunk(plaintext: Uint8Array, isFinal: boolean): Promise<void> {
    const { ciphertext, tag } = sealChunk(
      this.options.backupKey,
      this.header.noncePrefix,
      this.#headerHash,
      this.#chunkIndex,
      isFinal,
      plaintext
    )
    const prefix = new Uint8Array(4)
    new DataView(prefix.buffer).setUint32(
      0,
      encodeChunkPrefix(ciphertext.length + tag.length, isFinal)
    )
    this.#hash.update(prefix)
    this.#hash.update(ciphertext)
    this.#hash.update(tag)
    // At most one write in flight: this chunk is sealed while the previous one is written.
    await this.#settle()
    const writing = this.#file!.writev([prefix, ciphertext, tag])
    writing.catch(() => undefined) // surfaced by the next #settle()
    this.#inflight = writing
    this.#written += prefix.length + ciphertext.length + tag.length
    this.#chunkIndex++
  }

  async #settle(): Promise<void> {
    const inflight = this.#inflight
    this.#inflight = null
    await inflight
  }

  async #write(bytes: Uint8Array): Promise<void> {
    await this.#file!.write(bytes)
    this.#hash.update(bytes)
    this.#written += bytes.length
  }

  async #renameIntoPlace(): Promise<void> {
    const { fs } = this.options
    if (await fs.exists(this.finalPath))
      throw new AppFailure(BACKUP_IO_ERROR.exists, 'A backup with that name already exists')
    const delays = this.options.renameRetryDelaysMs ?? [100, 250, 500, 1000, 2000]
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(this.tempPath, this.finalPath)
        return
      } catch (error) {
        const code = errnoCode(error)
        const delay = delays[attempt]
        if (!code || !TRANSIENT_RENAME.has(code) || delay === undefined) throw error
        await sleep(delay)
      }
    }
  }

  async #syncDir(): Promise<void> {
    if ((this.options.platform ?? process.platform) === 'win32') return
    try {
      await this.options.fs.syncDir(this.options.folder)
    } catch (error) {
      // CIFS mounts answer EINVAL (restic #3720, borg #1287): the file itself was synced.
      if (!IGNORED_DIR_SYNC.has(errnoCode(error) ?? '')) throw toBackupFailure(error)
    }
  }
}
