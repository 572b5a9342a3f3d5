import { copyLedger, type CopyDelivery } from '@core'
import { useStoreMemo } from '../store/storeContext'
import { caseRowViews, today, type CaseRowView } from './caseViews'

/** One person's cases with their deadlines (from the store's index by subject). */
export function useSubjectCases(subjectId: string | undefined): CaseRowView[] {
  const on = today()
  return useStoreMemo(
    (store) =>
      subjectId ? caseRowViews(store.casesOfSubject(subjectId), (id) => store.subject(id), on) : [],
    [subjectId, on]
  )
}

/** The free-copy ledger of a person, optionally without one case (the one being decided). */
export function useCopyLedger(
  subjectId: string | undefined,
  exceptCaseId?: string
): CopyDelivery[] {
  return useStoreMemo(
    (store) =>
      subjectId
        ? copyLedger(store.casesOfSubject(subjectId).filter((head) => head.id !== exceptCaseId))
        : [],
    [subjectId, exceptCaseId]
  )
}
