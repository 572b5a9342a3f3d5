/**
 * Rules about the DPO's own record of a person: which fields an edit changed (for the audit log,
 * which names fields, never values), and what a merge of two records of one person does.
 */
import type { DataSubject, DsrCase } from '../model/types'

export const SUBJECT_FIELDS = [
  'name',
  'personnummer',
  'email',
  'phone',
  'address',
  'customerRefs',
  'notes'
] as const
export type SubjectField = (typeof SUBJECT_FIELDS)[number]

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The fields that differ between two versions of a subject, in a fixed order. */
export function changedSubjectFields(before: DataSubject, after: DataSubject): SubjectField[] {
  return SUBJECT_FIELDS.filter((field) => !same(before[field], after[field]))
}

/**
 * The record kept when `drop` is merged into `keep`: `keep`'s values win, empty fields are
 * filled from `drop`, customer references are united and notes kept from both.
 */
export function mergedSubject(keep: DataSubject, drop: DataSubject, now: Date): DataSubject {
  const notes = [keep.notes, drop.notes].filter((note): note is string => Boolean(note?.trim()))
  return {
    ...keep,
    ...(keep.personnummer || !drop.personnummer ? {} : { personnummer: drop.personnummer }),
    ...(keep.email || !drop.email ? {} : { email: drop.email }),
    ...(keep.phone || !drop.phone ? {} : { phone: drop.phone }),
    ...(keep.address || !drop.address ? {} : { address: drop.address }),
    customerRefs: [...new Set([...keep.customerRefs, ...drop.customerRefs])].slice(0, 100),
    ...(notes.length ? { notes: notes.join('\n\n').slice(0, 20_000) } : {}),
    updatedAt: now.toISOString()
  }
}

/** Whether two records may be merged: both personnummer, if known, must be the same. */
export function mergeConflict(keep: DataSubject, drop: DataSubject): 'personnummer' | null {
  return keep.personnummer && drop.personnummer && keep.personnummer !== drop.personnummer
    ? 'personnummer'
    : null
}

/** A case moved to the kept record (its free-copy entry and blocks move with it). */
export function caseMovedTo(dsrCase: DsrCase, subjectId: string, now: Date): DsrCase {
  return { ...dsrCase, subjectId, updatedAt: now.toISOString() }
}
