/**
 * Reads and checks a backup file. Nothing is handed to a restore until the whole file has been
 * verified: header, every chunk's authentication, chunk order and the final-chunk flag, record
 * counts, duplicate ids, the trailer checksum and the absence of trailing bytes.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import {
  BACKUP_ERROR,
  BackupFormatError,
  decodeHeader,
  decodeTrailer,
  MAX_CHUNK_CIPHERTEXT,
  MAX_HEADER_LENGTH,
  TRAILER_LENGTH,
  TRAILER_MAGIC,
  type BackupHeader
} from '../../../core/backup/format'
import { FrameReader, type BackupRow, type Sidecar } from '../../../core/backup/records'
import type { BackupFs } from './backupFs'
import { openChunk, sha256 } from './crypto'

export type VerifiedBackup = {
  file: string
  name: string
  size: number
  createdAt: string
  counts: Record<string, number>
  sidecars: string[]
  sha256: string
}

/** The header only, for listings and the restore preview (no key needed). */
export async function readBackupHeader(fs: BackupFs, file: string): Promise<BackupHeader> {
  const prefix = await fs.readRange(file, 0, 12)
  if (prefix.length < 12)
    throw new BackupFormatError(BACKUP_ERROR.notABackup, 'The file is not a DPO Desk backup')
  const length = new DataView(prefix.buffer, prefix.byteOffset, 12).getUint32(8)
  const bytes = await fs.readRange(file, 0, 12 + Math.min(length, MAX_HEADER_LENGTH))
  return decodeHeader(bytes).header
}

/**
 * Decrypts and checks everything. Rows go to `onRow` as they are read; callers that must not act
 * on a partly good file collect them and use them only after this returns.
 */
export async function readBackup(
  fs: BackupFs,
  file: string,
  backupKey: Uint8Array,
  onRow: (row: BackupRow) => void
): Promise<{
  header: BackupHeader
  sidecars: Sidecar[]
  counts: Record<string, number>
  sha256: string
  size: number
}> {
  const bytes = await fs.readFile(file)
  const { header, bodyOffset } = decodeHeader(bytes)
  const headerHash = sha256(bytes.subarray(0, bodyOffset))
  if (bytes.length < bodyOffset + TRAILER_LENGTH)
    throw new BackupFormatError(BACKUP_ERROR.truncated, 'The backup is incomplete')
  const reader = new FrameReader(onRow, header.counts)
  let offset = bodyOffset
  let index = 0
  let sawFinal = false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  while (!sawFinal) {
    if (
      offset + TRAILER_LENGTH <= bytes.length &&
      TRAILER_MAGIC.every((byte, i) => bytes[offset + i] === byte)
    ) {
      throw new BackupFormatError(BACKUP_ERROR.truncated, 'The backup ends before its last part')
    }
    if (offset + 4 > bytes.length)
      throw new BackupFormatError(BACKUP_ERROR.truncated, 'The backup is incomplete')
    const length = view.getUint32(offset)
    if (length < 16 || length > MAX_CHUNK_CIPHERTEXT || offset + 4 + length > bytes.length) {
      throw new BackupFormatError(
        BACKUP_ERROR.truncated,
        `Part ${index + 1} of the backup is cut off or damaged`
      )
    }
    const sealed = bytes.subarray(offset + 4, offset + 4 + length)
    // The final flag is part of the authenticated data: try "not last" first, then "last".
    let plain: Uint8Array
    try {
      plain = openChunk(backupKey, header.noncePrefix, headerHash, index, false, sealed)
    } catch {
      plain = openChunk(backupKey, header.noncePrefix, headerHash, index, true, sealed)
      sawFinal = true
    }
    reader.push(plain)
    offset += 4 + length
    index++
  }
  const trailerBytes = bytes.subarray(offset, offset + TRAILER_LENGTH)
  const trailer = decodeTrailer(trailerBytes)
  if (offset + TRAILER_LENGTH !== bytes.length) {
    throw new BackupFormatError(
      BACKUP_ERROR.trailingData,
      'The backup has extra bytes after its end'
    )
  }
  if (trailer.chunkCount !== index)
    throw new BackupFormatError(
      BACKUP_ERROR.truncated,
      'The backup has a different number of parts than it says'
    )
  const digest = new Uint8Array(createHash('sha256').update(bytes.subarray(0, offset)).digest())
  if (!digest.every((byte, i) => byte === trailer.sha256[i])) {
    throw new BackupFormatError(BACKUP_ERROR.checksum, 'The backup checksum does not match')
  }
  const summary = reader.finish()
  return {
    header,
    sidecars: reader.sidecars,
    counts: summary.counts,
    sha256: Buffer.from(createHash('sha256').update(bytes).digest()).toString('hex'),
    size: bytes.length
  }
}

/** Full verification of a written file (used right after writing and before restoring). */
export async function verifyBackupFile(
  fs: BackupFs,
  file: string,
  backupKey: Uint8Array,
  expectedCounts: Record<string, number>
): Promise<VerifiedBackup> {
  const result = await readBackup(fs, file, backupKey, () => undefined)
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
    sha256: result.sha256
  }
}
