import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { dsrCaseSchema } from '../model/schemas'
import { addCollectedData, removeCollectedData } from './collected'

const ctx = (() => {
  let n = 0
  return { now: new Date('2026-03-10T09:00:00Z'), actor: 'DPO', newId: () => `id-${++n}` }
})()

const table = {
  categoryId: 'betalning',
  source: 'ekonomisystemet',
  fileName: 'fakturor.csv',
  columns: ['Faktura', 'Belopp'],
  rows: [
    ['F-1', '100,00'],
    ['F-2', '250,50']
  ]
}

describe('data collected from other systems', () => {
  it('adds tables to the case; the audit event counts rows and names no data', () => {
    const result = addCollectedData(testCase(), [table], ctx)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.case.collected).toEqual([
      { ...table, id: 'id-1', importedAt: '2026-03-10T09:00:00.000Z' }
    ])
    expect(dsrCaseSchema.parse(result.value.case).collected).toHaveLength(1)
    expect(result.value.event).toMatchObject({
      action: 'case.data-import',
      params: { source: 'ekonomisystemet', tables: 1, rows: 2, categories: ['betalning'] }
    })
    expect(JSON.stringify(result.value.event)).not.toContain('F-1')
  })

  it('refuses nothing to import, ragged rows and too many rows', () => {
    expect(addCollectedData(testCase(), [{ ...table, rows: [] }], ctx)).toMatchObject({
      ok: false,
      error: { code: 'COLLECTED_EMPTY' }
    })
    expect(addCollectedData(testCase(), [{ ...table, rows: [['x']] }], ctx)).toMatchObject({
      ok: false,
      error: { code: 'COLLECTED_INVALID' }
    })
    const many = Array.from({ length: 2001 }, (_, i) => [`F-${i}`, '1'])
    expect(addCollectedData(testCase(), [{ ...table, rows: many }], ctx)).toMatchObject({
      ok: false,
      error: { code: 'COLLECTED_INVALID' }
    })
  })

  it('removes one table again', () => {
    const added = addCollectedData(testCase(), [table, { ...table, categoryId: 'varor' }], ctx)
    if (!added.ok) throw new Error(added.error.code)
    const id = added.value.case.collected![0]!.id
    const removed = removeCollectedData(added.value.case, id, ctx)
    if (!removed.ok) throw new Error(removed.error.code)
    expect(removed.value.case.collected!.map((item) => item.categoryId)).toEqual(['varor'])
    expect(removed.value.event).toMatchObject({ action: 'case.data-remove', params: { rows: 2 } })
    expect(removeCollectedData(removed.value.case, id, ctx)).toMatchObject({ ok: false })
  })
})
