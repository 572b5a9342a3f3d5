import { dataSubjectSchema, type DataSubject } from '@core'
import { blindIndex, normaliseEmail, normalisePersonnummer } from '../blindIndex'
import type { AppDb } from '../db'
import {
  bulkPutMembers,
  deleteMembers,
  getMember,
  membersOfPagesWhere,
  putMembers,
  readAllMembers,
  type Member
} from '../pages'
import { dropDigests } from './digests.repo'
import { parseRow } from './parse'

/** Subjects are stored in sealed pages (ADR 0015); this module is their only reader and writer. */
const PAGES = 'subjectPages'

const parsed = (member: Member): DataSubject => parseRow(dataSubjectSchema, 'subjects', member)

/** Every subject (bulk path: one snapshot, decrypted in parallel). */
export async function listSubjects(db: AppDb): Promise<DataSubject[]> {
  return (await readAllMembers(db, PAGES)).map(parsed)
}

export async function getSubject(db: AppDb, id: string): Promise<DataSubject | undefined> {
  const member = await getMember(db, PAGES, id)
  return member ? parsed(member) : undefined
}

/** Writes a subject; inside a transaction when other writes must go with it. */
export async function saveSubject(db: AppDb, subject: DataSubject): Promise<void> {
  await putMembers(db, PAGES, [dataSubjectSchema.parse(subject)])
}

/** Deletes subjects; inside a transaction with whatever the deletion goes with. */
export async function deleteSubjects(db: AppDb, ids: readonly string[]): Promise<void> {
  await deleteMembers(db, PAGES, ids)
}

/**
 * Writes many subjects at once (imports, seeding, benchmarks) in one transaction, in new pages
 * sealed with WebCrypto batch by batch while the batches already sealed are stored. Like
 * bulkSaveCases, it takes subjects already checked at the import's boundary, and drops the
 * store's digests in the same transaction.
 */
export async function bulkSaveSubjects(db: AppDb, subjects: readonly DataSubject[]): Promise<void> {
  await db.transaction('rw', db.subjectPages, db.digests, () =>
    Promise.all([bulkPutMembers(db, PAGES, subjects as readonly Member[]), dropDigests(db)])
  )
}

/** Exact match on the 12-digit personnummer, through its blind index. */
export async function findSubjectsByPersonnummer(
  db: AppDb,
  personnummer: string
): Promise<DataSubject[]> {
  const normalised = normalisePersonnummer(personnummer)
  if (!normalised) return []
  const index = blindIndex(db.keys.keys.personnummerIndexKey, normalised)
  // A page is found by any of its members' indexes; only the matching members are returned.
  const members = await membersOfPagesWhere(db, PAGES, 'bidx_pnr', index)
  return members
    .filter((member) => normalisePersonnummer(member['personnummer'] as string) === normalised)
    .map(parsed)
}

/** Exact, case-insensitive match on the e-mail address, through its blind index. */
export async function findSubjectsByEmail(db: AppDb, email: string): Promise<DataSubject[]> {
  const normalised = normaliseEmail(email)
  if (!normalised) return []
  const index = blindIndex(db.keys.keys.emailIndexKey, normalised)
  const members = await membersOfPagesWhere(db, PAGES, 'bidx_email', index)
  return members
    .filter((member) => normaliseEmail(member['email'] as string) === normalised)
    .map(parsed)
}
