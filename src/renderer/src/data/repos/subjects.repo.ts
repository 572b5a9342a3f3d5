import { dataSubjectSchema, type DataSubject } from '@core'
import { blindIndex, normaliseEmail, normalisePersonnummer } from '../blindIndex'
import { bulkPutAsSealed, type AppDb } from '../db'
import { sealInBatches } from '../encryption'
import { parseRow } from './parse'

/** Every subject (bulk path: one snapshot, decrypted in parallel). */
export async function listSubjects(db: AppDb): Promise<DataSubject[]> {
  const { subjects } = await db.readAllDecrypted(['subjects'])
  return subjects.map((row) => parseRow(dataSubjectSchema, 'subjects', row))
}

export async function getSubject(db: AppDb, id: string): Promise<DataSubject | undefined> {
  const row = await db.subjects.get(id)
  return row ? parseRow(dataSubjectSchema, 'subjects', row) : undefined
}

/** Writes a subject; inside a transaction when other writes must go with it. */
export async function saveSubject(db: AppDb, subject: DataSubject): Promise<void> {
  await db.subjects.put(dataSubjectSchema.parse(subject))
}

/** Deletes subjects; inside a transaction with whatever the deletion goes with. */
export async function deleteSubjects(db: AppDb, ids: readonly string[]): Promise<void> {
  await db.subjects.bulkDelete([...ids])
}

/**
 * Writes many subjects at once (imports, seeding, benchmarks) in one transaction, sealed with
 * WebCrypto batch by batch while the batches already sealed are stored. Like bulkSaveCases, it
 * takes subjects already checked at the import's boundary.
 */
export async function bulkSaveSubjects(db: AppDb, subjects: readonly DataSubject[]): Promise<void> {
  const sealed = sealInBatches('subjects', db.keys.keys, subjects)
  await db.transaction('rw', db.subjects, () => bulkPutAsSealed(db.subjects, sealed))
}

/** Exact match on the 12-digit personnummer, through its blind index. */
export async function findSubjectsByPersonnummer(
  db: AppDb,
  personnummer: string
): Promise<DataSubject[]> {
  const normalised = normalisePersonnummer(personnummer)
  if (!normalised) return []
  const index = blindIndex(db.keys.keys.personnummerIndexKey, normalised)
  const rows = await db.subjects.where('bidx_pnr').equals(index).toArray()
  return rows.map((row) => parseRow(dataSubjectSchema, 'subjects', row))
}

/** Exact, case-insensitive match on the e-mail address, through its blind index. */
export async function findSubjectsByEmail(db: AppDb, email: string): Promise<DataSubject[]> {
  const normalised = normaliseEmail(email)
  if (!normalised) return []
  const index = blindIndex(db.keys.keys.emailIndexKey, normalised)
  const rows = await db.subjects.where('bidx_email').equals(index).toArray()
  return rows.map((row) => parseRow(dataSubjectSchema, 'subjects', row))
}
