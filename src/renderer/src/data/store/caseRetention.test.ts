import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { annualReport, computeDeadlines, type DataSubject, type DsrCase } from '@core'
import { testCase, testEntry } from '../../../../../tests/fixtures/cases'
import type { AppDb } from '../db'
import { openTestDb, removeTestDb } from '../testDb'
import { listAttachments, stageAttachment } from '../repos/attachments.repo'
import { getCase } from '../repos/cases.repo'
import { listAudit, verifyAudit } from '../repos/audit.repo'
import { loadDeletedCaseRecords } from '../repos/statistics.repo'
import { getSubject } from '../repos/subjects.repo'
import { CaseNotDeletableError, CaseStore } from './caseStore'

let db: AppDb

beforeEach(async () => {
  db = await openTestDb('retention')
})

afterEach(() => removeTestDb(db))

const person = (id: string): DataSubject => ({
  id,
  name: `Person ${id}`,
  customerRefs: [],
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z'
})

const closed = (id: string, subjectId: string, overrides: Partial<DsrCase> = {}): DsrCase =>
  testCase({
    id,
    subjectId,
    reference: `DSR-2020-${id.padStart(4, '0')}`,
    receivedAt: '2020-03-02',
    status: 'closed',
    answeredAt: '2020-03-20',
    closedAt: '2020-03-25T10:00:00.000Z',
    ...overrides
  })

async function seed(store: CaseStore, dsrCase: DsrCase) {
  const staged = await stageAttachment(db, {
    caseId: dsrCase.id,
    name: 'brev.pdf',
    mime: 'application/pdf',
    data: new Uint8Array([1, 2, 3]),
    addedAt: '2020-03-02T10:00:00.000Z'
  })
  const withEntry: DsrCase = {
    ...dsrCase,
    correspondence: [
      testEntry({
        id: `${dsrCase.id}-in`,
        medium: 'email',
        at: '2020-03-02T10:00:00.000Z',
        subject: 'Begäran',
        body: 'Hej',
        attachmentIds: [staged.meta.id]
      })
    ]
  }
  await store.commitCase(
    {
      change: {
        case: withEntry,
        event: { action: 'case.create', entityType: 'case', entityId: dsrCase.id, params: {} }
      },
      attachments: [staged]
    },
    'DPO'
  )
}

describe("the store's retention deletion", () => {
  it('deletes rows, events, attachments, digests and the lonely subject in one go; the report still counts', async () => {
    const store = await CaseStore.open(db, { clock: () => new Date('2026-01-15T10:00:00Z') })
    for (const id of ['s1', 's2'])
      await store.commitSubject(
        {
          subject: person(id),
          event: { action: 'subject.create', entityType: 'subject', entityId: id, params: {} }
        },
        'DPO'
      )
    await seed(store, closed('1', 's1'))
    await seed(store, closed('2', 's2'))
    await seed(
      store,
      testCase({
        id: '3',
        subjectId: 's2',
        reference: 'DSR-2020-0003',
        receivedAt: '2020-05-04',
        status: 'answered',
        answeredAt: '2020-05-10'
      })
    )
    const rows = () =>
      store.caseHeads().map((head) => {
        const deadlines = computeDeadlines(head.receivedAt)
        return { case: head, due: deadlines.due, extendedDue: deadlines.extendedDue }
      })
    const before = annualReport(rows(), 2020, '2026-01-15')
    expect(before.total).toBe(3)

    const result = await store.deleteCases(['1', '2'], 'DPO')
    expect(result).toEqual({ cases: 2, subjects: 1, attachments: 2 })
    // Gone from the tables…
    expect(await getCase(db, '1')).toBeUndefined()
    expect(await listAttachments(db, '1')).toEqual([])
    expect(await db.attachmentData.count()).toBe(1)
    expect(await db.events.count()).toBe(1)
    expect(await getSubject(db, 's1')).toBeUndefined()
    // …but the person with another case stays.
    expect(await getSubject(db, 's2')).toBeDefined()
    // …and from memory and the digests: a fresh load finds the same.
    expect(store.caseHeads().map((head) => head.id)).toEqual(['3'])
    expect(store.subject('s1')).toBeUndefined()
    const reopened = await CaseStore.open(db, { clock: () => new Date('2026-01-15T10:00:00Z') })
    expect(reopened.source).toBe('digests')
    await reopened.loaded
    expect(reopened.caseHeads().map((head) => head.id)).toEqual(['3'])
    expect(reopened.subjects().map((subject) => subject.id)).toEqual(['s2'])

    // The report counts the deleted cases through their anonymous records.
    const records = await loadDeletedCaseRecords(db)
    expect(records).toHaveLength(2)
    expect(JSON.stringify(records)).not.toMatch(/DSR-|Person|s1|s2|2020-03-02/)
    expect(annualReport(rows(), 2020, '2026-01-15', records)).toEqual(before)

    // The audit log says what happened and still verifies.
    const actions = (await listAudit(db)).map((entry) => entry.action)
    expect(actions.filter((a) => a === 'case.retention-delete')).toHaveLength(2)
    expect(actions).toContain('subject.retention-delete')
    expect((await verifyAudit(db)).ok).toBe(true)
  })

  it('refuses an open case and a case with data still blocked, and deletes nothing', async () => {
    const store = await CaseStore.open(db)
    await store.commitSubject(
      {
        subject: person('s1'),
        event: { action: 'subject.create', entityType: 'subject', entityId: 's1', params: {} }
      },
      'DPO'
    )
    await seed(store, closed('1', 's1'))
    await seed(
      store,
      closed('2', 's1', {
        erasure: [
          {
            categoryId: 'betalning',
            action: 'block',
            legalBasis: 'bokforingslagen',
            releaseDate: '2028-01-01'
          }
        ]
      })
    )
    await seed(store, testCase({ id: '3', subjectId: 's1', reference: 'DSR-2020-0003' }))
    await expect(store.deleteCases(['1', '2'], 'DPO')).rejects.toBeInstanceOf(CaseNotDeletableError)
    await expect(store.deleteCases(['3'], 'DPO')).rejects.toBeInstanceOf(CaseNotDeletableError)
    expect(await getCase(db, '1')).toBeDefined()
    expect(store.caseHeads()).toHaveLength(3)
    expect(await loadDeletedCaseRecords(db)).toEqual([])
  })
})
