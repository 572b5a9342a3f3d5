import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDb } from './db'
import { openTestDb, removeTestDb } from './testDb'

let db: AppDb
beforeEach(async () => {
  db = await openTestDb('prefix')
})
afterEach(() => removeTestDb(db))

/** A digest-like row whose sealed value is about `kilobytes` large. */
const row = (id: string, kilobytes: number) => ({ id, items: 'x'.repeat(kilobytes * 1024) })

describe('reading large rows by prefix, a megabyte of ciphertext per step', () => {
  it('groups small rows into one step and reads every row whole', async () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      row(`caseHeads/${String(i).padStart(3, '0')}`, 10)
    )
    await db.digests.bulkPut([...rows, row('subjects/000', 10)])
    const progress: [number, number][] = []
    const read = await db.readDecryptedByPrefix('digests', ['caseHeads/'], (done, total) =>
      progress.push([done, total])
    )
    expect(read).toEqual(rows)
    expect(progress).toEqual([
      [0, 50],
      [50, 50]
    ])
  })

  it('ends a step once it holds a megabyte, and never makes a step without a row', async () => {
    const rows = [row('caseHeads/0', 600), row('caseHeads/1', 600), row('caseHeads/2', 1500)]
    rows.push(row('caseHeads/3', 5))
    await db.digests.bulkPut(rows)
    const progress: number[] = []
    const read = await db.readDecryptedByPrefix('digests', ['caseHeads/'], (done) =>
      progress.push(done)
    )
    expect(read).toEqual(rows)
    // 600 + 600 kB pass a megabyte; 1.5 MB alone passes it; the last row is a step of its own.
    expect(progress).toEqual([0, 2, 3, 4])
  })
})
