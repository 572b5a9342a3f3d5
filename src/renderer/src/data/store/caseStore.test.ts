import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newDataKey } from '@core/crypto'
import { createCase, type AuditEventInput, type DataSubject, type DsrCase } from '@core'
import { testCase, testEntry } from '../../../../../tests/fixtures/cases'
import { AppDb, openRawDb } from '../db'
import { KeyHolder } from '../keys'
import { listAttachments, stageAttachment } from '../repos/attachments.repo'
import { bulkSaveCases, getCase } from '../repos/cases.repo'
import { listAudit } from '../repos/audit.repo'
import { DIGEST_FORMAT } from '../repos/digests.repo'
import { CaseStore, DIGEST_CHUNK_SIZE } from './caseStore'
import { countMembers } from '../pages'

let db: AppDb
let name: string
let mutations: { table: string; req: DBCoreMutateRequest }[]

beforeEach(async () => {
  name = `store-${crypto.randomUUID()}`
  const keys = new KeyHolder()
  keys.unlock(newDataKey())
  db = new AppDb(name, keys)
  mutations = []
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
          mutate: (req: DBCoreMutateRequest) => (
            mutations.push({ table: tableName, req }),
            table.mutate(req)
          )
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

const event = (entityId: string): AuditEventInput => ({
  action: 'case.create',
  entityType: 'case',
  entityId,
  params: {}
})

const subject = (id: string, name: string): DataSubject => ({
  id,
  name,
  customerRefs: [],
  notes: `Anteckning om ${name}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

function withTasks(dsrCase: DsrCase): DsrCase {
  return {
    ...dsrCase,
    description: 'Lång beskrivning',
    tasks: [
      { id: 't1', label: 'A', done: true },
      { id: 't2', label: 'B', done: false }
    ],
    correspondence: [
      {
        id: `${dsrCase.id}-out`,
        direction: 'out',
        medium: 'letter',
        at: '2026-03-06T10:00:00.000Z',
        subject: 'Brev',
        attachmentIds: [],
        toPost: true
      }
    ]
  }
}

describe('case store', () => {
  it('keeps heads without long texts, counts tasks and letters to post, and reopens from digests', async () => {
    const store = await CaseStore.open(db)
    expect(store.source).toBe('rows')
    await store.commitSubject(
      { subject: subject('s1', 'Märta Åkesson'), event: { ...event('s1'), entityType: 'subject' } },
      'DPO'
    )
    const dsrCase = withTasks(testCase({ id: 'c1', subjectId: 's1' }))
    await store.commitCase({ change: { case: dsrCase, event: event('c1') } }, 'DPO')

    const head = store.caseHead('c1')!
    expect(head).not.toHaveProperty('description')
    expect(head).not.toHaveProperty('tasks')
    expect(head).not.toHaveProperty('correspondence')
    expect(head).toMatchObject({ reference: 'DSR-2026-0001', openTasks: 1, lettersToPost: 1 })
    expect(store.subject('s1')).not.toHaveProperty('notes')
    expect(store.casesOfSubject('s1').map((c) => c.id)).toEqual(['c1'])
    expect(await store.case('c1')).toEqual(dsrCase)
    expect((await listAudit(db)).map((e) => e.entityId)).toEqual(['s1', 'c1'])

    const reopened = await CaseStore.open(db)
    expect(reopened.source).toBe('digests')
    expect(reopened.caseHeads()).toEqual(store.caseHeads())
    expect(reopened.subjects()).toEqual(store.subjects())
  })

  it('stores one case in two commits of one write as the last commit left it, each audited', async () => {
    const store = await CaseStore.open(db)
    const first = withTasks(testCase({ id: 'c1', subjectId: 's1' }))
    await store.commitCase({ change: { case: first, event: event('c1') } }, 'DPO')
    const entry = first.correspondence[0]!
    const added = { ...entry, id: 'c1-in', direction: 'in' as const, toPost: false }
    // The first commit adds an entry, the second (made from the first) takes it out again:
    // written side by side, the second would not see the first's entry to delete it.
    const grown = { ...first, correspondence: [entry, added] }
    const last = { ...first, correspondence: [entry] }
    await store.commitCases(
      [
        { change: { case: grown, event: event('c1') } },
        { change: { case: last, event: event('c1') } }
      ],
      'DPO'
    )
    expect(await getCase(db, 'c1')).toEqual(last)
    const audit = await listAudit(db)
    expect(audit.map((e) => e.seq)).toEqual([1, 2, 3])
    expect((await CaseStore.open(db)).caseHead('c1')).toEqual(store.caseHead('c1'))
  })

  it('updates the view in place on a write, without reading a table again', async () => {
    const store = await CaseStore.open(db)
    let notified = 0
    store.subscribe(() => notified++)
    const before = store.version
    const reads: string[] = []
    const original = db.readAllDecrypted.bind(db)
    db.readAllDecrypted = ((tables: readonly string[]) => {
      reads.push(...tables)
      return original(tables)
    }) as typeof db.readAllDecrypted
    await store.commitCase(
      { change: { case: testCase({ id: 'c1', subjectId: 's1' }), event: event('c1') } },
      'DPO'
    )
    expect(store.version).toBe(before + 1)
    expect(notified).toBe(1)
    expect(reads).toEqual([])
    expect(store.caseHeads().map((c) => c.id)).toEqual(['c1'])
  })

  it('rebuilds digests of an earlier format from the rows, in rows of the current size', async () => {
    const cases = Array.from({ length: DIGEST_CHUNK_SIZE * 3 }, (_, i) =>
      testCase({ id: `c${String(i).padStart(4, '0')}`, subjectId: `s${i % 7}` })
    )
    await bulkSaveCases(db, cases)
    const first = await CaseStore.open(db)
    expect(first.source).toBe('rows')
    const manifest = await db.digests.get('manifest')
    await db.digests.put({ ...manifest!, format: DIGEST_FORMAT - 1 })
    const reopened = await CaseStore.open(db)
    expect(reopened.source).toBe('rows')
    expect(reopened.caseHeads()).toHaveLength(cases.length)
    const chunks = (await db.digests.toArray()).filter((row) => row.id !== 'manifest')
    for (const chunk of chunks)
      expect((chunk['items'] as unknown[]).length).toBeLessThanOrEqual(DIGEST_CHUNK_SIZE)
    expect((await db.digests.get('manifest'))?.['format']).toBe(DIGEST_FORMAT)
    expect((await CaseStore.open(db)).source).toBe('digests')
  })

  it('re-seals only the digest chunk that holds a changed case', async () => {
    const cases = Array.from({ length: DIGEST_CHUNK_SIZE + 10 }, (_, i) =>
      testCase({ id: `c${String(i).padStart(4, '0')}`, subjectId: `s${i % 7}` })
    )
    await bulkSaveCases(db, cases)
    const store = await CaseStore.open(db)
    expect(store.source).toBe('rows')
    expect(store.caseHeads()).toHaveLength(cases.length)
    mutations = []
    await store.commitCase(
      { change: { case: { ...cases[3]!, status: 'inProgress' }, event: event('c0003') } },
      'DPO'
    )
    const digestPuts = mutations.filter((m) => m.table === 'digests' && m.req.type === 'put')
    const ids = digestPuts.flatMap((m) =>
      (m.req as unknown as { values: { id: string }[] }).values.map((row) => row.id)
    )
    expect(ids).toHaveLength(2)
    expect(ids).toContain('manifest')
    const reopened = await CaseStore.open(db)
    expect(reopened.source).toBe('digests')
    expect(reopened.caseHead('c0003')?.status).toBe('inProgress')
    expect(reopened.caseHeads()).toHaveLength(cases.length)
  })

  it('rebuilds after a bulk write past it, which drops the digests in its transaction', async () => {
    const store = await CaseStore.open(db)
    await store.commitCase({ change: { case: testCase({ id: 'c1' }), event: event('c1') } }, 'DPO')
    await bulkSaveCases(db, [testCase({ id: 'c2', reference: 'DSR-2026-0002' })])
    const reopened = await CaseStore.open(db)
    expect(reopened.source).toBe('rows')
    expect(
      reopened
        .caseHeads()
        .map((c) => c.id)
        .sort()
    ).toEqual(['c1', 'c2'])
  })

  it('writes nothing and changes nothing when a commit fails', async () => {
    const store = await CaseStore.open(db)
    const staged = await stageAttachment(db, {
      caseId: 'c1',
      name: 'brev.pdf',
      mime: 'application/pdf',
      data: new Uint8Array([1, 2, 3]),
      addedAt: '2026-03-06T10:00:00.000Z'
    })
    const invalid = { ...testCase({ id: 'c1' }), reference: 'not a reference' }
    await expect(
      store.commitCase(
        { change: { case: invalid, event: event('c1') }, attachments: [staged] },
        'DPO'
      )
    ).rejects.toThrow()
    expect(store.caseHeads()).toEqual([])
    expect(await getCase(db, 'c1')).toBeUndefined()
    expect(await listAttachments(db, 'c1')).toEqual([])
    expect(await db.attachmentData.count()).toBe(0)
    expect(await listAudit(db)).toEqual([])
    // The store still works afterwards.
    await store.commitCase(
      { change: { case: testCase({ id: 'c1' }), event: event('c1') }, attachments: [staged] },
      'DPO'
    )
    expect((await listAttachments(db, 'c1')).map((a) => a.name)).toEqual(['brev.pdf'])
  })

  it('keeps digests sealed: no name, reference or note in clear', async () => {
    const store = await CaseStore.open(db)
    await store.commitSubject(
      { subject: subject('s1', 'Märta Åkesson'), event: { ...event('s1'), entityType: 'subject' } },
      'DPO'
    )
    await store.commitCase(
      { change: { case: testCase({ id: 'c1', subjectId: 's1' }), event: event('c1') } },
      'DPO'
    )
    const raw = openRawDb(name)
    await raw.open()
    const rows = await raw.table('digests').toArray()
    raw.close()
    const text = JSON.stringify(rows, (_k, v: unknown) =>
      v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v
    )
    for (const needle of ['Märta', 'Åkesson', 'DSR-2026-0001', '"s1"', 'received'])
      expect(text).not.toContain(needle)
  })

  it('runs writes one at a time, in order', async () => {
    const store = await CaseStore.open(db)
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.commitCase(
          {
            change: {
              case: testCase({ id: `c${i}`, reference: `DSR-2026-000${i + 1}` }),
              event: event(`c${i}`)
            }
          },
          'DPO'
        )
      )
    )
    expect((await listAudit(db)).map((e) => e.entityId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect((await CaseStore.open(db)).caseHeads()).toHaveLength(5)
  })
})

describe('case store partitions', () => {
  const at = (iso: string) => () => new Date(iso)
  const closedLongAgo = (id: string) =>
    testCase({
      id,
      reference: `DSR-2023-${id.padStart(4, '0')}`,
      receivedAt: '2023-02-01',
      status: 'closed',
      answeredAt: '2023-02-20',
      closedAt: '2023-02-21T10:00:00.000Z',
      createdAt: '2023-02-01T10:00:00.000Z'
    })

  it('reads open, recent and blocked cases first and the archive after', async () => {
    const store = await CaseStore.open(db, { clock: at('2026-12-01T10:00:00Z') })
    await store.commitCase({ change: { case: closedLongAgo('1'), event: event('1') } }, 'DPO')
    await store.commitCase(
      {
        change: {
          case: {
            ...closedLongAgo('2'),
            erasure: [{ categoryId: 'bokforing', action: 'block', releaseDate: '2031-01-01' }]
          },
          event: event('2')
        }
      },
      'DPO'
    )
    await store.commitCase(
      { change: { case: { ...closedLongAgo('3'), status: 'inProgress' }, event: event('3') } },
      'DPO'
    )
    await store.commitCase({ change: { case: testCase({ id: '4' }), event: event('4') } }, 'DPO')

    const reopened = await CaseStore.open(db, { clock: at('2026-12-01T10:00:00Z') })
    expect(reopened.isComplete).toBe(false)
    expect(
      reopened
        .caseHeads()
        .map((c) => c.id)
        .sort()
    ).toEqual(['2', '3', '4'])
    await reopened.loaded
    expect(reopened.isComplete).toBe(true)
    expect(
      reopened
        .caseHeads()
        .map((c) => c.id)
        .sort()
    ).toEqual(['1', '2', '3', '4'])
  })

  it('gives the next reference number from the highest of each year, kept up to date by writes', async () => {
    const clock = at('2026-12-01T10:00:00Z')
    const store = await CaseStore.open(db, { clock })
    await store.commitCase({ change: { case: closedLongAgo('7'), event: event('7') } }, 'DPO')
    for (const id of ['a', 'b'])
      await store.commitCase(
        {
          change: {
            case: testCase({ id, reference: `DSR-2026-00${id === 'a' ? '41' : '42'}` }),
            event: event(id)
          }
        },
        'DPO'
      )
    const reopened = await CaseStore.open(db, { clock })
    await reopened.loaded
    const ctx = { now: clock(), actor: 'DPO', newId: () => 'c' }
    const created = createCase(
      { type: 'access', channel: 'letter', subjectId: 's1', receivedAt: '2026-12-01' },
      reopened.references(),
      ctx
    )
    expect(created.ok && created.value.case.reference).toBe('DSR-2026-0043')
    // The highest of each year: the archived case's year, and 2026 counted over all its cases.
    expect(reopened.references().sort()).toEqual([closedLongAgo('7').reference, 'DSR-2026-0042'])
    // Kept up to date by a write, without counting again.
    if (!created.ok) throw new Error('not created')
    await reopened.commitCase({ change: created.value }, 'DPO')
    expect(reopened.references()).toContain('DSR-2026-0043')
  })

  it('moves cases that aged out to the archive after loading, and writes wait for the archive', async () => {
    const early = await CaseStore.open(db, { clock: at('2026-03-10T10:00:00Z') })
    await early.commitCase(
      {
        change: {
          case: testCase({
            id: 'a',
            status: 'closed',
            answeredAt: '2026-03-06',
            closedAt: '2026-03-07T10:00:00.000Z'
          }),
          event: event('a')
        }
      },
      'DPO'
    )
    // Two years on, the case no longer belongs to the first screen.
    const later = await CaseStore.open(db, { clock: at('2028-06-01T10:00:00Z') })
    expect(later.caseHeads().map((c) => c.id)).toEqual(['a'])
    const write = later.commitCase(
      { change: { case: testCase({ id: 'b', reference: 'DSR-2028-0001' }), event: event('b') } },
      'DPO'
    )
    await write
    expect(later.isComplete).toBe(true)
    await later.settled()
    const again = await CaseStore.open(db, { clock: at('2028-06-01T10:00:00Z') })
    expect(again.caseHeads().map((c) => c.id)).toEqual(['b'])
    await again.loaded
    expect(
      again
        .caseHeads()
        .map((c) => c.id)
        .sort()
    ).toEqual(['a', 'b'])
  })
})

describe('case store, several records in one write', () => {
  it('moves cases to another subject and deletes the merged record together', async () => {
    const store = await CaseStore.open(db)
    await store.commitSubject(
      { subject: subject('s1', 'Märta Åkesson'), event: { ...event('s1'), entityType: 'subject' } },
      'DPO'
    )
    await store.commitSubject(
      { subject: subject('s2', 'M. Åkesson'), event: { ...event('s2'), entityType: 'subject' } },
      'DPO'
    )
    await store.commitCase(
      { change: { case: testCase({ id: 'c1', subjectId: 's2' }), event: event('c1') } },
      'DPO'
    )
    expect(store.casesOfSubject('s2').map((c) => c.id)).toEqual(['c1'])
    await store.commit(
      {
        subjects: [{ ...subject('s1', 'Märta Åkesson'), customerRefs: ['KUND-9'] }],
        deleteSubjectIds: ['s2'],
        cases: [
          {
            change: {
              case: testCase({ id: 'c1', subjectId: 's1' }),
              event: { action: 'case.subject-move', entityType: 'case', entityId: 'c1', params: {} }
            }
          }
        ],
        events: [{ action: 'subject.merge', entityType: 'subject', entityId: 's1', params: {} }]
      },
      'DPO'
    )
    expect(store.subject('s2')).toBeUndefined()
    expect(store.casesOfSubject('s1').map((c) => c.id)).toEqual(['c1'])
    expect(store.casesOfSubject('s2')).toEqual([])
    expect(await countMembers(db, 'subjectPages')).toBe(1)
    expect((await listAudit(db)).map((e) => e.action).slice(-2)).toEqual([
      'case.subject-move',
      'subject.merge'
    ])
    const reopened = await CaseStore.open(db)
    expect(reopened.source).toBe('digests')
    await reopened.loaded
    expect(reopened.subjects().map((s) => s.id)).toEqual(['s1'])
    expect(reopened.subject('s1')?.customerRefs).toEqual(['KUND-9'])
  })
})

describe('orphan attachments (issue 14)', () => {
  const file = (caseId: string, name: string) =>
    stageAttachment(db, {
      caseId,
      name,
      mime: 'application/pdf',
      data: new Uint8Array([1, 2, 3]),
      addedAt: '2026-03-06T10:00:00.000Z'
    })

  it('removes attachments no entry refers to and bytes without metadata, audited; keeps the rest', async () => {
    const store = await CaseStore.open(db)
    const kept = await file('c1', 'brev.pdf')
    const base = testCase({ id: 'c1' })
    const withEntry: DsrCase = {
      ...base,
      correspondence: [testEntry({ attachmentIds: [kept.meta.id] })]
    }
    await store.commitCase(
      { change: { case: withEntry, event: event('c1') }, attachments: [kept] },
      'DPO'
    )
    // What a failed save left before attachments went into the entry's transaction.
    const unreferenced = await file('c1', 'halvsparad.pdf')
    const ofNoCase = await file('c-gone', 'ingen.pdf')
    const bytesOnly = await file('c1', 'bara-bytes.pdf')
    await db.transaction('rw', db.attachments, db.attachmentData, async () => {
      await db.attachments.bulkPut([unreferenced.rows.meta, ofNoCase.rows.meta])
      await db.attachmentData.bulkPut([
        unreferenced.rows.data,
        ofNoCase.rows.data,
        bytesOnly.rows.data
      ])
    })

    expect(await store.sweepOrphanAttachments('DPO')).toBe(3)
    expect((await listAttachments(db, 'c1')).map((a) => a.name)).toEqual(['brev.pdf'])
    expect(await listAttachments(db, 'c-gone')).toEqual([])
    expect(((await db.attachmentData.toCollection().primaryKeys()) as string[]).sort()).toEqual([
      kept.meta.id
    ])
    const last = (await listAudit(db)).at(-1)!
    expect(last).toMatchObject({ action: 'vault.attachment-sweep', params: { count: 3 } })

    // Nothing left to sweep: nothing written, not even an audit event.
    const events = (await listAudit(db)).length
    expect(await store.sweepOrphanAttachments('DPO')).toBe(0)
    expect((await listAudit(db)).length).toBe(events)
  })
})
