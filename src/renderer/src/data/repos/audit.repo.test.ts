import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditMarkKey, createAuditMark, type AuditMark } from '@core/audit/auditMark'
import { hkdfSha256, utf8, type PassphraseKdf } from '@core/crypto'
import type { AuditEvent } from '@core'
import { AppDb, openRawDb } from '../db'
import { KeyHolder } from '../keys'
import { Vault } from '../vault'
import { appendAuditNote, checkAuditIntegrity, listAudit, onAuditCommitted } from './audit.repo'

const fakeKdf: PassphraseKdf = async (passphrase, params) =>
  hkdfSha256(utf8(passphrase), utf8(params.salt), 'test-kdf')

let name: string
let db: AppDb
let committed: AuditEvent[]

beforeEach(async () => {
  name = `audit-${crypto.randomUUID()}`
  db = new AppDb(name, new KeyHolder())
  await new Vault(db, fakeKdf).setUp('korrekt häst batteri')
  committed = []
  onAuditCommitted(db, (head) => committed.push(head))
})

afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

async function addEvents(count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await appendAuditNote(
      db,
      {
        action: 'case.status',
        entityType: 'case',
        entityId: `case-${i}`,
        params: { reference: `DSR-2026-000${i}`, from: 'received', to: 'inProgress' }
      },
      'Susanne Bäcklund',
      new Date(Date.UTC(2026, 2, 1 + i, 9))
    )
}

/** The mark main would hold: made by the renderer after each commit. */
const markNow = () => createAuditMark(auditMarkKey(db.keys.keys.dek), committed.at(-1) ?? null)

/** What someone with access to the profile files can do: raw rows, no key. */
async function raw<T>(work: (rawDb: Dexie) => Promise<T>): Promise<T> {
  const rawDb = openRawDb(name)
  try {
    return await work(rawDb)
  } finally {
    rawDb.close()
  }
}

const deleteFromSeq = (seq: number) =>
  raw((rawDb) => rawDb.table('auditLog').where('seq').aboveOrEqual(seq).delete())

const check = async (mark: AuditMark | null) => (await checkAuditIntegrity(db, mark)).integrity

describe('audit completeness against the high-water mark', () => {
  it('reports each committed head once the transaction has completed', async () => {
    await addEvents(3)
    expect(committed.map((event) => event.seq)).toEqual([1, 2, 3])
    await expect(
      db.transaction('rw', [db.auditLog, db.settings], async () => {
        await appendAuditNote(
          db,
          { action: 'vault.audit-gap', entityType: 'vault', entityId: 'x', params: { kind: 'x' } },
          'DPO',
          new Date()
        )
        throw new Error('rolled back')
      })
    ).rejects.toThrow('rolled back')
    expect(committed).toHaveLength(3)
    expect(await listAudit(db)).toHaveLength(3)
  })

  it('passes a whole log, and a fresh profile without a mark', async () => {
    expect(await check(null)).toEqual({ status: 'ok', count: 0, mark: 'none' })
    await addEvents(5)
    expect(await check(markNow())).toEqual({ status: 'ok', count: 5, mark: 'matched' })
  })

  it('detects the last events deleted together with the head row', async () => {
    await addEvents(6)
    const mark = markNow()
    await deleteFromSeq(5)
    await raw((rawDb) => rawDb.table('settings').delete('audit-head'))
    expect(await check(mark)).toMatchObject({
      status: 'truncated',
      expected: 6,
      found: 4,
      missing: 2,
      lastKeptAt: '2026-03-04T09:00:00.000Z',
      lastMissingAt: '2026-03-06T09:00:00.000Z'
    })
  })

  it('detects an old head row replayed over a cut log', async () => {
    await addEvents(3)
    const oldHead = await raw((rawDb) => rawDb.table('settings').get('audit-head'))
    await addEvents(4)
    const mark = markNow()
    await deleteFromSeq(4)
    await raw((rawDb) => rawDb.table('settings').put(oldHead))
    expect(await check(mark)).toMatchObject({ status: 'truncated', found: 3, missing: 4 })
  })

  it('detects the whole log deleted', async () => {
    await addEvents(4)
    const mark = markNow()
    await raw(async (rawDb) => {
      await rawDb.table('auditLog').clear()
      await rawDb.table('settings').delete('audit-head')
    })
    expect(await check(mark)).toMatchObject({
      status: 'truncated',
      found: 0,
      missing: 4,
      lastKeptAt: null
    })
  })

  it('checks a long log in slices with the same result', async () => {
    await addEvents(25)
    const mark = markNow()
    const progress: number[] = []
    const { integrity, last } = await checkAuditIntegrity(db, mark, {
      pageSize: 4,
      onProgress: (done) => progress.push(done)
    })
    expect(integrity).toEqual({ status: 'ok', count: 25, mark: 'matched' })
    expect(last?.seq).toBe(25)
    expect(progress).toEqual([4, 8, 12, 16, 20, 24, 25])
  })
})
