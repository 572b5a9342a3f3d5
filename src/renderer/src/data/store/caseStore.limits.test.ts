/**
 * Issue 10: a free text over the core's limit never reaches storage, and what the DPO sees is
 * a sentence naming the field (forms stop it earlier; this is the last line, e.g. for the
 * correspondence and letter texts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CASE_LIMITS, type DsrCase } from '@core'
import { testCase, testEntry } from '../../../../../tests/fixtures/cases'
import { errorText, translator } from '../../lib/i18n/text'
import type { AppDb } from '../db'
import { openTestDb, removeTestDb } from '../testDb'
import { getCase } from '../repos/cases.repo'
import { CaseStore } from './caseStore'

let db: AppDb

beforeEach(async () => {
  db = await openTestDb('limits')
})

afterEach(() => removeTestDb(db))

const event = (entityId: string) =>
  ({ action: 'case.create', entityType: 'case', entityId, params: {} }) as const

async function refusal(store: CaseStore, dsrCase: DsrCase): Promise<unknown> {
  try {
    await store.commitCase({ change: { case: dsrCase, event: event(dsrCase.id) } }, 'DPO')
  } catch (error) {
    return error
  }
  throw new Error('the store accepted an over-long text')
}

describe('the store refuses over-long case texts with a readable message', () => {
  it.each<[string, (base: DsrCase) => DsrCase, string]>([
    [
      'correspondence subject',
      (base) => ({
        ...base,
        correspondence: [
          testEntry({
            medium: 'email',
            subject: 'x'.repeat(CASE_LIMITS.correspondenceSubject + 1)
          })
        ]
      }),
      `postens rubrik (högst ${CASE_LIMITS.correspondenceSubject} tecken)`
    ],
    [
      'correspondence body',
      (base) => ({
        ...base,
        correspondence: [testEntry({ body: 'x'.repeat(CASE_LIMITS.correspondenceBody + 1) })]
      }),
      `postens innehåll (högst ${CASE_LIMITS.correspondenceBody} tecken)`
    ],
    [
      'description',
      (base) => ({ ...base, description: 'x'.repeat(CASE_LIMITS.description + 1) }),
      `beskrivning (högst ${CASE_LIMITS.description} tecken)`
    ],
    [
      'task label',
      (base) => ({
        ...base,
        tasks: [{ id: 't1', label: 'x'.repeat(CASE_LIMITS.taskLabel + 1), done: false }]
      }),
      `uppgift (högst ${CASE_LIMITS.taskLabel} tecken)`
    ]
  ])('%s', async (_label, change, named) => {
    const store = await CaseStore.open(db)
    const base = testCase({ id: 'c1' })
    await store.commitCase({ change: { case: base, event: event('c1') } }, 'DPO')
    const error = await refusal(store, change(base))
    const sv = errorText(translator('sv'), error)
    expect(sv).toBe(`Uppgifterna sparades inte: ${named}. Rätta och försök igen.`)
    expect(errorText(translator('en'), error)).toMatch(
      /^The data was not saved: .+ \(at most \d+ characters\)/
    )
    // Nothing was written: the stored case is the one before.
    expect(await getCase(db, 'c1')).toEqual(base)
  })
})
