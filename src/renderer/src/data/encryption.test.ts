import Dexie, { liveQuery, type DBCore, type DBCoreMutateRequest } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeRecord, newDataKey, seal } from '@core/crypto'
import { AppDb, openRawDb } from './db'
import { recordAad, RecordTamperedError, sealRowsAsync } from './encryption'
import { blindIndex } from './blindIndex'
import { KeyHolder, VaultLockedError } from './keys'

let db: AppDb
let keys: KeyHolder
let name: string
let seen: DBCoreMutateRequest[]

const marta = {
  id: 'subject-1',
  name: 'Märta Åkesson-Öberg',
  personnummer: '196408233234',
  email: 'Marta@Example.se',
  customerRefs: ['KUND-1'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

beforeEach(async () => {
  name = `test-${crypto.randomUUID()}`
  keys = new KeyHolder()
  keys.unlock(newDataKey())
  db = new AppDb(name, keys)
  seen = []
  // A spy just above IndexedDB: it sees exactly what the encryption layer sends down.
  db.use({
    stack: 'dbcore',
    name: 'spy',
    level: 1,
    create: (down: DBCore) => ({
      ...down,
      table: (tableName: string) => {
        const table = down.table(tableName)
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => (seen.push(req), table.mutate(req))
        }
      }
    })
  })
  await db.open()
})

afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

async function rawRows(table: string): Promise<Record<string, unknown>[]> {
  const raw = openRawDb(name)
  await raw.open()
  const rows = (await raw.table(table).toArray()) as Record<string, unknown>[]
  raw.close()
  return rows
}

function containsPlaintext(value: unknown, needles: string[]): boolean {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v
  )
  return needles.some((needle) => text.includes(needle))
}

