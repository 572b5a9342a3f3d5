import { useCallback, useEffect, useState } from 'react'
import { changedSubjectFields, type DataSubject } from '../../../../core'
import { findSubjectsByEmail, findSubjectsByPersonnummer } from '../../data/repos/subjects.repo'
import type { SubjectHead } from '../../data/store/caseStore'
import { useActor } from '../cases/useCases'
import { useStore, useStoreMemo, useStoreVersion } from '../store/storeContext'

export type { SubjectHead } from '../../data/store/caseStore'

/** Every data subject (without notes), sorted by name; current after every write. */
export function useSubjects(): SubjectHead[] {
  return useStoreMemo(
    (store) => [...store.subjects()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    []
  )
}

/** One subject with notes, read when shown; undefined while loading, null when unknown. */
export function useSubject(id: string): {
  subject: DataSubject | null | undefined
  error: unknown
} {
  const store = useStore()
  const version = useStoreVersion()
  const [state, setState] = useState<{ id: string; subject: DataSubject | null } | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let active = true
    store.fullSubject(id).then(
      (subject) => active && setState({ id, subject: subject ?? null }),
      (caught: unknown) => active && setError(caught)
    )
    return () => {
      active = false
    }
  }, [store, id, version])
  return { subject: state?.id === id ? state.subject : undefined, error }
}

/** Registering subjects, with the duplicate checks through the blind indexes. */
export function useSubjectCommands() {
  const store = useStore()
  const actor = useActor()
  const findByPersonnummer = useCallback(
    (personnummer: string) => findSubjectsByPersonnummer(store.db, personnummer),
    [store]
  )
  const findByEmail = useCallback((email: string) => findSubjectsByEmail(store.db, email), [store])
  const create = useCallback(
    (subject: DataSubject) =>
      store.commitSubject(
        {
          subject,
          event: {
            action: 'subject.create',
            entityType: 'subject',
            entityId: subject.id,
            params: {}
          }
        },
        actor
      ),
    [store, actor]
  )
  /** Saves a changed subject; the audit event names the changed fields, never their values. */
  const update = useCallback(
    async (before: DataSubject, after: DataSubject): Promise<DataSubject | null> => {
      const fields = changedSubjectFields(before, after)
      if (fields.length === 0) return null
      await store.commitSubject(
        {
          subject: after,
          event: {
            action: 'subject.update',
            entityType: 'subject',
            entityId: after.id,
            params: { fields }
          }
        },
        actor
      )
      return after
    },
    [store, actor]
  )
  return { findByPersonnummer, findByEmail, create, update }
}
