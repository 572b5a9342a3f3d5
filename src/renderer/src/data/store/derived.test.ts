import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditEventInput, CaseHead, DataSubject } from '@core'
import { testCase } from '../../../../../tests/fixtures/cases'
import type { AppDb } from '../db'
import { openTestDb, removeTestDb } from '../testDb'
import { CaseStore } from './caseStore'
import { DerivedCaseRows, derivedOf, SortedSubjects } from './derived'

let db: AppDb

beforeEach(async () => {
  db = await openTestDb('derived')
})

afterEach(() => removeTestDb(db))

const event = (entityId: string, entityType: 'case' | 'subject' = 'case'): AuditEventInput => ({
  action: entityType === 'case' ? 'case.create' : 'subject.create',
  entityType,
  entityId,
  params: {}
})

const person = (id: string, personName: string): DataSubject => ({
  id,
  name: personName,
  customerRefs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

/** Stores one subject per [id, name], each with its audit event. */
async function commitPeople(store: CaseStore, people: readonly (readonly [string, string])[]) {
  for (const [id, personName] of people)
    await store.commitSubject(
      { subject: person(id, personName), event: event(id, 'subject') },
      'DPO'
    )
}

type Row = { id: string; status: string; subjectName: string | undefined }

/** A row of every open case, with its subject's name (the shape of a derived list). */
function rowOf(store: CaseStore) {
  return (head: CaseHead): Row | null =>
    head.status === 'closed'
      ? null
      : { id: head.id, status: head.status, subjectName: store.subject(head.subjectId)?.name }
}

/** What deriving everything again gives, in the store's order. */
function rebuilt(store: CaseStore): Row[] {
  const derive = rowOf(store)
  return store.caseHeads().flatMap((head) => derive(head) ?? [])
}

const sorted = (rows: readonly Row[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))

describe('derived data of the case store', () => {
  it('reports the cases and subjects each write changed (changesSince)', async () => {
    const store = await CaseStore.open(db)
    const start = store.version
    await store.commitSubject(
      { subject: person('s1', 'Åke'), event: event('s1', 'subject') },
      'DPO'
    )
    await store.commitCase(
      { change: { case: testCase({ id: 'c1', subjectId: 's1' }), event: event('c1') } },
      'DPO'
    )
    const all = store.changesSince(start)!
    expect([...all.subjects]).toEqual(['s1'])
    expect([...all.cases]).toEqual(['c1'])
    const last = store.changesSince(start + 1)!
    expect([...last.cases]).toEqual(['c1'])
    expect([...last.subjects]).toEqual([])
    expect(store.changesSince(store.version)).toEqual({ cases: new Set(), subjects: new Set() })
    // A version the store never had, or one from before its log: derive everything again.
    expect(store.changesSince(store.version + 1)).toBeNull()
  })

  it('patches rows after writes to what deriving everything again gives', async () => {
    const store = await CaseStore.open(db)
    await commitPeople(store, [
      ['s1', 'Åke'],
      ['s2', 'Märta']
    ])
    for (let i = 0; i < 6; i++)
      await store.commitCase(
        {
          change: {
            case: testCase({ id: `c${i}`, subjectId: i % 2 ? 's1' : 's2' }),
            event: event(`c${i}`)
          }
        },
        'DPO'
      )
    const rows = new DerivedCaseRows(store, rowOf(store))
    expect(rows.rows()).toEqual(rebuilt(store))
    const first = rows.rows()
    const version = rows.version

    // A case closed (its row goes), a new case, and a subject renamed (rows of its cases change).
    const closing = (await store.case('c2'))!
    await store.commitCase(
      { change: { case: { ...closing, status: 'closed' }, event: event('c2') } },
      'DPO'
    )
    await store.commitCase(
      { change: { case: testCase({ id: 'c9', subjectId: 's2' }), event: event('c9') } },
      'DPO'
    )
    await store.commitSubject(
      { subject: person('s1', 'Åke Ek'), event: event('s1', 'subject') },
      'DPO'
    )

    const patched = rows.rows()
    expect(sorted(patched)).toEqual(sorted(rebuilt(store)))
    expect(patched.find((row) => row.id === 'c1')?.subjectName).toBe('Åke Ek')
    expect(patched.some((row) => row.id === 'c2')).toBe(false)
    // Whoever held the earlier rows keeps them as they were.
    expect(first.some((row) => row.id === 'c2')).toBe(true)
    expect(first.some((row) => row.id === 'c9')).toBe(false)
    // One patch for the three writes: the new case and the renamed person's cases, one removal.
    const spanning = rows.patchSince(version)!
    expect(spanning.removed).toEqual(['c2'])
    expect(spanning.set.map((row) => row.id).sort()).toEqual(['c1', 'c3', 'c5', 'c9'])

    const before = rows.version
    await store.commitCase(
      { change: { case: testCase({ id: 'c10', subjectId: 's1' }), event: event('c10') } },
      'DPO'
    )
    const patch = rows.patchSince(before)!
    expect(patch.set.map((row) => row.id)).toEqual(['c10'])
    expect(patch.removed).toEqual([])
  })

  it('keeps the subjects sorted by name (Swedish order) through renames and additions', async () => {
    const store = await CaseStore.open(db)
    const list = new SortedSubjects(store)
    const names = (subjects: readonly { name: string }[]) => subjects.map((s) => s.name)
    await commitPeople(store, [
      ['s1', 'Östen'],
      ['s2', 'Anders'],
      ['s3', 'Åsa']
    ])
    expect(names(list.list())).toEqual(['Anders', 'Åsa', 'Östen'])
    await store.commitSubject(
      { subject: person('s2', 'Ängla'), event: event('s2', 'subject') },
      'DPO'
    )
    await store.commitSubject({ subject: person('s4', 'Bo'), event: event('s4', 'subject') }, 'DPO')
    expect(names(list.list())).toEqual(['Bo', 'Åsa', 'Ängla', 'Östen'])
    const collator = new Intl.Collator('sv')
    expect(names(list.list())).toEqual(
      names([...store.subjects()].sort((a, b) => collator.compare(a.name, b.name)))
    )
  })

  it('shares one instance per store and key, dropping those of another day', async () => {
    const store = await CaseStore.open(db)
    const monday = derivedOf(store, 'rows|2026-11-30', () => ({ day: 'monday' }))
    expect(derivedOf(store, 'rows|2026-11-30', () => ({ day: 'again' }))).toBe(monday)
    const tuesday = derivedOf(store, 'rows|2026-12-01', () => ({ day: 'tuesday' }))
    expect(tuesday.day).toBe('tuesday')
    expect(derivedOf(store, 'rows|2026-11-30', () => ({ day: 'new' })).day).toBe('new')
  })
})
