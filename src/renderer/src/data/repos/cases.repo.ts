import { dsrCaseSchema, type CorrespondenceEntry, type DsrCase } from '@core'
import { caseIndex, subjectIndex } from '../blindIndex'
import { bulkPutAsSealed, type AppDb } from '../db'
import { sealInBatches } from '../encryption'
import {
  bulkPutMembers,
  deleteMembers,
  getMember,
  membersOfPagesWhere,
  membersOf,
  putMembers,
  type Member
} from '../pages'
import { dropDigests } from './digests.repo'
import { parseRow } from './parse'

/**
 * A case is stored as a member of a sealed page in `casePages` (ADR 0015) and its
 * correspondence as rows in `events`, so long letters and e-mails do not weigh on the case.
 * Events are found by the blind index of their case id, the pages of one person's cases by the
 * blind index of the subject id (ADR 0003).
 */
const PAGES = 'casePages'

type EventRow = CorrespondenceEntry & { caseId: string }
type DsrCaseRow = Omit<DsrCase, 'correspondence'>

/** Builds a case from its stored row and event rows (a v1 row also carried `due`). */
export function assembleCase(
  row: Record<string, unknown>,
  events: readonly Record<string, unknown>[]
): DsrCase {
  const { due: _due, ...rest } = row
  const correspondence = events
    .map(({ caseId: _caseId, ...entry }) => entry)
    .sort((a, b) => String(a['at']).localeCompare(String(b['at'])))
  return parseRow(dsrCaseSchema, 'cases', { ...rest, correspondence })
}

export async function getCase(db: AppDb, id: string): Promise<DsrCase | undefined> {
  return db.transaction('r', db.casePages, db.events, async () => {
    const row = await getMember(db, PAGES, id)
    if (!row) return undefined
    const events = await db.events.where('bidx_case').equals(caseIndex(db.keys.keys, id)).toArray()
    return assembleCase(row, events)
  })
}

/** The ids of one person's cases, through the blind index of the subject id. */
export async function caseIdsOfSubject(db: AppDb, subjectId: string): Promise<string[]> {
  const members = await membersOfPagesWhere(
    db,
    PAGES,
    'bidx_subject',
    subjectIndex(db.keys.keys, subjectId)
  )
  return members.filter((member) => member['subjectId'] === subjectId).map((member) => member.id)
}

/**
 * Every case, read row by row through the middleware (synchronous AES-GCM). The app's screens
 * do not use it (they read the store, ADR 0007); it stays for tests and as the benchmark's
 * "before" figure.
 */
export async function listCases(db: AppDb): Promise<DsrCase[]> {
  const [pages, events] = await db.transaction('r', db.casePages, db.events, () =>
    Promise.all([db.casePages.toArray(), db.events.toArray()])
  )
  return groupCases(membersOf(pages), events)
}

/** Every case with its events through the bulk path (one snapshot, WebCrypto). */
export async function readAllCases(db: AppDb): Promise<DsrCase[]> {
  // One snapshot of both tables, so the events belong to the cases read with them.
  const { casePages, events } = await db.readAllDecrypted([PAGES, 'events'])
  return groupCases(membersOf(casePages), events)
}

function groupCases(
  rows: readonly Record<string, unknown>[],
  events: readonly Record<string, unknown>[]
): DsrCase[] {
  const byCase = new Map<string, Record<string, unknown>[]>()
  for (const event of events) {
    const caseId = String(event['caseId'])
    const list = byCase.get(caseId)
    if (list) list.push(event)
    else byCase.set(caseId, [event])
  }
  return rows.map((row) => assembleCase(row, byCase.get(String(row['id'])) ?? []))
}

/** The tables a case write touches; open a transaction on them (plus audit) around writeCase. */
export function caseTables(db: AppDb) {
  return [db.casePages, db.events]
}

/**
 * Writes a case and its events. Call inside a read-write transaction on `caseTables` so the
 * case, its events and whatever else the change records are stored together or not at all. The
 * case must be valid already: the store parses every case at its boundary, once.
 *
 * Two round trips: the case row and the query for its stored events go together, then the
 * events (each await in a transaction is a round trip to IndexedDB).
 */
export async function writeCase(db: AppDb, dsrCase: DsrCase): Promise<void> {
  const { correspondence, ...rest } = dsrCase
  const [, existing] = await Promise.all([
    putMembers(db, PAGES, [rest]),
    db.events.where('bidx_case').equals(caseIndex(db.keys.keys, dsrCase.id)).primaryKeys()
  ])
  const keep = new Set(correspondence.map((entry) => entry.id))
  const gone = (existing as string[]).filter((id) => !keep.has(id))
  await Promise.all([
    gone.length ? db.events.bulkDelete(gone) : undefined,
    db.events.bulkPut(correspondence.map((entry): EventRow => ({ ...entry, caseId: dsrCase.id })))
  ])
}

/**
 * Deletes a case row and its events. Call inside a read-write transaction on `caseTables` (the
 * store deletes the attachments, digests and audit event in the same transaction).
 */
export async function deleteCase(db: AppDb, caseId: string): Promise<void> {
  await deleteMembers(db, PAGES, [caseId])
  const events = (await db.events
    .where('bidx_case')
    .equals(caseIndex(db.keys.keys, caseId))
    .primaryKeys()) as string[]
  if (events.length) await db.events.bulkDelete(events)
}

/**
 * Writes many cases without audit events (imports, seeding, benchmarks): sealed with WebCrypto
 * before one transaction. The cases must already be valid (the typed input of an import that
 * checked them at its boundary); rows are not parsed again here. The store's digests are
 * dropped in the same transaction, so the next load rebuilds them from the rows.
 */
export async function bulkSaveCases(db: AppDb, cases: readonly DsrCase[]): Promise<void> {
  const keys = db.keys.keys
  const rows: DsrCaseRow[] = []
  const events: Record<string, unknown>[] = []
  for (const dsrCase of cases) {
    const { correspondence, ...rest } = dsrCase
    rows.push(rest)
    for (const entry of correspondence) events.push({ ...entry, caseId: dsrCase.id })
  }
  // Sealed batch by batch while the transaction stores the batches already sealed.
  const sealedEvents = sealInBatches('events', keys, events)
  await db.transaction('rw', db.casePages, db.events, db.digests, () =>
    Promise.all([
      bulkPutMembers(db, PAGES, rows as Member[]),
      bulkPutAsSealed(db.events, sealedEvents),
      dropDigests(db)
    ])
  )
}
