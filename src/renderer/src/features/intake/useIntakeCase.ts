import { useCallback, useEffect, useState } from 'react'
import { addCorrespondence, createCase, type CaseType, type DataSubject, type IsoDate } from '@core'
import type { ParsedEmailView } from '@shared/ipc/intake'
import { stageAttachment } from '../../data/repos/attachments.repo'
import { errorText, useI18n } from '../../lib/i18n'
import { useActor } from '../cases/useCases'
import { useStore } from '../store/storeContext'
import { useSubjectCommands } from '../subjects/useSubjects'

/** The people registered with the sender's address (blind index), once looked up. */
export function useSenderMatches(address: string): DataSubject[] | undefined {
  const { findByEmail } = useSubjectCommands()
  const [found, setFound] = useState<{ address: string; subjects: DataSubject[] } | null>(null)
  useEffect(() => {
    let active = true
    void findByEmail(address).then(
      (subjects) => active && setFound({ address, subjects }),
      () => active && setFound({ address, subjects: [] })
    )
    return () => {
      active = false
    }
  }, [findByEmail, address])
  return found?.address === address ? found.subjects : undefined
}

export type IntakeCaseInput = {
  email: ParsedEmailView
  subjectId: string
  type: CaseType
  receivedAt: IsoDate
  description: string
}

/**
 * Registers the case an e-mail starts: the case, the message as incoming correspondence (its
 * text, its attachments and the original .eml/.msg, all sealed) and both audit events in one
 * store commit. Returns the new case's id, or an error text for the DPO.
 */
export function useIntakeCase(): (
  input: IntakeCaseInput
) => Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const store = useStore()
  const actor = useActor()
  const { t } = useI18n()
  return useCallback(
    async ({ email, subjectId, type, receivedAt, description }: IntakeCaseInput) => {
      try {
        const now = new Date()
        const caseId = crypto.randomUUID()
        const addedAt = now.toISOString()
        const files = [
          ...email.attachments.map(({ name, mime, data }) => ({ name, mime, data })),
          email.original
        ]
        const staged = await Promise.all(
          files.map((file) => stageAttachment(store.db, { caseId, addedAt, ...file }))
        )
        let first = true
        const ctx = {
          now,
          actor,
          newId: () => {
            if (!first) return crypto.randomUUID()
            first = false
            return caseId
          }
        }
        const created = createCase(
          {
            type,
            channel: 'email',
            subjectId,
            receivedAt,
            ...(description.trim() ? { description } : {})
          },
          store.references(),
          ctx
        )
        if (!created.ok) return { ok: false, message: errorText(t, created.error) }
        const filed = addCorrespondence(
          created.value.case,
          {
            direction: 'in',
            medium: 'email',
            at: email.date ?? addedAt,
            subject: email.subject || t('intake.noSubject'),
            ...(email.text ? { body: email.text } : {}),
            attachmentIds: staged.map((item) => item.meta.id)
          },
          ctx
        )
        if (!filed.ok) return { ok: false, message: errorText(t, filed.error) }
        await store.commit(
          {
            cases: [
              {
                change: { case: filed.value.case, event: created.value.event },
                attachments: staged
              }
            ],
            events: [filed.value.event]
          },
          actor
        )
        return { ok: true, id: caseId }
      } catch (error) {
        return { ok: false, message: errorText(t, error) }
      }
    },
    [store, actor, t]
  )
}
