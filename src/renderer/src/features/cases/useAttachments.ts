import { useCallback, useEffect, useState } from 'react'
import {
  getAttachment,
  listAttachments,
  stageAttachment,
  type Attachment,
  type AttachmentMeta,
  type StagedAttachment
} from '../../data/repos/attachments.repo'
import { callOrThrow } from '../../lib/api'
import { useStore, useStoreVersion } from '../store/storeContext'

export { MAX_ATTACHMENT_BYTES } from '../../data/repos/attachments.repo'
export type { Attachment, AttachmentMeta } from '../../data/repos/attachments.repo'

/**
 * A case's attachments: their metadata (the files stay sealed until opened), sealing new files
 * ahead of the write that files them, and saving one to disk through main's save dialog.
 */
export function useAttachments(caseId: string): {
  attachments: AttachmentMeta[] | undefined
  stage: (
    files: readonly { name: string; type: string; data: Uint8Array }[]
  ) => Promise<StagedAttachment[]>
  /** Saves an attachment (any type) byte for byte where the DPO chooses. */
  save: (attachmentId: string) => Promise<{ saved: boolean; path?: string }>
  /** The attachment's bytes, decrypted in memory only (for the preview). */
  open: (attachmentId: string) => Promise<Attachment | undefined>
} {
  const store = useStore()
  const version = useStoreVersion()
  const [attachments, setAttachments] = useState<AttachmentMeta[] | undefined>(undefined)
  useEffect(() => {
    let active = true
    void listAttachments(store.db, caseId).then((list) => active && setAttachments(list))
    return () => {
      active = false
    }
  }, [store, caseId, version])
  const stage = useCallback(
    async (files: readonly { name: string; type: string; data: Uint8Array }[]) => {
      const addedAt = new Date().toISOString()
      return Promise.all(
        files.map((file) =>
          stageAttachment(store.db, {
            caseId,
            name: file.name,
            mime: file.type,
            data: file.data,
            addedAt
          })
        )
      )
    },
    [store, caseId]
  )
  const save = useCallback(
    async (attachmentId: string) => {
      const attachment = await getAttachment(store.db, attachmentId)
      if (!attachment) return { saved: false }
      const result = await callOrThrow('file:save-attachment', {
        data: attachment.data,
        name: attachment.name
      })
      return result.saved ? { saved: true, path: result.path } : { saved: false }
    },
    [store]
  )
  const open = useCallback((attachmentId: string) => getAttachment(store.db, attachmentId), [store])
  return { attachments, stage, save, open }
}
