import type { AppDb } from '../db'

export type Attachment = {
  id: string
  caseId: string
  name: string
  mime: string
  size: number
  addedAt: string
  data: Uint8Array
}
export type AttachmentMeta = Omit<Attachment, 'data'>

/** Largest file accepted as an attachment (letters, scans, PDFs). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

export class AttachmentTooLargeError extends Error {
  readonly code = 'ATTACHMENT_TOO_LARGE'
  constructor(readonly size: number) {
    super(`Attachment of ${size} bytes exceeds ${MAX_ATTACHMENT_BYTES}`)
  }
}

export async function addAttachment(
  db: AppDb,
  attachment: Omit<Attachment, 'id' | 'size'>
): Promise<AttachmentMeta> {
  if (attachment.data.length > MAX_ATTACHMENT_BYTES)
    throw new AttachmentTooLargeError(attachment.data.length)
  const stored: Attachment = {
    ...attachment,
    id: crypto.randomUUID(),
    size: attachment.data.length
  }
  await db.attachments.put(stored)
  const { data: _data, ...meta } = stored
  return meta
}

export async function getAttachment(db: AppDb, id: string): Promise<Attachment | undefined> {
  return (await db.attachments.get(id)) as Attachment | undefined
}

export async function listAttachments(db: AppDb, caseId: string): Promise<AttachmentMeta[]> {
  const rows = (await db.attachments.where('caseId').equals(caseId).toArray()) as Attachment[]
  return rows
    .map(({ data: _data, ...meta }) => meta)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt))
}

export async function deleteAttachment(db: AppDb, id: string): Promise<void> {
  await db.attachments.delete(id)
}