describe('encryption middleware', () => {
  it('round-trips records and stores only ciphertext, ids and chosen clear fields', async () => {
    await db.subjects.put(marta)
    expect(await db.subjects.get('subject-1')).toEqual(marta)
    const [row] = await rawRows('subjects')
    expect(Object.keys(row!).sort()).toEqual(['bidx_email', 'bidx_pnr', 'enc', 'id', 'v'])
    expect(
      containsPlaintext(row, [
        'Märta',
        'Åkesson',
        '196408233234',
        '640823',
        'marta@example.se',
        'KUND-1'
      ])
    ).toBe(false)
  })

  it('finds subjects by blind index of a normalised personnummer or e-mail', async () => {
    await db.subjects.put(marta)
    const pnrIndex = blindIndex(keys.keys.personnummerIndexKey, '196408233234')
    const emailIndex = blindIndex(keys.keys.emailIndexKey, 'marta@example.se')
    expect(
      (await db.subjects.where('bidx_pnr').equals(pnrIndex).toArray()).map((s) => s.id)
    ).toEqual(['subject-1'])
    expect(await db.subjects.where('bidx_email').equals(emailIndex).count()).toBe(1)
  })

  it('keeps nothing of a case in clear: its subject only as a blind index', async () => {
    await db.cases.put({
      id: 'case-1',
      subjectId: 'subject-1',
      type: 'access',
      status: 'received',
      receivedAt: '2026-03-05',
      reference: 'DSR-2026-0001',
      description: 'Brev från Märta'
    })
    const bySubject = blindIndex(keys.keys.subjectIndexKey, 'subject-1')
    expect(
      (await db.cases.where('bidx_subject').equals(bySubject).toArray())[0]?.['description']
    ).toBe('Brev från Märta')
    const [row] = await rawRows('cases')
    expect(Object.keys(row!).sort()).toEqual(['bidx_subject', 'enc', 'id', 'v'])
    expect(row!['v']).toBe(2)
    expect(
      containsPlaintext(row, [
        'Märta',
        'DSR-2026-0001',
        'subject-1',
        'access',
        'received',
        '2026-03-05'
      ])
    ).toBe(false)
  })

  it('links events and attachments to their case only through a blind index', async () => {
    await db.events.put({ id: 'e1', caseId: 'case-1', subject: 'Brev' })
    await db.attachments.put({ id: 'a1', caseId: 'case-1', name: 'brev.pdf' })
    const byCase = blindIndex(keys.keys.caseIndexKey, 'case-1')
    expect(await db.events.where('bidx_case').equals(byCase).count()).toBe(1)
    expect(await db.attachments.where('bidx_case').equals(byCase).count()).toBe(1)
    for (const table of ['events', 'attachments']) {
      const [row] = await rawRows(table)
      expect(Object.keys(row!).sort()).toEqual(['bidx_case', 'enc', 'id', 'v'])
      expect(containsPlaintext(row, ['case-1', 'Brev', 'brev.pdf'])).toBe(false)
    }
  })

  it('stores rows sealed ahead with WebCrypto as they are, and reads them like any other', async () => {
    const values = [marta, { ...marta, id: 'subject-2', name: 'Åke Öberg' }]
    const sealed = await sealRowsAsync('subjects', keys.keys, values)
    await db.subjects.bulkPut(sealed)
    const puts = seen.filter((req) => req.type === 'put')
    expect(puts.at(-1)!.values).toEqual(sealed)
    expect(await db.subjects.get('subject-2')).toEqual(values[1])
    const [row] = await rawRows('subjects')
    expect(Object.keys(row!).sort()).toEqual(['bidx_email', 'bidx_pnr', 'enc', 'id', 'v'])
    expect(
      (
        await db.subjects
          .where('bidx_pnr')
          .equals(row!['bidx_pnr'] as string)
          .toArray()
      ).length
    ).toBe(2)
    // A plain object shaped like a sealed row is sealed again, not stored as it is.
    await db.subjects.put({ ...sealed[0]!, name: 'Inte förseglad' })
    expect((await db.subjects.get('subject-1'))?.['name']).toBe('Inte förseglad')
  })

  it('still reads rows written in record format v1, with their clear fields checked', async () => {
    const v1 = {
      id: 'old-1',
      v: 1,
      subjectId: 's',
      type: 'access',
      status: 'received',
      due: '2026-04-07',
      receivedAt: '2026-03-05'
    }
    const value = { ...v1, reference: 'DSR-2026-0009' } as Record<string, unknown>
    delete value['v']
    const enc = seal(keys.keys.dek, encodeRecord(value), recordAad('cases', 'old-1', 1))
    const raw = openRawDb(name)
    await raw.open()
    await raw.table('cases').put({ ...v1, enc })
    expect(await db.cases.get('old-1')).toEqual(value)
    await raw.table('cases').put({ ...v1, status: 'closed', enc })
    raw.close()
    await expect(db.cases.get('old-1')).rejects.toThrow(/clear field status/)
  })

  it('encrypts attachment bytes', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 Märta Åkesson personnummer 196408233234')
    await db.attachments.put({ id: 'att-1', caseId: 'case-1', name: 'brev-märta.pdf', data: bytes })
    const stored = await db.attachments.get('att-1')
    expect(Array.from(stored?.['data'] as Uint8Array)).toEqual(Array.from(bytes))
    expect(containsPlaintext(await rawRows('attachments'), ['%PDF', 'Märta', 'brev-m'])).toBe(false)
  })

  it('rejects a flipped bit, a swapped ciphertext and an edited clear field', async () => {
    await db.cases.bulkPut([
      { id: 'a', subjectId: 's', type: 'access', status: 'received', receivedAt: '2026-03-05' },
      { id: 'b', subjectId: 's', type: 'erasure', status: 'inProgress', receivedAt: '2026-03-06' }
    ])
    await db.auditLog.put({ id: 'ev-1', seq: 1, action: 'case.create' })
    const raw = openRawDb(name)
    await raw.open()
    const [a, b] = (await raw.table('cases').toArray()) as Record<string, unknown>[]
    const flipped = (a!['enc'] as Uint8Array).slice()
    flipped[20]! ^= 1
    await raw.table('cases').put({ ...a, enc: flipped })
    await expect(db.cases.get('a')).rejects.toBeInstanceOf(RecordTamperedError)
    await raw.table('cases').put({ ...b, enc: a!['enc'] })
    await expect(db.cases.get('b')).rejects.toBeInstanceOf(RecordTamperedError)
    const [event] = (await raw.table('auditLog').toArray()) as Record<string, unknown>[]
    await raw.table('auditLog').put({ ...event, seq: 7 })
    await expect(db.auditLog.get('ev-1')).rejects.toThrow(/clear field seq/)
    raw.close()
  })

  it('refuses to read with another data key', async () => {
    await db.subjects.put(marta)
    keys.unlock(newDataKey())
    await expect(db.subjects.get('subject-1')).rejects.toBeInstanceOf(RecordTamperedError)
  })

  it('supports update, modify, bulkUpdate and upsert without plaintext reaching IndexedDB', async () => {
    await db.subjects.put(marta)
    await db.subjects.update('subject-1', { name: 'Märta Nyström' })
    await db.subjects.where('id').equals('subject-1').modify({ notes: 'Ringde 2026-03-06' })
    await db.subjects.bulkUpdate([{ key: 'subject-1', changes: { phone: '070-1234567' } }])
    await db.subjects.upsert('subject-2', { name: 'Åke Nilsson', customerRefs: [] } as never)
    expect(await db.subjects.get('subject-1')).toMatchObject({
      name: 'Märta Nyström',
      notes: 'Ringde 2026-03-06',
      phone: '070-1234567'
    })
    expect(await db.subjects.get('subject-2')).toMatchObject({
      id: 'subject-2',
      name: 'Åke Nilsson'
    })
    const puts = seen.filter((req) => req.type === 'put')
    expect(puts.length).toBeGreaterThanOrEqual(4)
    for (const req of puts) {
      expect(req).not.toHaveProperty('changeSpec')
      expect(req).not.toHaveProperty('updates')
      expect(containsPlaintext(req.values, ['Nyström', 'Ringde', '070-1234567', 'Åke'])).toBe(false)
    }
    expect(
      containsPlaintext(await rawRows('subjects'), ['Nyström', 'Ringde', '070-1234567', 'Åke'])
    ).toBe(false)
  })

  it('runs a transaction mixing reads and writes without committing early', async () => {
    await db.transaction('rw', db.subjects, db.auditLog, async () => {
      await db.subjects.put(marta)
      const read = await db.subjects.get('subject-1')
      await db.auditLog.put({ id: 'ev-1', seq: 1, summary: `read ${String(read?.['id'])}` })
      await db.subjects.update('subject-1', { notes: 'x' })
      expect((await db.subjects.get('subject-1'))?.['notes']).toBe('x')
    })
    expect(await db.auditLog.get('ev-1')).toMatchObject({ summary: 'read subject-1' })
  })

  it('iterates with cursors (each) and decrypts every value', async () => {
    await db.subjects.bulkPut([marta, { ...marta, id: 'subject-2', name: 'Åke' }])
    const names: string[] = []
    await db.subjects.each((subject) => names.push(subject['name'] as string))
    expect(names.sort()).toEqual(['Märta Åkesson-Öberg', 'Åke'])
    expect(await db.subjects.orderBy('id').primaryKeys()).toEqual(['subject-1', 'subject-2'])
  })

  it('updates live queries after writes', async () => {
    const results: number[] = []
    const subscription = liveQuery(() => db.subjects.toArray()).subscribe((rows) =>
      results.push(rows.length)
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await db.subjects.put(marta)
    await new Promise((resolve) => setTimeout(resolve, 100))
    subscription.unsubscribe()
    expect(results[0]).toBe(0)
    expect(results.at(-1)).toBe(1)
  })

  it('fails every read and write once locked', async () => {
    await db.subjects.put(marta)
    keys.lock()
    await expect(db.subjects.get('subject-1')).rejects.toBeInstanceOf(VaultLockedError)
    await expect(db.subjects.toArray()).rejects.toBeInstanceOf(VaultLockedError)
    await expect(db.subjects.put(marta)).rejects.toBeInstanceOf(VaultLockedError)
    await expect(db.subjects.count()).rejects.toBeInstanceOf(VaultLockedError)
  })

  it('leaves the keyring table unencrypted (it holds only wrapped keys)', async () => {
    await db.keyring.put({ id: 'main', keyring: { format: 'x' } as never, updatedAt: '2026-01-01' })
    keys.lock()
    expect(await db.keyring.get('main')).toMatchObject({ keyring: { format: 'x' } })
  })

  it('bulk-decrypts with WebCrypto to exactly what the middleware returns, with the same checks', async () => {
    const cases = Array.from({ length: 50 }, (_, i) => ({
      id: `c${i}`,
      subjectId: 's',
      type: 'access',
      status: 'received',
      receivedAt: '2026-03-05',
      note: `Ärende ${i}`,
      data: new Uint8Array([i])
    }))
    await db.cases.bulkPut(cases)
    const viaMiddleware = await db.cases.toArray()
    const { cases: bulk } = await db.readAllDecrypted(['cases'])
    expect(bulk.map((row) => row['id']).sort()).toEqual(
      viaMiddleware.map((row) => row['id']).sort()
    )
    const byId = new Map(bulk.map((row) => [row['id'], row]))
    for (const row of viaMiddleware) {
      expect({
        ...byId.get(row['id']),
        data: Array.from(byId.get(row['id'])!['data'] as Uint8Array)
      }).toEqual({ ...row, data: Array.from(row['data'] as Uint8Array) })
    }
    const raw = openRawDb(name)
    await raw.open()
    const [first, second] = (await raw.table('cases').bulkGet(['c1', 'c2'])) as Record<
      string,
      unknown
    >[]
    await raw.table('cases').put({ ...first, enc: second!['enc'] })
    raw.close()
    await expect(db.readAllDecrypted(['cases'])).rejects.toBeInstanceOf(RecordTamperedError)
  })

  it('keeps live queries working over the bulk path', async () => {
    const counts: number[] = []
    const subscription = liveQuery(() => db.readAllDecrypted(['cases'])).subscribe((result) =>
      counts.push(result.cases.length)
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await db.cases.put({ id: 'x', subjectId: 's', type: 'access', receivedAt: '2026-03-05' })
    await new Promise((resolve) => setTimeout(resolve, 150))
    subscription.unsubscribe()
    expect(counts[0]).toBe(0)
    expect(counts.at(-1)).toBe(1)
  })
})
