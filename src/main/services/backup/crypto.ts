import { createCipheriv, createDecipheriv, createHash, webcrypto, type Hash } from 'node:crypto'
import { BACKUP_ERROR, BackupFormatError, chunkAad, chunkNonce } from '../../../core/backup/format'

/**
 * Backup chunks use Node's native AES-256-GCM: the same construction, many times faster.
 * Sealing returns ciphertext and tag separately so the writer can hand both to one `writev`
 * without joining them.
 */
export function sealChunk(
  key: Uint8Array,
  noncePrefix: string,
  headerHash: Uint8Array,
  index: number,
  isFinal: boolean,
  plaintext: Uint8Array
): { ciphertext: Uint8Array; tag: Uint8Array } {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(noncePrefix, index))
  cipher.setAAD(chunkAad(headerHash, index, isFinal))
  const ciphertext = cipher.update(plaintext)
  const rest = cipher.final()
  return {
    ciphertext: rest.length ? Buffer.concat([ciphertext, rest]) : ciphertext,
    tag: cipher.getAuthTag()
  }
}

/** A chunk too short to hold its tag, or whose authentication fails. */
function damagedChunk(index: number, tooShort = false): BackupFormatError {
  return new BackupFormatError(
    BACKUP_ERROR.chunkDamaged,
    tooShort
      ? `Part ${index + 1} of the backup is damaged`
      : `Part ${index + 1} of the backup is damaged or belongs to another backup`
  )
}

export function openChunk(
  key: Uint8Array,
  noncePrefix: string,
  headerHash: Uint8Array,
  index: number,
  isFinal: boolean,
  sealed: Uint8Array
): Uint8Array {
  if (sealed.length < 16) throw damagedChunk(index, true)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(noncePrefix, index))
    decipher.setAAD(chunkAad(headerHash, index, isFinal))
    decipher.setAuthTag(sealed.subarray(sealed.length - 16))
    let plain = decipher.update(sealed.subarray(0, sealed.length - 16))
    const rest = decipher.final()
    if (rest.length) plain = Buffer.concat([plain, rest])
    // A plain Uint8Array view: Buffer's `slice` does not copy, which would surprise callers.
    return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength)
  } catch {
    throw damagedChunk(index)
  }
}

/** The backup key as a WebCrypto key, for `openChunkOnPool`. */
export function chunkKeyForPool(key: Uint8Array): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt'])
}

/**
 * The same as `openChunk`, decrypted by Node's WebCrypto on the libuv thread pool instead of
 * the calling thread: the writer's read-back uses it, so decrypting the chunks already written
 * runs on the other core while the main thread seals the next ones (ADR 0006).
 */
export async function openChunkOnPool(
  key: webcrypto.CryptoKey,
  noncePrefix: string,
  headerHash: Uint8Array,
  index: number,
  isFinal: boolean,
  sealed: Uint8Array
): Promise<Uint8Array> {
  if (sealed.length < 16) throw damagedChunk(index, true)
  try {
    // WebCrypto's layout is the file's: ciphertext, then the 16-byte tag.
    const plain = await webcrypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: chunkNonce(noncePrefix, index),
        additionalData: chunkAad(headerHash, index, isFinal),
        tagLength: 128
      },
      key,
      sealed
    )
    return new Uint8Array(plain)
  } catch {
    throw damagedChunk(index)
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest())
}

export function newSha256(): Hash {
  return createHash('sha256')
}
