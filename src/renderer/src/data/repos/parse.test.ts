import { describe, expect, it } from 'vitest'
import { CASE_LIMITS, createCase, dsrCaseSchema } from '@core'
import { parseRow, StoredDataError } from './parse'

const created = createCase(
  { type: 'access', channel: 'letter', subjectId: 's1', receivedAt: '2026-03-05' },
  [],
  { now: new Date('2026-03-05T10:00:00Z'), actor: 'DPO', newId: () => 'c1' }
)
if (!created.ok) throw new Error(created.error.code)
const stored = created.value.case

describe('reading stored rows', () => {
  it('reads a text longer than a later limit in full, with every other check still applied', () => {
    const long = 'å'.repeat(CASE_LIMITS.description + 10)
    const row = {
      ...stored,
      description: long,
      // An older task stored with its Swedish label: the tolerant reader still gives its code.
      tasks: [{ id: 't1', label: 'Skicka mottagningsbekräftelse', done: false }]
    }
    const read = parseRow(dsrCaseSchema, 'cases', row)
    expect(read.description).toBe(long)
    expect(read.tasks[0]).toMatchObject({ id: 't1', code: 'acknowledge' })
  })

  it('still refuses a row of the wrong shape, also when a text is too long', () => {
    const long = 'x'.repeat(CASE_LIMITS.description + 1)
    expect(() => parseRow(dsrCaseSchema, 'cases', { ...stored, status: 'hacked' })).toThrow(
      StoredDataError
    )
    expect(() =>
      parseRow(dsrCaseSchema, 'cases', { ...stored, description: long, receivedAt: 5 })
    ).toThrow(StoredDataError)
  })
})
