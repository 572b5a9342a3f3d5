import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DataSubject } from '@core'
import { testCase } from '../../../../tests/fixtures/cases'
import type { AppDb } from './db'
import { decryptRowsAsync, PAGE_SIZE, RecordTamperedError } from './encryption'
import { countMembers, getMember } from './pages'
import { caseIdsOfSubject, deleteCase, getCase } from './repos/cases.repo'
import { bulkSaveCases } from './repos/cases.repo'
import {
  bulkSaveSubjects,
  deleteSubjects,
  findSubjectsByEmail,
  findSubjectsByPersonnummer,
  getSubject,
  listSubjects,
  saveSubject
} from './repos/subjects.repo'
import { openTestDb, removeTestDb } from './testDb'

let db: AppDb
beforeEach(async () => {
  db = await openTestDb('pages')
})
afterEach(() => removeTestDb(db))

const subject = (i: number, extra: Partial<DataSubject> = {}): DataSubject => ({
  id: `s${String(i).padStart(3, '0')}`,
  name: `Märta ${i}`,
  personnummer: `19800101${String(1000 + i).slice(-4)}`,
  email: `marta${i}@example.se`,
  customerRefs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra
})

const rawPages = async (table: 'subjectPages' | 'casePages') =>
  (await db.raw.table(table).toArray()) as Record<string, unknown>[]

