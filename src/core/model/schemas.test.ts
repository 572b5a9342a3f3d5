import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { SEED_ORGANISATION } from '../inventory/seed'
import { auditEventSchema, dsrCaseSchema, organisationProfileSchema } from './schemas'

describe('tolerant reading of stored cases', () => {
  it('maps the Swedish labels default tasks were stored with to their codes', () => {
    const stored = {
      ...testCase(),
      tasks: [
        {
          id: 't1',
          label: 'Skicka mottagningsbekräftelse',
          done: true,
          doneAt: '2026-03-05T10:00:00.000Z'
        },
        { id: 't2', label: 'Kontrollera identiteten (bara vid rimliga tvivel)', done: false },
        { id: 't3', label: 'Underrätta mottagare (art. 19)', done: false },
        { id: 't4', label: 'Ring kundtjänst om ordern', done: false },
        { id: 't5', code: 'sendCopy', done: false }
      ]
    }
    expect(dsrCaseSchema.parse(stored).tasks).toEqual([
      { id: 't1', code: 'acknowledge', done: true, doneAt: '2026-03-05T10:00:00.000Z' },
      { id: 't2', code: 'checkIdentity', done: false },
      { id: 't3', code: 'notifyRecipients', done: false },
      { id: 't4', label: 'Ring kundtjänst om ordern', done: false },
      { id: 't5', code: 'sendCopy', done: false }
    ])
  })

  it('refuses a task with neither code nor label, and unknown codes', () => {
    expect(
      dsrCaseSchema.safeParse({ ...testCase(), tasks: [{ id: 't', done: false }] }).success
    ).toBe(false)
    expect(
      dsrCaseSchema.safeParse({ ...testCase(), tasks: [{ id: 't', code: 'nope', done: false }] })
        .success
    ).toBe(false)
  })

  it('reads decision kinds it does not know as "other"', () => {
    const stored = {
      ...testCase(),
      decisions: [
        { id: 'd', at: '2026-03-05T10:00:00.000Z', kind: 'Avslag (gammalt)', reasons: 'x' }
      ]
    }
    expect(dsrCaseSchema.parse(stored).decisions[0]!.kind).toBe('other')
  })
})

describe('organisation profile', () => {
  it('still reads a profile stored without a financial year, and takes one', () => {
    expect(organisationProfileSchema.parse(SEED_ORGANISATION).financialYearEndMonth).toBeUndefined()
    expect(
      organisationProfileSchema.parse({ ...SEED_ORGANISATION, financialYearEndMonth: 4 })
        .financialYearEndMonth
    ).toBe(4)
    expect(
      organisationProfileSchema.safeParse({ ...SEED_ORGANISATION, financialYearEndMonth: 13 })
        .success
    ).toBe(false)
  })
})

describe('audit events', () => {
  const base = {
    seq: 1,
    at: '2026-03-05T10:00:00.000Z',
    actor: 'Susanne Bäcklund',
    action: 'case.status',
    entityType: 'case',
    entityId: 'c1',
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64)
  }
  it('reads new events with parameters and old ones with a summary', () => {
    expect(
      auditEventSchema.parse({ ...base, params: { reference: 'DSR-2026-0001', count: 2 } }).params
    ).toEqual({
      reference: 'DSR-2026-0001',
      count: 2
    })
    expect(
      auditEventSchema.parse({ ...base, summary: 'DSR-2026-0001: status Mottagen → Pågår' }).summary
    ).toBe('DSR-2026-0001: status Mottagen → Pågår')
    expect(auditEventSchema.safeParse(base).success).toBe(false)
  })
})
