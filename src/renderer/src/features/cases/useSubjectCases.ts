import { useMemo } from 'react'
import { copyLedger, type CopyDelivery } from '../../../../core'
import { useStore, useStoreVersion } from '../store/storeContext'
import { caseRowViews, today, type CaseRowView } from './caseViews'

/** One person's cases with their deadlines (from the store's index by subject). */
export function useSubjectCases(subjectId: string | undefined): CaseRowView[] {
  const store = useStore()
  const version = useStoreVersion()
  const on = today()
  return useMemo(
    () =>
      subjectId ? caseRowViews(store.casesOfSubject(subjectId), (id) => store.subject(id), on) : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; version marks each change
    [store, version, subjectId, on]
  )
}

/** The free-copy ledger of a person, optionally without one case (the one being decided). */
export function useCopyLedger(
  subjectId: string | undefined,
  exceptCaseId?: string
): CopyDelivery[] {
  const store = useStore()
  const version = useStoreVersion()
  return useMemo(
    () =>
      subjectId
        ? copyLedger(store.casesOfSubject(subjectId).filter((head) => head.id !== exceptCaseId))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; version marks each change
    [store, version, subjectId, exceptCaseId]
  )
}
