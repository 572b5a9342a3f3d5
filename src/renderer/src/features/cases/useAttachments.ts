import { useCallback, useEffect, useState } from 'react'
import {
  getAttachment,
  listAttachments,
  stageAttachment,
  type AttachmentMeta,
  type StagedAttachment
} from '../../data/repos/attachments.repo'
import { callOrThrow } from '../../lib/api'
import { useStore, useStoreVersion } from '../store/storeContext'

export { MAX_ATTACHMENT_BYTES } from '../../data/repos/attachments.repo'

/**
 * A case's attachments: their metadata (the files stay sealed until opened), sealing new files
 * ahead of the write that files them, and saving one to disk through main's save dialog.
 */
export function useAttachments(caseId: string): {
  attachments: AttachmentMeta[] | undefined
  stage: (
    files: readonly { name: string; type: string; data: Uint8Array }[]
  ) => Promise<StagedAttachment[]>
  savePdf: (attachmentId: string) => Promise<{ saved: boolean; path?: string }>
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
  const savePdf = useCallback(
    async (attachmentId: string) => {
      const attachment = await getAttachment(store.db, attachmentId)
      if (!attachment) return { saved: false }
      const result = await callOrThrow('pdf:save', {
        pdf: attachment.data,
        suggestedName: attachment.name
      })
      return result.saved ? { saved: true, path: result.path } : { saved: false }
    },
    [store]
  )
  return { attachments, stage, savePdf }
}
