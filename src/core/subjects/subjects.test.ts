import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import type { DataSubject } from '../model/types'
import { caseMovedTo, changedSubjectFields, mergeConflict, mergedSubject } from './subjects'

const base: DataSubject = {
  id: 's1',
  name: 'Märta Åkesson',
  customerRefs: ['KUND-1'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

describe('subject rules', () => {
  it('names the changed fields, never values', () => {
    const after: DataSubject = {
      ...base,
      name: 'Märta Nyström',
      address: { street: 'Storgatan 1', postalCode: '175 62', city: 'Järfälla' }
    }
    expect(changedSubjectFields(base, after)).toEqual(['name', 'address'])
    expect(changedSubjectFields(base, { ...base, updatedAt: 'later' })).toEqual([])
    expect(changedSubjectFields(base, { ...base, customerRefs: ['KUND-1', 'KUND-2'] })).toEqual([
      'customerRefs'
    ])
  })

  it('merges: the kept record wins, empty fields are filled, references united, notes kept', () => {
    const drop: DataSubject = {
      ...base,
      id: 's2',
      name: 'M. Åkesson',
      email: 'marta@example.se',
      personnummer: '196408233234',
      address: { street: 'Storgatan 1', postalCode: '175 62', city: 'Järfälla' },
      customerRefs: ['KUND-1', 'ORDER-9'],
      notes: 'Ringde om fakturan.'
    }
    const merged = mergedSubject(
      { ...base, notes: 'Skrev brev.' },
      drop,
      new Date('2026-12-01T10:00:00Z')
    )
    expect(merged).toMatchObject({
      id: 's1',
      name: 'Märta Åkesson',
      email: 'marta@example.se',
      personnummer: '196408233234',
      customerRefs: ['KUND-1', 'ORDER-9'],
      notes: 'Skrev brev.\n\nRingde om fakturan.',
      updatedAt: '2026-12-01T10:00:00.000Z'
    })
    expect(merged.address?.city).toBe('Järfälla')
  })

  it('refuses to merge two different personnummer', () => {
    expect(
      mergeConflict(
        { ...base, personnummer: '196408233234' },
        { ...base, id: 's2', personnummer: '198112189876' }
      )
    ).toBe('personnummer')
    expect(mergeConflict(base, { ...base, id: 's2', personnummer: '198112189876' })).toBeNull()
  })

  it('moves a case with its copy and blocks to the kept record', () => {
    const moved = caseMovedTo(
      testCase({
        subjectId: 's2',
        copy: { deliveredAt: '2026-05-01', scope: 'Alla uppgifter', free: true },
        erasure: [{ categoryId: 'bokforing', action: 'block', releaseDate: '2033-01-01' }]
      }),
      's1',
      new Date('2026-12-01T10:00:00Z')
    )
    expect(moved.subjectId).toBe('s1')
    expect(moved.copy?.deliveredAt).toBe('2026-05-01')
    expect(moved.erasure).toHaveLength(1)
  })
})
