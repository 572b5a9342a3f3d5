import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DsrCase } from '@core'
import { testCase, testEntry } from '../../../../../tests/fixtures/cases'
import type { AppDb } from '../db'
import { openTestDb, removeTestDb } from '../testDb'
import { bulkSaveCases, readAllCases } from './cases.repo'
import { bulkSaveSubjects, listSubjects } from './subjects.repo'

let db: AppDb
beforeEach(async () => {
  db = await openTestDb('bulk')
})
afterEach(() => removeTestDb(db))

const withEntry = (dsrCase: DsrCase): DsrCase => ({
  ...dsrCase,
  correspondence: [testEntry({ id: `${dsrCase.id}-in`, subject: 'Begäran' })]
})

describe('bulk writes sealed batch by batch in one transaction', () => {
  it('stores every record of many batches, readable as written', async () => {
    const cases = Array.from({ length: 1_234 }, (_, i) =>
      withEntry(testCase({ id: `c${i}`, subjectId: `s${i % 40}` }))
    )
    await bulkSaveCases(db, cases)
    const read = await readAllCases(db)
    expect(read).toHaveLength(cases.length)
    expect(read.find((c) => c.id === 'c1233')).toEqual(cases[1_233])
    const subjects = Array.from({ length: 600 }, (_, i) => ({
      id: `s${i}`,
      name: `Märta ${i}`,
      customerRefs: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }))
    await bulkSaveSubjects(db, subjects)
    expect(await listSubjects(db)).toHaveLength(600)
  })

  it('writes nothing when a later batch cannot be sealed', async () => {
    const cases = Array.from({ length: 1_100 }, (_, i) => testCase({ id: `c${i}` }))
    // The third batch (rows 1000…) holds a record without an id: sealing it fails.
    cases[1_050] = { ...cases[1_050]!, id: '' }
    await expect(bulkSaveCases(db, cases)).rejects.toThrow(/string id/)
    expect(await db.raw.table('casePages').count()).toBe(0)
    expect(await db.raw.table('events').count()).toBe(0)
  })
})