describe('paged tables (record format v3)', () => {
  it('writes bulk records in pages of PAGE_SIZE and finds each by id and by blind index', async () => {
    const subjects = Array.from({ length: 40 }, (_, i) => subject(i))
    await bulkSaveSubjects(db, subjects)
    const pages = await rawPages('subjectPages')
    expect(pages).toHaveLength(Math.ceil(40 / PAGE_SIZE))
    expect(pages.map((page) => (page['ids'] as string[]).length).sort((a, b) => b - a)).toEqual([
      16, 16, 8
    ])
    // Only ids, blind indexes and ciphertext are stored: no name, number or address.
    for (const page of pages) {
      expect(Object.keys(page).sort()).toEqual(['bidx_email', 'bidx_pnr', 'enc', 'id', 'ids', 'v'])
      expect(page['v']).toBe(3)
      expect(JSON.stringify(page)).not.toContain('Märta')
    }
    expect(await countMembers(db, 'subjectPages')).toBe(40)
    expect(await getSubject(db, 's017')).toEqual(subjects[17])
    expect(await getSubject(db, 'nobody')).toBeUndefined()
    // A page is found by any member's index; only the member that matches is returned.
    expect(await findSubjectsByPersonnummer(db, '19800101-1005')).toEqual([subjects[5]])
    expect(await findSubjectsByEmail(db, ' MARTA33@example.se ')).toEqual([subjects[33]])
    expect(await findSubjectsByEmail(db, 'marta99@example.se')).toEqual([])
    expect(await listSubjects(db)).toHaveLength(40)
  })

  it('changes a record in its page and keeps every other member', async () => {
    await bulkSaveSubjects(
      db,
      Array.from({ length: 16 }, (_, i) => subject(i))
    )
    await saveSubject(db, subject(3, { name: 'Märta Åkesson', email: 'ny@example.se' }))
    const pages = await rawPages('subjectPages')
    expect(pages).toHaveLength(1)
    expect((await getSubject(db, 's003'))?.name).toBe('Märta Åkesson')
    expect(await findSubjectsByEmail(db, 'ny@example.se')).toHaveLength(1)
    // The old address no longer leads to the page: its blind index is gone with it.
    expect(await findSubjectsByEmail(db, 'marta3@example.se')).toEqual([])
    expect((await listSubjects(db)).map((s) => s.id)).toHaveLength(16)
    // A new record gets a page of its own.
    await saveSubject(db, subject(100))
    expect(await rawPages('subjectPages')).toHaveLength(2)
    expect(await countMembers(db, 'subjectPages')).toBe(17)
  })

  it('runs several changes of one page in one transaction one after the other, losing none', async () => {
    await bulkSaveSubjects(
      db,
      Array.from({ length: 16 }, (_, i) => subject(i))
    )
    await db.transaction('rw', db.subjectPages, () =>
      Promise.all([
        saveSubject(db, subject(1, { name: 'Ett' })),
        saveSubject(db, subject(2, { name: 'Två' })),
        deleteSubjects(db, ['s004']),
        saveSubject(db, subject(5, { name: 'Fem' }))
      ])
    )
    expect((await getSubject(db, 's001'))?.name).toBe('Ett')
    expect((await getSubject(db, 's002'))?.name).toBe('Två')
    expect(await getSubject(db, 's004')).toBeUndefined()
    expect((await getSubject(db, 's005'))?.name).toBe('Fem')
    expect(await countMembers(db, 'subjectPages')).toBe(15)
  })

  it('erases a record from its page: no copy stays in any page, an emptied page goes', async () => {
    const subjects = Array.from({ length: 17 }, (_, i) => subject(i))
    await bulkSaveSubjects(db, subjects)
    await deleteSubjects(db, ['s002', 's016'])
    const pages = await rawPages('subjectPages')
    // s016 was alone in the second page; the first is re-sealed without s002.
    expect(pages).toHaveLength(1)
    expect(pages[0]!['ids']).not.toContain('s002')
    const [opened] = await decryptRowsAsync('subjectPages', db.keys.keys, pages)
    expect(JSON.stringify(opened)).not.toContain('Märta 2"')
    expect((opened!['members'] as unknown[]).length).toBe(15)
    expect(await findSubjectsByPersonnummer(db, subjects[2]!.personnummer!)).toEqual([])
    expect(await countMembers(db, 'subjectPages')).toBe(15)
  })

  it('changes and deletes many records across pages at once (the lookup by anyOf)', async () => {
    await bulkSaveSubjects(
      db,
      Array.from({ length: 48 }, (_, i) => subject(i))
    )
    // 20 ids in three pages: more than are looked up one by one.
    const ids = Array.from({ length: 20 }, (_, i) => subject(i * 2).id)
    await deleteSubjects(db, ids)
    expect(await countMembers(db, 'subjectPages')).toBe(28)
    for (const id of ids) expect(await getSubject(db, id)).toBeUndefined()
    expect((await getSubject(db, 's001'))?.name).toBe('Märta 1')
    await bulkSaveSubjects(
      db,
      Array.from({ length: 20 }, (_, i) => subject(i * 2 + 1, { name: `Ny ${i}` }))
    )
    expect(await countMembers(db, 'subjectPages')).toBe(28)
    expect((await getSubject(db, 's039'))?.name).toBe('Ny 19')
  })

  it('replaces records a bulk write finds stored already, instead of copying them', async () => {
    await bulkSaveSubjects(db, [subject(1), subject(2)])
    await bulkSaveSubjects(db, [subject(2, { name: 'Ny' }), subject(3)])
    expect(await countMembers(db, 'subjectPages')).toBe(3)
    expect((await getSubject(db, 's002'))?.name).toBe('Ny')
    await expect(bulkSaveSubjects(db, [subject(7), subject(7)])).rejects.toThrow(/distinct ids/)
    expect(await getSubject(db, 's007')).toBeUndefined()
  })

  it('refuses a page whose member ids in clear were changed', async () => {
    await bulkSaveSubjects(db, [subject(1), subject(2)])
    const [page] = await rawPages('subjectPages')
    await db.raw.table('subjectPages').put({ ...page!, ids: ['s002', 's001'] })
    await expect(getSubject(db, 's001')).rejects.toBeInstanceOf(RecordTamperedError)
    await expect(listSubjects(db)).rejects.toBeInstanceOf(RecordTamperedError)
  })

  it('finds the cases of one person through the pages, only theirs', async () => {
    await bulkSaveCases(
      db,
      Array.from({ length: 20 }, (_, i) =>
        testCase({ id: `c${i}`, subjectId: `s${i % 3}`, reference: `DSR-2026-${1000 + i}` })
      )
    )
    expect((await caseIdsOfSubject(db, 's1')).sort()).toEqual(
      ['c1', 'c4', 'c7', 'c10', 'c13', 'c16', 'c19'].sort()
    )
    expect((await getCase(db, 'c13'))?.reference).toBe('DSR-2026-1013')
    await db.transaction('rw', db.casePages, db.events, () => deleteCase(db, 'c13'))
    expect(await getCase(db, 'c13')).toBeUndefined()
    expect(await getMember(db, 'casePages', 'c13')).toBeUndefined()
    expect(await caseIdsOfSubject(db, 's1')).not.toContain('c13')
    expect(await countMembers(db, 'casePages')).toBe(19)
  })
})
