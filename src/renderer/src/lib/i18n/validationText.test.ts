import { describe, expect, it } from 'vitest'
import { CASE_LIMITS, dataSubjectSchema, dsrCaseSchema } from '@core'
import { IpcError } from '../api'
import { errorText, translator } from './index'
import { fieldName } from './validationText'

const sv = translator('sv')
const en = translator('en')

function thrown(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

const subject = {
  id: 's1',
  name: 'Märta Åkesson',
  customerRefs: [],
  createdAt: '2026-11-24T08:00:00.000Z',
  updatedAt: '2026-11-24T08:00:00.000Z'
}

describe('errorText never shows zod or internals (issue 10)', () => {
  it('names the over-long field of a ZodError in both languages', () => {
    const error = thrown(() => dataSubjectSchema.parse({ ...subject, name: 'x'.repeat(301) }))
    expect(errorText(sv, error)).toBe(
      'Uppgifterna sparades inte: namn (högst 300 tecken). Rätta och försök igen.'
    )
    expect(errorText(en, error)).toBe(
      'The data was not saved: name (at most 300 characters). Correct it and try again.'
    )
  })

  it('names nested fields by their own name and lists each problem once', () => {
    const error = thrown(() =>
      dataSubjectSchema.parse({
        ...subject,
        notes: 'x'.repeat(20_001),
        address: { street: 'x'.repeat(201), postalCode: '1', city: '' },
        email: 42
      })
    )
    const text = errorText(sv, error)
    expect(text).toContain('anteckningar (högst 20000 tecken)')
    expect(text).toContain('gatuadress (högst 200 tecken)')
    expect(text).toContain('e-post (ogiltigt värde)')
    expect(text).not.toMatch(/ZodError|expected|Too big/)
  })

  it('names case texts with their new limits', () => {
    const error = thrown(() =>
      dsrCaseSchema.parse({
        id: 'c1',
        reference: 'DSR-2026-0001',
        type: 'access',
        channel: 'letter',
        subjectId: 's1',
        receivedAt: '2026-11-24',
        status: 'received',
        description: 'x'.repeat(CASE_LIMITS.description + 1),
        clockStops: [],
        tasks: [],
        decisions: [
          {
            id: 'd1',
            at: '2026-11-24T08:00:00Z',
            kind: 'refuse',
            reasons: 'x'.repeat(CASE_LIMITS.decisionReasons + 1)
          }
        ],
        correspondence: [],
        erasure: [],
        recipientNotices: [],
        createdAt: '2026-11-24T08:00:00Z',
        updatedAt: '2026-11-24T08:00:00Z'
      })
    )
    expect(errorText(sv, error)).toBe(
      `Uppgifterna sparades inte: beskrivning (högst ${CASE_LIMITS.description} tecken), motivering av beslutet (högst ${CASE_LIMITS.decisionReasons} tecken). Rätta och försök igen.`
    )
  })

  it('says which field main refused, when its issues name one', () => {
    const error = new IpcError({
      code: 'IPC_INVALID_INPUT',
      message: 'Invalid input for pdf:render-letter',
      details: ['model.template.body: Too big: expected string to have <=20000 characters'],
      issues: [{ path: ['model', 'template', 'body'], problem: 'tooLong', limit: 20_000 }]
    })
    expect(errorText(sv, error)).toBe(
      'Uppgifterna som skickades var ogiltiga: brevets text (högst 20000 tecken). Rätta och försök igen.'
    )
    // Without issues (an older main) the general sentence stays.
    expect(errorText(sv, new IpcError({ code: 'IPC_INVALID_INPUT', message: 'x' }))).toBe(
      'Uppgifterna som skickades var ogiltiga.'
    )
  })

  it('shows no class name, stack or message of an unexpected error', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')")
    for (const t of [sv, en]) {
      const text = errorText(t, error)
      expect(text).not.toMatch(/TypeError|undefined|reading/)
      expect(text).toMatch(/^[A-Z].+\.$/)
    }
    expect(errorText(sv, { code: 'SOME_NEW_CODE' })).toBe('Ett okänt fel uppstod (SOME_NEW_CODE).')
    expect(errorText(sv, { code: 'not a code: /home/x' })).not.toContain('/home')
  })

  it('finds a field name by the longest known ending of the path', () => {
    expect(fieldName(sv, ['fee', 'reason'])).toBe('skäl till avgiften')
    expect(fieldName(sv, ['extension', 'reason'])).toBe('skäl för förlängningen')
    expect(fieldName(sv, ['model', 'fields', 'someNewField'])).toBe('en uppgift i brevet')
    expect(fieldName(sv, ['sessionId'])).toBeNull()
  })
})
