/**
 * Reads and checks a backup file, chunk by chunk: memory stays at a few chunks whatever the
 * size of the file (ADR 0006). Checked: the header, every chunk's authentication, chunk order
 * and the final-chunk flag, record counts, duplicate ids, the trailer's chunk count and checksum
 * and the absence of trailing bytes. Nothing is handed to a restore until a whole pass has
 * verified the file (see the restore cursor in the backup service).
 */
import path from 'node:path'
import {
  BACKUP_ERROR,
  BackupFormatError,
  decodeChunkPrefix,
  decodeHeader,
  decodeTrailer,
  MAX_HEADER_LENGTH,
  TRAILER_LENGTH,
  TRAILER_MAGIC,
  type BackupHeader
} from '../../../core/backup/format'
import {
  BackupContents,
  FrameSplitter,
  type RowFrameHandler,
  type Sidecar
} from '../../../core/backup/records'
import type { BackupFs, ReadableFile } from './backupFs'
import { chunkKeyForPool, newSha256, openChunk, openChunkOnPool, sha256 } from './crypto'

export type VerifiedBackup = {
  file: string
  name: string
  size: number
  createdAt: string
  counts: Record<string, number>
  sidecars: string[]
  /** The checksum in the trailer (hex): see format.ts. */
  sha256: string
}

const truncated = (message: string) => new BackupFormatError(BACKUP_ERROR.truncated, message)
/** "DPOE" read as a chunk prefix: the trailer comes where a chunk should. */
const TRAILER_START = new DataView(TRAILER_MAGIC.buffer, TRAILER_MAGIC.byteOffset).getUint32(0)

/** The header only, for listings and the restore preview (no key needed). */
export async function readBackupHeader(fs: BackupFs, file: string): Promise<BackupHeader> {
  const prefix = await fs.readRange(file, 0, 12)
  if (prefix.length < 12)
    throw new BackupFormatError(BACKUP_ERROR.notABackup, 'The file is not a DPO Desk backup')
  const length = new DataView(prefix.buffer, prefix.byteOffset, 12).getUint32(8)
  const bytes = await fs.readRange(file, 0, 12 + Math.min(length, MAX_HEADER_LENGTH))
  return decodeHeader(bytes).header
}

async function readFully(
  file: ReadableFile,
  buffer: Uint8Array,
  length: number,
  position: number
): Promise<number> {
  let done = 0
  while (done < length) {
    const read = await file.read(buffer, done, length - done, position + done)
    if (read === 0) break
    done += read
  }
  return done
}

/** Wraps the opened file (the writer's read-back: reads that wait for the writes). */
export type FileView = (file: ReadableFile) => ReadableFile

export type ChunkStreamOptions = {
  /**
   * The checksum the trailer must carry. When given, the file is not hashed again: every chunk
   * is authenticated by AES-GCM under a key bound to the header hash, and the trailer bytes are
   * compared with what they must be. Used right after writing (the writer knows the checksum)
   * and by the second pass of a restore (the first pass computed it).
   */
  expectedDigest?: Uint8Array | (() => Uint8Array)
  /** The header hash the file must still have (second pass of a restore). */
  expectedHeaderHash?: Uint8Array
  /** Bytes of the file consumed so far, after each chunk. */
  onProgress?: (bytesRead: number, size: number) => void
  /**
   * Decrypts on Node's thread pool (WebCrypto) instead of the calling thread: for the writer's
   * read-back, which runs while the main thread seals the chunks that follow.
   */
  decryptOnPool?: boolean
}

/**
 * One pass over a backup's chunks. `plaintext()` yields each decrypted chunk in order and, when
 * it ends without an error, has checked the final flag, the trailer and the file's end; then
 * `digest` and `chunkCount` are known.
 */
export class BackupChunkStream {
  digest: Uint8Array | null = null
  chunkCount = 0

  private constructor(
    private readonly file: ReadableFile,
    readonly header: BackupHeader,
    readonly headerBytes: Uint8Array,
    readonly headerHash: Uint8Array
  ) {}

  /** The file's size (for a file still being written, as its `ReadableFile` says). */
  get size(): number {
    return this.file.size
  }

