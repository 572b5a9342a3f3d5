import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { newDataKey } from '@core/crypto'
import { testCase } from '../../../../../tests/fixtures/cases'
import { AppDb, openRawDb } from '../db'
import { encryptRow, TABLE_POLICIES } from '../encryption'
import { KeyHolder } from '../keys'
import { countMembers } from '../pages'
import { caseIdsOfSubject, getCase } from '../repos/cases.repo'
import { findSubjectsByPersonnummer, getSubject, listSubjects } from '../repos/subjects.repo'
import { SCHEMA_V1, SCHEMA_V2 } from '../schema'
import { CaseStore } from '../store/caseStore'
import { migrateToV3, needsV3Migration } from './v3'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const subjectOf = (i: number) => ({
  id: `s${i}`,
  name: `Märta ${i}`,
  personnummer: `19800101${String(1000 + i).slice(-4)}`,
  customerRefs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

/** A database as the app wrote it at schema v2: one sealed row per subject and per case. */
async function v2Database(
  subjects: number,
  cases: number
): Promise<{ name: string; keys: KeyHolder }> {
  const name = `v2-${crypto.randomUUID()}`
  names.push(name)
  const keys = new KeyHolder()
  keys.unlock(newDataKey())
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1.stores)
  old.version(2).stores(SCHEMA_V2.stores)
  await old.open()
  await old
    .table('subjects')
    .bulkPut(
      Array.from({ length: subjects }, (_, i) =>
        encryptRow('subjects', TABLE_POLICIES['subjects']!, keys.keys, subjectOf(i))
      )
    )
  await old.table('cases').bulkPut(
    Array.from({ length: cases }, (_, i) => {
      const { correspondence: _c, ...row } = testCase({
        id: `c${i}`,
        subjectId: `s${i % subjects}`,
        reference: `DSR-2026-${String(i + 1).padStart(4, '0')}`
      })
      return encryptRow('cases', TABLE_POLICIES['cases']!, keys.keys, row)
    })
  )
  old.close()
  return { name, keys }
}

async function rowCounts(name: string): Promise<Record<string, number>> {
  const raw = openRawDb(name)
  await raw.open()
  const counts: Record<string, number> = {}
  for (const table of ['subjects', 'cases', 'subjectPages', 'casePages'])
    counts[table] = await raw.table(table).count()
  raw.close()
  return counts
}

describe('record format v2 → v3 (pages)', () => {
  it('moves every subject and case into pages, empties the v2 tables, and the data reads the same', async () => {
    const { name, keys } = await v2Database(40, 100)
    const db = new AppDb(name, keys)
    await db.open()
    expect(db.verno).toBe(3)
    expect(await needsV3Migration(db)).toBe(true)
    const before = { subject: await db.subjects.get('s7'), case: await db.cases.get('c42') }
    const progress: number[] = []
    expect(await migrateToV3(db, ({ done, total }) => progress.push(done / total))).toBe(140)
    expect(progress.at(-1)).toBe(1)
    expect(await needsV3Migration(db)).toBe(false)
    const counts = await rowCounts(name)
    expect(counts).toMatchObject({ subjects: 0, cases: 0 })
    // Pages of up to 16: 40 subjects in 3 pages, 100 cases in 7.
    expect(counts['subjectPages']).toBe(3)
    expect(counts['casePages']).toBe(7)
    expect(await countMembers(db, 'subjectPages')).toBe(40)
    expect(await countMembers(db, 'casePages')).toBe(100)
    expect(await getSubject(db, 's7')).toEqual(before.subject)
    expect({ ...(await getCase(db, 'c42')), correspondence: undefined }).toEqual({
      ...before.case,
      correspondence: undefined
    })
    expect(await findSubjectsByPersonnummer(db, '198001011007')).toEqual([before.subject])
    expect((await caseIdsOfSubject(db, 's2')).sort()).toEqual(['c2', 'c42', 'c82'])
    expect(await listSubjects(db)).toHaveLength(40)
    const store = await CaseStore.open(db)
    await store.loaded
    expect(store.caseHeads()).toHaveLength(100)
    expect(store.subjects()).toHaveLength(40)
    db.close()
  })

  it('carries on after a crash half-way: every record in exactly one place, none twice', async () => {
    const { name, keys } = await v2Database(3_000, 10)
    const db = new AppDb(name, keys)
    await db.open()
    // The first run dies after its first batch (as if the app were killed).
    await expect(
      migrateToV3(db, ({ done }) => {
        if (done > 0) throw new Error('killed')
      })
    ).rejects.toThrow('killed')
    const half = await rowCounts(name)
    expect(half['subjects']).toBeGreaterThan(0)
    expect(half['subjects']).toBeLessThan(3_000)
    expect(half['subjects']! + (await countMembers(db, 'subjectPages'))).toBe(3_000)
    expect(await needsV3Migration(db)).toBe(true)
    const second = await migrateToV3(db)
    expect(second).toBe(half['subjects']! + 10)
    expect(await migrateToV3(db)).toBe(0)
    const subjects = await listSubjects(db)
    expect(subjects).toHaveLength(3_000)
    expect(new Set(subjects.map((s) => s.id)).size).toBe(3_000)
    expect(await countMembers(db, 'casePages')).toBe(10)
    db.close()
  })
})
