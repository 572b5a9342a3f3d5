/**
 * Writes one backup file safely (security.md §4.1–4.3): a temp file in the target folder, the
 * whole body, a length check, fsync, close, then a rename to a name no file has (bounded retry
 * on the transient locks Windows and antivirus cause), a directory fsync where the file system
 * allows it, and finally a complete read-back that decrypts and checks every chunk. Only then
 * does the backup count as good. Any failure removes the temp file and leaves nothing
 * half-written under a backup name.
 */
import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'
import {
  DEFAULT_CHUNK_SIZE,
  encodeHeader,
  encodeTrailer,
  BACKUP_FORMAT_VERSION,
  type BackupHeader
} from '../../../core/backup/format'
import {
  endFrame,
  rowFrame,
  sidecarFrame,
  type BackupRow,
  type Sidecar
} from '../../../core/backup/records'
import type { BackupFs, WritableFile } from './backupFs'
import { sealChunk, sha256 } from './crypto'
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
    'formatVersion' | 'minReaderVersion' | 'backupId' | 'noncePrefix' | 'chunkSize' | 'createdAt'
  >
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
  #pending: Uint8Array[] = []
  /** Index of the first unconsumed frame in #pending (shift() would make this quadratic). */
  #head = 0
  #pendingBytes = 0
  #chunkIndex = 0
  #written = 0
  #hash = createHash('sha256')
  #headerHash: Uint8Array = new Uint8Array(0)
  #counts: Record<string, number> = {}
  #closed = false

  constructor(private readonly options: WriterOptions) {
    this.name = backupFileName(options.now)
    this.finalPath = path.join(options.folder, this.name)
    this.tempPath = path.join(options.folder, `.${this.name}.tmp`)
    this.header = {
      ...options.header,
      formatVersion: BACKUP_FORMAT_VERSION,
      minReaderVersion: 1,
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

  /** Adds rows; full chunks are encrypted and written as they fill up. */
  async append(rows: readonly BackupRow[]): Promise<void> {
    try {
      for (const row of rows) {
        this.#counts[row.table] = (this.#counts[row.table] ?? 0) + 1
        this.#queue(rowFrame(row))
      }
      await this.#flush(false)
      if (this.#chunkIndex > 0) await this.options.onPhase?.('midBody')
    } catch (error) {
      await this.abort()
      throw toBackupFailure(error)
    }
  }

  /** Writes sidecars, the end marker, the trailer; syncs, renames and verifies. */
  async finish(sidecars: readonly Sidecar[]): Promise<VerifiedBackup> {
    const { fs } = this.options
    try {
      for (const sidecar of sidecars) this.#queue(sidecarFrame(sidecar))
      this.#queue(endFrame({ counts: this.#counts, sidecars: sidecars.map((s) => s.name) }))
      await this.#flush(true)
      const trailer = encodeTrailer(this.#chunkIndex, new Uint8Array(this.#hash.digest()))
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
      return await verifyBackupFile(fs, this.finalPath, this.options.backupKey, this.header.counts)
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
    if (this.#file && !this.#closed) {
      this.#closed = true
      await this.#file.close().catch(() => undefined)
    }
    await this.options.fs.unlink(this.tempPath).catch(() => undefined)
  }

  #queue(frame: Uint8Array): void {
    this.#pending.push(frame)
    this.#pendingBytes += frame.length
  }

  async #flush(isFinal: boolean): Promise<void> {
    const size = this.header.chunkSize
    while (this.#pendingBytes >= size && !(isFinal && this.#pendingBytes === size)) {
      await this.#writeChunk(this.#take(size), false)
    }
    if (isFinal) await this.#writeChunk(this.#take(this.#pendingBytes), true)
  }

  #take(length: number): Uint8Array {
    const out = new Uint8Array(length)
    let offset = 0
    while (offset < length) {
      const first = this.#pending[this.#head]!
      const needed = length - offset
      if (first.length <= needed) {
        out.set(first, offset)
        offset += first.length
        this.#head++
      } else {
        out.set(first.subarray(0, needed), offset)
        this.#pending[this.#head] = first.subarray(needed)
        offset += needed
      }
    }
    this.#pendingBytes -= length
    if (this.#head > 1024) {
      this.#pending = this.#pending.slice(this.#head)
      this.#head = 0
    }
    return out
  }

  async #writeChunk(plaintext: Uint8Array, isFinal: boolean): Promise<void> {
    const sealed = sealChunk(
      this.options.backupKey,
      this.header.noncePrefix,
      this.#headerHash,
      this.#chunkIndex,
      isFinal,
      plaintext
    )
    const length = new Uint8Array(4)
    new DataView(length.buffer).setUint32(0, sealed.length)
    await this.#write(length)
    await this.#write(sealed)
    this.#chunkIndex++
  }

  async #write(bytes: Uint8Array): Promise<void> {
    await this.#file!.write(bytes)
    this.#hash.update(bytes)
    this.#written += bytes.length
  }

  async #renameIntoPlace(): Promise<void> {
    const { fs } = this.options
    if (await fs.exists(this.finalPath))
      throw new AppFailure(BACKUP_IO_ERROR.exists, `${this.name} already exists`)
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
