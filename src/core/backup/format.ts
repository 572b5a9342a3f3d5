/**
 * The backup file format (ADR 0006). One immutable file per backup:
 *
 *   magic "DPOBAK" (6 bytes) | format version u16 | header length u32 | header (UTF-8 JSON)
 *   chunk*: prefix u32 | AES-256-GCM ciphertext with tag
 *   trailer: "DPOEND" | chunk count u32 | checksum (SHA-256, 32 bytes)
 *
 * Format 2 (written now): the chunk prefix is the ciphertext length with the final-chunk flag in
 * its top bit (the flag is also authenticated, see below); the checksum is SHA-256 of the header
 * and of each chunk's prefix and GCM tag (the tag is the chunk's MAC, so no second pass over the
 * data is needed); the header carries the audit log's high-water mark; the plaintext frames use
 * the compact row encoding of `records.ts`. Format 1 (read only): the prefix is the plain
 * length (the final chunk is found by trying both flags), the checksum covers every byte before
 * the trailer, and frames are `encodeRecord` JSON.
 *
 * The header is readable without a key (for the restore preview: when, which app version, how
 * many records) and carries the vault keyring, so the passphrase or the recovery key can open
 * it on another computer. The body is the record stream cut into chunks; chunk i is sealed
 * under the backup key (HKDF of the data key with the backup id) with nonce = prefix || i and
 * associated data = SHA-256(header) || i || final flag, so a changed, dropped, reordered or
 * truncated chunk is detected (the STREAM construction).
 *
 * Pure: the encryption itself is done by the caller (main uses Node's AES-GCM).
 */
import { z } from 'zod'
import { auditMarkSchema } from '../audit/auditMark'
import { concatBytes, utf8 } from '../crypto/bytes'

export const BACKUP_MAGIC = utf8('DPOBAK')
export const TRAILER_MAGIC = utf8('DPOEND')
/** The version this app writes. */
export const BACKUP_FORMAT_VERSION = 2
/** The oldest version this app still reads. */
export const OLDEST_READABLE_VERSION = 1
/** Top bit of a format-2 chunk prefix: this is the last chunk. */
export const FINAL_CHUNK_FLAG = 0x8000_0000
export const TRAILER_LENGTH = 6 + 4 + 32
export const DEFAULT_CHUNK_SIZE = 1024 * 1024
export const MAX_HEADER_LENGTH = 1024 * 1024
export const MAX_CHUNK_CIPHERTEXT = 16 * 1024 * 1024 + 16

export const BACKUP_ERROR = {
  notABackup: 'BACKUP_NOT_A_BACKUP',
  fromFuture: 'BACKUP_FROM_FUTURE',
  headerDamaged: 'BACKUP_HEADER_DAMAGED',
  wrongPassphrase: 'BACKUP_WRONG_PASSPHRASE',
  wrongRecoveryKey: 'BACKUP_WRONG_RECOVERY_KEY',
  chunkDamaged: 'BACKUP_CHUNK_DAMAGED',
  truncated: 'BACKUP_TRUNCATED',
  trailingData: 'BACKUP_TRAILING_DATA',
  checksum: 'BACKUP_CHECKSUM_MISMATCH',
  countMismatch: 'BACKUP_COUNT_MISMATCH',
  duplicateId: 'BACKUP_DUPLICATE_ID',
  recordDamaged: 'BACKUP_RECORD_DAMAGED',
  /** The file changed between the verification and the reading of its records. */
  changed: 'BACKUP_CHANGED_DURING_RESTORE'
} as const
export type BackupErrorCode = (typeof BACKUP_ERROR)[keyof typeof BACKUP_ERROR]

export class BackupFormatError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'BackupFormatError'
  }
}

export const backupHeaderSchema = z.object({
  formatVersion: z.number().int().positive(),
  minReaderVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  createdAt: z.string().datetime(),
  backupId: z.string().regex(/^[0-9a-f]{32}$/),
  schemaVersion: z.number().int().positive(),
  /** The vault keyring (wrapped data key and Argon2id parameters); see core/crypto/keyring. */
  keyring: z.unknown(),
  /** Rows per table, and sidecar files, for the preview and the completeness check. */
  counts: z.record(z.string().max(50), z.number().int().nonnegative()),
  /**
   * Records per kind (`cases`, `subjects`) for the preview, where rows are not records: from
   * schema v3 on, subjects and cases are stored in pages (ADR 0015). Absent in older backups,
   * whose row counts of `cases` and `subjects` are the records.
   */
  records: z.record(z.string().max(50), z.number().int().nonnegative()).optional(),
  sidecars: z.array(z.string().max(100)).max(20),
  attachmentBytes: z.number().int().nonnegative(),
  chunkSize: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024),
  /** 8 random bytes, hex: the first part of every chunk nonce. */
  noncePrefix: z.string().regex(/^[0-9a-f]{16}$/),
  /** The audit log's high-water mark when the backup was made (format 2; null: none yet). */
  auditMark: auditMarkSchema.nullable().default(null)
})
export type BackupHeader = z.infer<typeof backupHeaderSchema>

