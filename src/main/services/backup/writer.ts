/**
 * Writes one backup file safely (security.md §4.1–4.3): a temp file in the target folder, the
 * whole body, fsync, and a complete read-back of the temp file that decrypts and checks every
 * chunk and record. The read-back follows the writes: each chunk is read from the file once its
 * write has completed and decrypted on Node's thread pool while the main thread seals the next
 * ones, and it ends with the trailer, alongside the fsync. Then close, a length check, a rename
 * to a name no file has (bounded retry on the transient locks Windows and antivirus cause), a
 * directory fsync where the file system allows it and a size check under the final name. Only
 * then does the backup count as good. Any failure removes the temp file and leaves nothing
 * under a backup name.
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
import type { BackupFs, ReadableFile, WritableFile } from './backupFs'
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
const IGNORED_DIR_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF', 'EACCES'])
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class BackupWriter {
  readonly name: string
  readonly finalPath: string
  readonly tempPath: string
  readonly header: BackupHeader
  #file: WritableFile | null = null
  #chunkIndex = 0
  #written = 0
  /**
   * The trailer's checksum (format 2): SHA-256 of the header and of each chunk's prefix and
   * authentication tag. Each tag is AES-GCM's MAC of its chunk under the backup key, so this
   * commits to every byte of the file without a second pass over the data.
   */
  #hash = newSha256()
  #headerHash: Uint8Array = new Uint8Array(0)
  #counts: Record<string, number> = {}
  #closed = false
  readonly #inspector = new RowInspector()
  /** The write of the previous chunk, still running while the next one is sealed. */
  #inflight: Promise<void> | null = null
  /** Bytes of the temp file whose writes have completed: what the read-back may read. */
  #completed = 0
  /** The trailer is written: the file has its final size. */
  #complete = false
  /** Why the writer stopped early: the read-back stops with it. */
  #stopped: unknown = null
  /** The read-back, waiting for bytes that are still being written. */
  #waiting: (() => void)[] = []
  #readBack: Promise<{ result: VerifiedBackup } | { error: unknown }> | null = null
  #digest: Uint8Array | null = null

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
      this.#advance(this.#written)
      this.#startReadBack()
      await this.options.onPhase?.('afterHeader')
    } catch (error) {
      await this.abort()
      throw toBackupFailure(error)
    }
  }

  /**
   * Adds a batch of encoded row frames (`FrameEncoder`, as the renderer sends them). Every frame
   * is checked (a row with a table and an id, nothing cut off), then the batch is sealed in
   * chunks that end between frames (see #chunksOf). Returns the number of rows.
   */
  async append(frames: Uint8Array): Promise<number> {
    try {
      const rows = this.#accept(frames)
      for (const chunk of this.#chunksOf(frames)) await this.#writeChunk(chunk, false)
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
    let verified: VerifiedBackup
    try {
      const encoder = new FrameEncoder(64 * 1024)
      for (const sidecar of sidecars) encoder.addSidecar(sidecar)
      encoder.addEnd({ counts: this.#counts, sidecars: sidecars.map((s) => s.name) })
      // The sidecars and the end frame make the last chunk(s); the very last one is final.
      const last = this.#chunksOf(encoder.take())
      for (let i = 0; i < last.length; i++) await this.#writeChunk(last[i]!, i === last.length - 1)
      await this.#settle()
      const digest = new Uint8Array(this.#hash.digest())
      this.#digest = digest
      const trailer = encodeTrailer(this.#chunkIndex, digest)
      await this.#file!.write(trailer)
      this.#written += trailer.length
      this.#complete = true
      this.#advance(this.#written)
      await this.options.onPhase?.('beforeFsync')
      // The read-back (started with the header, #startReadBack) finishes while the file is
      // flushed: it has decrypted every chunk from the share (which authenticates every byte
      // under the backup key), parsed every record and now compares the trailer with the
      // checksum computed while writing. Both must succeed before the file gets its name; a
      // file that does not read back whole never looks like a backup.
      let syncError: unknown = null
      await this.#file!.sync().catch((error: unknown) => (syncError = error ?? new Error('sync')))
      const verification = await this.#readBack!
      if (syncError) throw syncError
      if ('error' in verification) {
        const failure = toBackupFailure(verification.error)
        throw new AppFailure(
          BACKUP_IO_ERROR.verifyFailed,
          `The written backup did not verify: ${failure.message}`
        )
      }
      verified = verification.result
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
    // The name now points at the file that was verified: its size says it is the same one.
    const size = await fs.size(this.finalPath).catch(() => -1)
    if (size !== this.#written) {
      await fs.rename(this.finalPath, `${this.finalPath}.unverified`).catch(() => undefined)
      throw new AppFailure(
        BACKUP_IO_ERROR.verifyFailed,
        'The renamed backup is not the one verified'
      )
    }
    return { ...verified, file: this.finalPath, name: this.name }
  }

  /** Removes the temp file (idempotent). */
  async abort(): Promise<void> {
    await this.#inflight?.catch(() => undefined)
    this.#inflight = null
    // The read-back stops and closes its handle first (Windows cannot delete an open file).
    this.#stopped ??= new AppFailure(BACKUP_IO_ERROR.failed, 'The backup was stopped')
    this.#advance(this.#completed)
    await this.#readBack

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

  /**
   * Cuts a batch of whole frames into chunks of at most the chunk size that end between frames
   * wherever a frame fits in a chunk; only a frame larger than a chunk is cut. The chunks are
   * views of the batch (nothing is copied), and a reader then finds almost every frame inside
   * one chunk, so it copies nothing either. (Chunk sizes vary; the format allows any size up to
   * the one in the header.)
   */
  #chunksOf(frames: Uint8Array): Uint8Array[] {
    const size = this.header.chunkSize
    const view = new DataView(frames.buffer, frames.byteOffset, frames.byteLength)
    const chunks: Uint8Array[] = []
    let start = 0
    let offset = 0
    while (offset < frames.length) {
      const end = offset + 5 + view.getUint32(offset + 1)
      if (end - start > size) {
        if (offset > start) {
          chunks.push(frames.subarray(start, offset))
          start = offset
        }
        // A frame larger than a chunk: whole chunks of it, the rest starts the next chunk.
        while (end - start > size) {
          chunks.push(frames.subarray(start, start + size))
          start += size
        }
      }
      offset = end
    }
    if (offset > start) chunks.push(frames.subarray(start, offset))
    return chunks
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
    this.#hash.update(tag)
    // At most one write in flight: this chunk is sealed while the previous one is written.
    await this.#settle()
    const end = this.#written + prefix.length + ciphertext.length + tag.length
    const writing = this.#file!.writev([prefix, ciphertext, tag]).then(() => this.#advance(end))
    writing.catch(() => undefined) // surfaced by the next #settle()
    this.#inflight = writing
    this.#written = end
    this.#chunkIndex++
  }

  async #settle(): Promise<void> {
    const inflight = this.#inflight
    this.#inflight = null
    await inflight
  }

  /**
   * The complete read-back of the temp file, through its own read handle, as the chunks are
   * written (see the file comment). Its outcome is awaited in finish (and in abort).
   */
  #startReadBack(): void {
    this.#readBack = verifyBackupFile(
      this.options.fs,
      this.tempPath,
      this.options.backupKey,
      this.header.counts,
      {
        // Known once the last chunk is sealed, before the trailer the read-back ends with.
        expectedDigest: () => this.#digest!,
        decryptOnPool: true,
        view: (file) => this.#growing(file)
      }
    ).then(
      (result) => ({ result }),
      (error: unknown) => ({ error })
    )
  }

  /** Records that the writes up to `completed` are done and wakes the read-back. */
  #advance(completed: number): void {
    this.#completed = Math.max(this.#completed, completed)
    const waiting = this.#waiting
    this.#waiting = []
    for (const wake of waiting) wake()
  }

  /**
   * The temp file as the read-back sees it: a read waits until every byte it asks for has been
   * written (or the file is complete, when it gets what there is), and fails once the writer
   * stopped. Until the trailer is written the size is not known yet and reads as unlimited.
   */
  #growing(file: ReadableFile): ReadableFile {
    const until = async (end: number): Promise<void> => {
      while (!this.#stopped && !this.#complete && this.#completed < end)
        await new Promise<void>((wake) => this.#waiting.push(wake))
      if (this.#stopped) throw this.#stopped
    }
    const size = () => (this.#complete ? this.#written : Number.MAX_SAFE_INTEGER)
    return {
      get size() {
        return size()
      },
      read: async (buffer, offset, length, position) => {
        await until(position + length)
        return file.read(buffer, offset, length, position)
      },
      close: () => file.close()
    }
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
