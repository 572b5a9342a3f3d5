import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'
import { BACKUP_ERROR, BackupFormatError, chunkAad, chunkNonce } from '../../../core/backup/format'

/** Backup chunks use Node's native AES-256-GCM: the same construction, many times faster. */
export function sealChunk(
  key: Uint8Array,
  noncePrefix: string,
  headerHash: Uint8Array,
  index: number,
  isFinal: boolean,
  plaintext: Uint8Array
): Uint8Array {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(noncePrefix, index))
  cipher.setAAD(chunkAad(headerHash, index, isFinal))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
}

export function openChunk(
  key: Uint8Array,
  noncePrefix: string,
  headerHash: Uint8Array,
  index: number,
  isFinal: boolean,
  sealed: Uint8Array
): Uint8Array {
  if (sealed.length < 16)
    throw new BackupFormatError(
      BACKUP_ERROR.chunkDamaged,
      `Part ${index + 1} of the backup is damaged`
    )
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(noncePrefix, index))
    decipher.setAAD(chunkAad(headerHash, index, isFinal))
    decipher.setAuthTag(sealed.subarray(sealed.length - 16))
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final()
    ])
    return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength)
  } catch {
    throw new BackupFormatError(
      BACKUP_ERROR.chunkDamaged,
      `Part ${index + 1} of the backup is damaged or belongs to another backup`
    )
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest())
}
