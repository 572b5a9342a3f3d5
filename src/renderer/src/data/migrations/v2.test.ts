import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeRecord, newDataKey, seal } from '@core/crypto'
import { testCase } from '../../../../../tests/fixtures/cases'
import { AppDb, openRawDb } from '../db'
import { recordAad } from '../encryption'
import { KeyHolder } from '../keys'
import { getAttachment, listAttachments } from '../repos/attachments.repo'
import { assembleCase, caseIdsOfSubject, getCase } from '../repos/cases.repo'
import { SCHEMA_V1 } from '../schema'
import { CaseStore } from '../store/caseStore'
import { migrateToV2, needsV2Migration } from './v2'
import { migrateToV3 } from './v3'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** A row exactly as format v1 stored it: clear copies of the chosen fields, v1 associated data. */
function v1Row(
  dek: Uint8Array,
  table: string,
  value: Record<string, unknown>,
  clear: readonly string[]
): Record<string, unknown> {
  const row: Record<string, unknown> = { id: value['id'], v: 1 }
  for (const field of clear) row[field] = value[field]
  row['enc'] = seal(dek, encodeRecord(value), recordAad(table, String(value['id']), 1))
  return row
}

/** A database as the app wrote it before schema v2 (the fixture every v1 install has). */
async function v1Database(count: number): Promise<{ name: string; dek: Uint8Array }> {
  const name = `v1-${crypto.randomUUID()}`
  names.push(name)
  const dek = newDataKey()
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1.stores)
  await old.open()
  const cases = Array.from({ length: count }, (_, i) => ({
    ...testCase({
      id: `c${i}`,
      subjectId: `s${i % 3}`,
      reference: `DSR-2026-${String(i + 1).padStart(4, '0')}`
    }),
    due: '2026-04-07'
  }))
  for (const dsrCase of cases) {
    const { correspondence: _c, ...row } = dsrCase
    await old
      .table('cases')
      .put(v1Row(dek, 'cases', row, ['subjectId', 'type', 'status', 'due', 'receivedAt']))
  }
  await old.table('events').put(
    v1Row(
      dek,
      'events',
      {
        id: 'e1',
        caseId: 'c0',
        direction: 'in',
        medium: 'letter',
        at: '2026-03-05T10:00:00.000Z',
        subject: 'Brev från Märta',
        attachmentIds: ['a1']
      },
      ['caseId']
    )
  )
  await old.table('attachments').put(
    v1Row(
      dek,
      'attachments',
      {
        id: 'a1',
        caseId: 'c0',
        name: 'brev.jpg',
        mime: 'image/jpeg',
        size: 4,
        addedAt: '2026-03-05T10:00:00.000Z',
        data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0])
      },
      ['caseId']
    )
  )
  await old.table('subjects').put(
    v1Row(
      dek,
      'subjects',
      {
        id: 's0',
        name: 'Märta Åkesson',
        customerRefs: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z'
      },
      []
    )
  )
  await old
    .table('settings')
    .put(v1Row(dek, 'settings', { id: 'security', value: { idleMinutes: 5 } }, []))
  old.close()
  return { name, dek }
}

async function formats(name: string): Promise<Record<string, unknown[]>> {
  const raw = openRawDb(name)
  await raw.open()
  const result: Record<string, unknown[]> = {}
  for (const table of ['subjects', 'cases', 'events', 'attachments', 'attachmentData', 'settings'])
    result[table] = (await raw.table(table).toArray()).map((row) => (row as { v: unknown }).v)
  raw.close()
  return result
}

describe('record format v1 → v2', () => {
  it('rewrites every v1 row, splits attachments, and the data reads the same', async () => {
    const { name, dek } = await v1Database(5)
    const keys = new KeyHolder()
    keys.unlock(dek)
    const db = new AppDb(name, keys)
    await db.open()
    expect(await needsV2Migration(db)).toBe(true)
    // What the v1 row holds, read through the middleware (repositories read pages, v3).
    const before = assembleCase((await db.cases.get('c1'))!, [])
    const progress: number[] = []
    const rewritten = await migrateToV2(db, ({ done, total }) => progress.push(done / total))
    expect(rewritten).toBe(5 + 1 + 1 + 1 + 1)
    expect(progress.at(-1)).toBe(1)
    expect(await needsV2Migration(db)).toBe(false)
    const after = await formats(name)
    for (const versions of Object.values(after)) expect(new Set(versions)).toEqual(new Set([2]))
    const raw = openRawDb(name)
    await raw.open()
    const caseRow = (await raw.table('cases').get('c1')) as Record<string, unknown>
    raw.close()
    expect(Object.keys(caseRow).sort()).toEqual(['bidx_subject', 'enc', 'id', 'v'])
    // The app moves subjects and cases into pages next (v3), then reads them.
    expect(await migrateToV3(db)).toBe(5 + 1)
    expect(await getCase(db, 'c1')).toEqual(before)
    expect((await getCase(db, 'c0'))?.correspondence.map((e) => e.subject)).toEqual([
      'Brev från Märta'
    ])
    expect((await caseIdsOfSubject(db, 's0')).sort()).toEqual(['c0', 'c3'])
    expect((await listAttachments(db, 'c0')).map((a) => a.name)).toEqual(['brev.jpg'])
    expect(Array.from((await getAttachment(db, 'a1'))!.data)).toEqual([0xff, 0xd8, 0xff, 0xe0])
    const store = await CaseStore.open(db)
    expect(store.caseHeads()).toHaveLength(5)
    expect(store.caseHead('c1')).not.toHaveProperty('due')
    db.close()
  })

  it('carries on after a crash half-way, and a second run changes nothing', async () => {
    const { name, dek } = await v1Database(450)
    const keys = new KeyHolder()
    keys.unlock(dek)
    const db = new AppDb(name, keys)
    await db.open()
    // The first run dies after its first batches (as if the app were killed).
    await expect(
      migrateToV2(db, ({ done }) => {
        if (done > 250) throw new Error('killed')
      })
    ).rejects.toThrow('killed')
    const half = await formats(name)
    expect(half['cases']).toContain(1)
    expect(half['cases']).toContain(2)
    // Both formats read meanwhile.
    expect((await db.cases.get('c400'))?.['reference']).toBe('DSR-2026-0401')
    expect((await db.cases.get('c0'))?.['reference']).toBe('DSR-2026-0001')
    expect(await needsV2Migration(db)).toBe(true)
    const second = await migrateToV2(db)
    expect(second).toBeGreaterThan(0)
    expect(second).toBeLessThan(450 + 4)
    expect(new Set((await formats(name))['cases'])).toEqual(new Set([2]))
    expect(await migrateToV2(db)).toBe(0)
    await migrateToV3(db)
    expect((await CaseStore.open(db)).caseHeads()).toHaveLength(450)
    db.close()
  })
})
