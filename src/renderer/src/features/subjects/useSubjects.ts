import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  caseMovedTo,
  changedSubjectFields,
  mergeConflict,
  mergedSubject,
  type DataSubject
} from '@core'
import { findSubjectsByEmail, findSubjectsByPersonnummer } from '../../data/repos/subjects.repo'
import type { SubjectHead } from '../../data/store/caseStore'
import { derivedOf, SortedSubjects } from '../../data/store/derived'
import { useAuditLog } from '../audit/useAuditLog'
import { useActor } from '../cases/useCases'
import { useStore, useStoreVersion } from '../store/storeContext'

export type { SubjectHead } from '../../data/store/caseStore'

/**
 * Every data subject (without notes), sorted by name; current after every write. One sorted list
 * per store for every screen, kept sorted by insertion after a write (data/store/derived.ts).
 */
export function useSubjects(): readonly SubjectHead[] {
  const store = useStore()
  useStoreVersion()
  return derivedOf(store, 'subjects', () => new SortedSubjects(store)).list()
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
    async (
      before: DataSubject,
      after: DataSubject,
      /** The rectification case the change carries out, if any. */
      reference?: string
    ): Promise<DataSubject | null> => {
      const fields = changedSubjectFields(before, after)
      if (fields.length === 0) return null
      await store.commitSubject(
        {
          subject: after,
          event: {
            action: 'subject.update',
            entityType: 'subject',
            entityId: after.id,
            params: { fields, reference: reference ?? null }
          }
        },
        actor
      )
      return after
    },
    [store, actor]
  )

  /**
   * Merges `dropId` into `keepId` (two records of one person): the kept record takes the other's
   * missing details and references, every case of the other moves over (with its free-copy entry
   * and blocks), and the other record is removed; all in one write, audited.
   */
  const merge = useCallback(
    async (keepId: string, dropId: string): Promise<{ cases: number }> => {
      const [keep, drop] = await Promise.all([store.fullSubject(keepId), store.fullSubject(dropId)])
      if (!keep || !drop || keepId === dropId) throw new SubjectMergeError('SUBJECT_MERGE_MISSING')
      if (mergeConflict(keep, drop)) throw new SubjectMergeError('SUBJECT_MERGE_PERSONNUMMER')
      await store.loaded
      const now = new Date()
      const moved = await Promise.all(
        store.casesOfSubject(dropId).map(async (head) => {
          const dsrCase = await store.case(head.id)
          if (!dsrCase) throw new SubjectMergeError('SUBJECT_MERGE_MISSING')
          return caseMovedTo(dsrCase, keepId, now)
        })
      )
      await store.commit(
        {
          subjects: [mergedSubject(keep, drop, now)],
          deleteSubjectIds: [dropId],
          cases: moved.map((dsrCase) => ({
            change: {
              case: dsrCase,
              event: {
                action: 'case.subject-move',
                entityType: 'case',
                entityId: dsrCase.id,
                params: { reference: dsrCase.reference }
              }
            }
          })),
          events: [
            {
              action: 'subject.merge',
              entityType: 'subject',
              entityId: keepId,
              params: { merged: dropId, cases: moved.length }
            }
          ]
        },
        actor
      )
      return { cases: moved.length }
    },
    [store, actor]
  )
  return { findByPersonnummer, findByEmail, create, update, merge }
}

/** A merge that cannot be done (the message says why). */
export class SubjectMergeError extends Error {
  constructor(readonly code: 'SUBJECT_MERGE_MISSING' | 'SUBJECT_MERGE_PERSONNUMMER') {
    super(code)
    this.name = 'SubjectMergeError'
  }
}

/** The audit events of one subject, newest first: when it was created, changed or merged. */
export function useSubjectHistory(subjectId: string) {
  const { events } = useAuditLog()
  return useMemo(
    () =>
      (events ?? [])
        .filter((event) => event.entityType === 'subject' && event.entityId === subjectId)
        .reverse(),
    [events, subjectId]
  )
}