  /**
   * `view` wraps the opened file: the writer's read-back passes one whose reads wait until the
   * bytes they ask for have been written.
   */
  static async open(
    fs: BackupFs,
    filePath: string,
    view: FileView = (file) => file
  ): Promise<BackupChunkStream> {
    const file = view(await fs.openRead(filePath))
    try {
      const fixed = new Uint8Array(12)
      if ((await readFully(file, fixed, 12, 0)) < 12)
        throw new BackupFormatError(BACKUP_ERROR.notABackup, 'The file is not a DPO Desk backup')
      const length = new DataView(fixed.buffer).getUint32(8)
      const prefix = new Uint8Array(12 + Math.min(length, MAX_HEADER_LENGTH))
      const got = await readFully(file, prefix, prefix.length, 0)
      const { header, headerBytes } = decodeHeader(prefix.subarray(0, got))
      return new BackupChunkStream(file, header, headerBytes, sha256(headerBytes))
    } catch (error) {
      await file.close()
      throw error
    }
  }

  close(): Promise<void> {
    return this.file.close()
  }

  async *plaintext(key: Uint8Array, options: ChunkStreamOptions = {}): AsyncGenerator<Uint8Array> {
    const { header } = this
    const version = header.formatVersion
    const expectedHeaderHash = options.expectedHeaderHash
    if (expectedHeaderHash && !expectedHeaderHash.every((byte, i) => byte === this.headerHash[i]))
      throw new BackupFormatError(BACKUP_ERROR.changed, 'The backup header changed')
    const hash = options.expectedDigest ? null : newSha256()
    hash?.update(this.headerBytes)

    type Planned = { at: number; prefix: number; length: number; isFinal: boolean | null }
    const plan = (at: number, prefix: number, index: number): Planned => {
      if (prefix === TRAILER_START) throw truncated('The backup ends before its last part')
      const { length, isFinal } = decodeChunkPrefix(prefix, version)
      if (
        length < 16 ||
        length > header.chunkSize + 16 ||
        at + 4 + length + TRAILER_LENGTH > this.size
      )
        throw truncated(`Part ${index + 1} of the backup is cut off or damaged`)
      return { at, prefix, length, isFinal }
    }
    // A chunk is read together with the prefix of what follows it (the next chunk's, or the
    // first bytes of the trailer), so one read per chunk suffices.
    const read = (into: Uint8Array, chunk: Planned) =>
      readFully(this.file, into, chunk.length + 4, chunk.at + 4)

    let position = this.headerBytes.length
    const first = new Uint8Array(4)
    if (
      position + 4 + TRAILER_LENGTH > this.size ||
      (await readFully(this.file, first, 4, position)) < 4
    )
      throw truncated('The backup is incomplete')
    // One read buffer, reused for every chunk; the next read starts when the consumer asks for
    // the next chunk. (Reading ahead into a second buffer measured no faster here and costs a
    // chunk of memory; the operating system reads ahead on sequential files anyway.)
    const buffer = new Uint8Array(header.chunkSize + 16 + 4)
    const poolKey = options.decryptOnPool ? await chunkKeyForPool(key) : null
    let index = 0
    let current = plan(position, new DataView(first.buffer).getUint32(0), 0)
    for (;;) {
      if ((await read(buffer, current)) < current.length + 4)
        throw truncated(`Part ${index + 1} of the backup is cut off`)
      const sealed = buffer.subarray(0, current.length)
      const nextAt = current.at + 4 + current.length
      const nextPrefix = new DataView(buffer.buffer, buffer.byteOffset).getUint32(current.length)
      let next: Planned | null =
        current.isFinal === false ? plan(nextAt, nextPrefix, index + 1) : null
      if (hash) {
        const prefixBytes = new Uint8Array(4)
        new DataView(prefixBytes.buffer).setUint32(0, current.prefix)
        hash.update(prefixBytes)
        // Format 1 hashed every byte; format 2 hashes each chunk's tag (its MAC) instead.
        hash.update(version === 1 ? sealed : sealed.subarray(sealed.length - 16))
      }
      let plain: Uint8Array
      let isLast: boolean
      if (current.isFinal === null) {
        // Format 1: the final flag is only in the authenticated data; try "not last" first.
        try {
          plain = openChunk(key, header.noncePrefix, this.headerHash, index, false, sealed)
          isLast = false
        } catch {
          plain = openChunk(key, header.noncePrefix, this.headerHash, index, true, sealed)
          isLast = true
        }
      } else {
        plain = poolKey
          ? await openChunkOnPool(
              poolKey,
              header.noncePrefix,
              this.headerHash,
              index,
              current.isFinal,
              sealed
            )
          : openChunk(key, header.noncePrefix, this.headerHash, index, current.isFinal, sealed)
        isLast = current.isFinal
      }
      index++
      if (!isLast && !next) next = plan(nextAt, nextPrefix, index)
      options.onProgress?.(nextAt, this.size)
      yield plain
      if (isLast) {
        position = nextAt
        break
      }
      current = next!
    }

    const trailerBytes = new Uint8Array(TRAILER_LENGTH)
    if ((await readFully(this.file, trailerBytes, TRAILER_LENGTH, position)) < TRAILER_LENGTH)
      throw truncated('The backup ends before its trailer (it is incomplete)')
    const trailer = decodeTrailer(trailerBytes)
    if (position + TRAILER_LENGTH !== this.size)
      throw new BackupFormatError(
        BACKUP_ERROR.trailingData,
        'The backup has extra bytes after its end'
      )
    if (trailer.chunkCount !== index)
      throw truncated('The backup has a different number of parts than it says')
    const expected = options.expectedDigest
    const digest = hash
      ? new Uint8Array(hash.digest())
      : typeof expected === 'function'
        ? expected()
        : expected!
    if (!digest.every((byte, i) => byte === trailer.sha256[i]))
      throw new BackupFormatError(BACKUP_ERROR.checksum, 'The backup checksum does not match')
    this.digest = digest
    this.chunkCount = index
  }
}

