import { caseIndex } from '../blindIndex'
import type { AppDb } from '../db'
import { sealRowsAsync } from '../encryption'

/**
 * Attachments are two sealed rows with the same id: the metadata in `attachments` (found by the
 * blind index of the case id) and the bytes in `attachmentData`, so listing a case's files never
 * decrypts the files themselves. Both are written in the same transaction as the correspondence
 * entry that refers to them (see the store's commitCase), so no attachment is left without one.
 */
export type AttachmentMeta = {
  id: string
  caseId: string
  name: string
  mime: string
  size: number
  addedAt: string
}
export type Attachment = AttachmentMeta & { data: Uint8Array }

/** Largest file accepted as an attachment (letters, scans, PDFs). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

export class AttachmentTooLargeError extends Error {
  readonly code = 'ATTACHMENT_TOO_LARGE'
  constructor(readonly size: number) {
    super(`Attachment of ${size} bytes exceeds ${MAX_ATTACHMENT_BYTES}`)
  }
}

/** An attachment sealed ahead of its transaction (WebCrypto, so large files do not block). */
export type StagedAttachment = {
  meta: AttachmentMeta
  rows: {
    meta: Record<string, unknown> & { id: string }
    data: Record<string, unknown> & { id: string }
  }
}

export async function stageAttachment(
  db: AppDb,
  input: { caseId: string; name: string; mime: string; data: Uint8Array; addedAt: string }
): Promise<StagedAttachment> {
  if (input.data.length > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(input.data.length)
  const meta: AttachmentMeta = {
    id: crypto.randomUUID(),
    caseId: input.caseId,
    name: input.name,
    mime: input.mime || 'application/octet-stream',
    size: input.data.length,
    addedAt: input.addedAt
  }
  const keys = db.keys.keys
  const [[metaRow], [dataRow]] = await Promise.all([
    sealRowsAsync('attachments', keys, [meta]),
    sealRowsAsync('attachmentData', keys, [{ id: meta.id, data: input.data }])
  ])
  return { meta, rows: { meta: metaRow!, data: dataRow! } }
}

/** Call inside a read-write transaction on attachments and attachmentData. */
export async function writeStagedAttachments(
  db: AppDb,
  staged: readonly StagedAttachment[]
): Promise<void> {
  if (staged.length === 0) return
  await Promise.all([
    db.attachments.bulkPut(staged.map((item) => item.rows.meta)),
    db.attachmentData.bulkPut(staged.map((item) => item.rows.data))
  ])
}

/** Call inside a read-write transaction on attachments and attachmentData. */
export async function deleteAttachments(db: AppDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await Promise.all([db.attachments.bulkDelete([...ids]), db.attachmentData.bulkDelete([...ids])])
}

export async function getAttachment(db: AppDb, id: string): Promise<Attachment | undefined> {
  return db.transaction('r', db.attachments, db.attachmentData, async () => {
    const [meta, data] = await Promise.all([db.attachments.get(id), db.attachmentData.get(id)])
    if (!meta || !data || !(data['data'] instanceof Uint8Array)) return undefined
    return { ...(meta as unknown as AttachmentMeta), data: data['data'] }
  })
}

/** The metadata of a case's attachments, oldest first; the bytes stay sealed. */
export async function listAttachments(db: AppDb, caseId: string): Promise<AttachmentMeta[]> {
  const rows = (await db.attachments
    .where('bidx_case')
    .equals(caseIndex(db.keys.keys, caseId))
    .toArray()) as unknown as AttachmentMeta[]
  return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt))
}

/**
 * Deletes every attachment of a case (metadata and bytes), found by the blind index of its id.
 * Call inside a read-write transaction on attachments and attachmentData.
 */
export async function deleteAttachmentsOfCase(db: AppDb, caseId: string): Promise<number> {
  const ids = (await db.attachments
    .where('bidx_case')
    .equals(caseIndex(db.keys.keys, caseId))
    .primaryKeys()) as string[]
  await deleteAttachments(db, ids)
  return ids.length
}

/** The metadata of every attachment (bulk path), for the orphan sweep after unlock. */
export async function listAllAttachmentMeta(db: AppDb): Promise<AttachmentMeta[]> {
  const { attachments } = await db.readAllDecrypted(['attachments'])
  return attachments as unknown as AttachmentMeta[]
}

/** Ids of stored attachment bytes (keys only, nothing decrypted). */
export async function attachmentDataIds(db: AppDb): Promise<string[]> {
  return (await db.attachmentData.toCollection().primaryKeys()) as string[]
}
