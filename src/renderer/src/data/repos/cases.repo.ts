import {
  dsrCaseSchema,
  type CaseChange,
  type CorrespondenceEntry,
  type DsrCase,
  type IsoDate
} from '../../../../core'
import type { AppDb } from '../db'
import { appendAudit } from './audit.repo'
import { parseRow } from './parse'

/**
 * A case is stored as one row in `cases` (with `due` in clear for range queries) and its
 * correspondence as rows in `events`, so long letters and e-mails do not weigh on the list.
 */
type CaseRow = Omit<DsrCase, 'correspondence'> & { due: IsoDate }
type EventRow = CorrespondenceEntry & { caseId: string }

function assemble(
  row: Record<string, unknown>,
  events: readonly Record<string, unknown>[]
): DsrCase {
  const { due: _due, ...rest } = row
  const correspondence = events
    .map(({ caseId: _caseId, ...entry }) => entry)
    .sort((a, b) => String(a['at']).localeCompare(String(b['at'])))
  return parseRow(dsrCaseSchema, 'cases', { ...rest, correspondence })
}

export async function listCases(db: AppDb): Promise<DsrCase[]> {
  const [rows, events] = await db.transaction('r', db.cases, db.events, () =>
    Promise.all([db.cases.toArray(), db.events.toArray()])
  )
  const byCase = new Map<string, Record<string, unknown>[]>()
  for (const event of events) {
    const caseId = String(event['caseId'])
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), event])
  }
  return rows.map((row) => assemble(row, byCase.get(String(row['id'])) ?? []))
}

export async function getCase(db: AppDb, id: string): Promise<DsrCase | undefined> {
  return db.transaction('r', db.cases, db.events, async () => {
    const row = await db.cases.get(id)
    if (!row) return undefined
    return assemble(row, await db.events.where('caseId').equals(id).toArray())
  })
}

export async function listCasesOfSubject(db: AppDb, subjectId: string): Promise<DsrCase[]> {
  const ids = await db.cases.where('subjectId').equals(subjectId).primaryKeys()
  const cases = await Promise.all(ids.map((id) => getCase(db, id)))
  return cases.filter((c): c is DsrCase => c !== undefined)
}

async function writeCase(db: AppDb, dsrCase: DsrCase, due: IsoDate): Promise<void> {
  const valid = dsrCaseSchema.parse(dsrCase)
  const { correspondence, ...rest } = valid
  const row: CaseRow = { ...rest, due }
  await db.cases.put(row)
  const existing = await db.events.where('caseId').equals(valid.id).primaryKeys()
  const keep = new Set(correspondence.map((entry) => entry.id))
  await db.events.bulkDelete(existing.filter((id) => !keep.has(id)))
  await db.events.bulkPut(correspondence.map((entry): EventRow => ({ ...entry, caseId: valid.id })))
}

/**
 * Stores the result of a case command and its audit event in one transaction: both or neither.
 * `due` is the case's effective due date today (kept in clear for range queries).
 */
export async function commitCaseChange(
  db: AppDb,
  change: CaseChange,
  due: IsoDate,
  actor: string,
  now: Date
): Promise<void> {
  await db.transaction('rw', [db.cases, db.events, db.auditLog, db.settings], async () => {
    await writeCase(db, change.case, due)
    await appendAudit(db, [change.event], actor, now)
  })
}

/** Writes many cases without audit events (seeding, benchmarks, restore checks). */
export async function bulkSaveCases(
  db: AppDb,
  cases: readonly { case: DsrCase; due: IsoDate }[]
): Promise<void> {
  await db.transaction('rw', db.cases, db.events, async () => {
    await db.cases.bulkPut(
      cases.map(({ case: dsrCase, due }) => {
        const { correspondence: _c, ...rest } = dsrCaseSchema.parse(dsrCase)
        return { ...rest, due }
      })
    )
    await db.events.bulkPut(
      cases.flatMap(({ case: dsrCase }) =>
        dsrCase.correspondence.map((entry) => ({ ...entry, caseId: dsrCase.id }))
      )
    )
  })
}