export type ReadResult = {
  header: BackupHeader
  headerHash: Uint8Array
  sidecars: Sidecar[]
  counts: Record<string, number>
  rows: number
  /** The checksum in the trailer (see format.ts). */
  digest: Uint8Array
  size: number
}

/**
 * One complete verifying pass. Rows go to `onRow` as they are read (views: copy what you keep);
 * callers that must not act on a partly good file use them only after this returns.
 */
export async function readBackup(
  fs: BackupFs,
  file: string,
  backupKey: Uint8Array,
  options: ChunkStreamOptions & { onRow?: RowFrameHandler; view?: FileView } = {}
): Promise<ReadResult> {
  const stream = await BackupChunkStream.open(fs, file, options.view)
  try {
    const contents = new BackupContents(
      stream.header.formatVersion,
      stream.header.counts,
      options.onRow
    )
    const splitter = new FrameSplitter((kind, payload) => contents.frame(kind, payload))
    for await (const plain of stream.plaintext(backupKey, options)) splitter.push(plain)
    const summary = contents.finish(splitter.isAligned)
    return {
      header: stream.header,
      headerHash: stream.headerHash,
      sidecars: contents.sidecars,
      counts: summary.counts,
      rows: contents.rows,
      digest: stream.digest!,
      size: stream.size
    }
  } finally {
    await stream.close()
  }
}

/** Full verification of a written file (used right after writing and before restoring). */
export async function verifyBackupFile(
  fs: BackupFs,
  file: string,
  backupKey: Uint8Array,
  expectedCounts: Record<string, number>,
  options: ChunkStreamOptions & { view?: FileView } = {}
): Promise<VerifiedBackup> {
  const result = await readBackup(fs, file, backupKey, options)
  for (const [table, count] of Object.entries(expectedCounts)) {
    if ((result.counts[table] ?? 0) !== count) {
      throw new BackupFormatError(
        BACKUP_ERROR.countMismatch,
        `The backup holds ${result.counts[table] ?? 0} records of ${table}, expected ${count}`
      )
    }
  }
  return {
    file,
    name: path.basename(file),
    size: result.size,
    createdAt: result.header.createdAt,
    counts: result.counts,
    sidecars: result.sidecars.map((s) => s.name),
    sha256: Buffer.from(result.digest).toString('hex')
  }
}