/** The bytes in front of the body: magic, version, header length, header JSON. */
export function encodeHeader(header: BackupHeader): Uint8Array {
  const json = utf8(JSON.stringify(header))
  const fixed = new Uint8Array(6 + 2 + 4)
  fixed.set(BACKUP_MAGIC, 0)
  const view = new DataView(fixed.buffer)
  view.setUint16(6, header.formatVersion)
  view.setUint32(8, json.length)
  return concatBytes(fixed, json)
}

/** Parses the header at the start of a file; `available` is how many bytes the prefix has. */
export function decodeHeader(prefix: Uint8Array): {
  header: BackupHeader
  headerBytes: Uint8Array
  bodyOffset: number
} {
  if (prefix.length < 12 || !BACKUP_MAGIC.every((byte, index) => prefix[index] === byte)) {
    throw new BackupFormatError(BACKUP_ERROR.notABackup, 'The file is not a DPO Desk backup')
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength)
  const version = view.getUint16(6)
  const length = view.getUint32(8)
  if (version < OLDEST_READABLE_VERSION) {
    throw new BackupFormatError(BACKUP_ERROR.headerDamaged, 'The backup header is damaged')
  }
  if (version > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(
      BACKUP_ERROR.fromFuture,
      `The backup was written in format ${version}; this version of DPO Desk reads up to ${BACKUP_FORMAT_VERSION}`
    )
  }
  if (length > MAX_HEADER_LENGTH || prefix.length < 12 + length) {
    throw new BackupFormatError(BACKUP_ERROR.headerDamaged, 'The backup header is damaged')
  }
  const headerBytes = prefix.subarray(0, 12 + length)
  let parsed: unknown
  try {
    parsed = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(prefix.subarray(12, 12 + length))
    )
  } catch {
    throw new BackupFormatError(BACKUP_ERROR.headerDamaged, 'The backup header is damaged')
  }
  const header = backupHeaderSchema.safeParse(parsed)
  if (!header.success || header.data.formatVersion !== version) {
    throw new BackupFormatError(BACKUP_ERROR.headerDamaged, 'The backup header is damaged')
  }
  if (header.data.minReaderVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(
      BACKUP_ERROR.fromFuture,
      'The backup needs a newer version of DPO Desk'
    )
  }
  return { header: header.data, headerBytes, bodyOffset: 12 + length }
}

/** Nonce of chunk `index`: 8-byte prefix || 4-byte big-endian index. */
export function chunkNonce(noncePrefixHex: string, index: number): Uint8Array {
  const nonce = new Uint8Array(12)
  for (let i = 0; i < 8; i++) nonce[i] = parseInt(noncePrefixHex.slice(i * 2, i * 2 + 2), 16)
  new DataView(nonce.buffer).setUint32(8, index)
  return nonce
}

/** Associated data of chunk `index`: header hash || index || final flag. */
export function chunkAad(headerHash: Uint8Array, index: number, isFinal: boolean): Uint8Array {
  const aad = new Uint8Array(headerHash.length + 5)
  aad.set(headerHash, 0)
  const view = new DataView(aad.buffer)
  view.setUint32(headerHash.length, index)
  aad[headerHash.length + 4] = isFinal ? 1 : 0
  return aad
}

/** Format 2 chunk prefix: the ciphertext length, with the final flag in the top bit. */
export function encodeChunkPrefix(length: number, isFinal: boolean): number {
  return (length | (isFinal ? FINAL_CHUNK_FLAG : 0)) >>> 0
}

/** Length and (format 2) final flag of a chunk prefix; format 1 has no flag (null). */
export function decodeChunkPrefix(
  prefix: number,
  formatVersion: number
): { length: number; isFinal: boolean | null } {
  if (formatVersion === 1) return { length: prefix, isFinal: null }
  return { length: prefix & 0x7fff_ffff, isFinal: prefix >= FINAL_CHUNK_FLAG }
}

export function encodeTrailer(chunkCount: number, sha256: Uint8Array): Uint8Array {
  const trailer = new Uint8Array(TRAILER_LENGTH)
  trailer.set(TRAILER_MAGIC, 0)
  new DataView(trailer.buffer).setUint32(6, chunkCount)
  trailer.set(sha256, 10)
  return trailer
}

export function decodeTrailer(bytes: Uint8Array): { chunkCount: number; sha256: Uint8Array } {
  if (
    bytes.length !== TRAILER_LENGTH ||
    !TRAILER_MAGIC.every((byte, index) => bytes[index] === byte)
  ) {
    throw new BackupFormatError(
      BACKUP_ERROR.truncated,
      'The backup ends before its trailer (it is incomplete)'
    )
  }
  return {
    chunkCount: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(6),
    sha256: bytes.slice(10)
  }
}
