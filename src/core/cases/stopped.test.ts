import { describe, expect, it } from 'vitest'
import type { DsrCase } from '../model/types'
import { letterAvailability } from './letters'
import { recordStopped, removeStopped, STOPPED_ERROR } from './stopped'
import { createCase, type CaseCommandResult, type CommandContext } from './workflow'

const ctx: CommandContext = {
  now: new Date('2026-03-10T10:00:00Z'),
  actor: 'DPO',
  newId: (() => {
    let i = 0
    return () => `id-${++i}`
  })()
}
const unwrap = (result: CaseCommandResult) => {
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}
const caseOf = (type: DsrCase['type']): DsrCase =>
  unwrap(createCase({ type, channel: 'email', subjectId: 's1', receivedAt: '2026-03-05' }, [], ctx))
    .case
const facts = { ledger: [], today: '2026-03-10' }

describe('what an objection or opt-out stopped', () => {
  it('records what, where and from when, audited, and the confirmation needs it', () => {
    const optOut = caseOf('marketingOptOut')
    expect(letterAvailability('marketingOptOutConfirmation', optOut, facts)).toMatchObject({
      ok: false,
      error: { code: 'LETTER_NEEDS_STOPPED' }
    })
    const result = unwrap(
      recordStopped(
        optOut,
        { what: ' Nyhetsbrev via e-post ', system: 'Mailchimp', from: '2026-03-09' },
        ctx
      )
    )
    expect(result.case.stopped).toEqual([
      {
        id: expect.any(String),
        what: 'Nyhetsbrev via e-post',
        system: 'Mailchimp',
        from: '2026-03-09'
      }
    ])
    expect(result.event).toMatchObject({ action: 'case.stopped', params: { count: 1 } })
    expect(letterAvailability('marketingOptOutConfirmation', result.case, facts).ok).toBe(true)
    const removed = unwrap(removeStopped(result.case, result.case.stopped![0]!.id, ctx))
    expect(removed.case.stopped).toEqual([])
  })

  it('refuses empty fields, a future day and other case types', () => {
    const objection = caseOf('objection')
    for (const input of [
      { what: '', system: 'CRM', from: '2026-03-09' },
      { what: 'Profilering', system: ' ', from: '2026-03-09' },
      { what: 'Profilering', system: 'CRM', from: '2026-03-11' },
      { what: 'Profilering', system: 'CRM', from: '9 mars' }
    ])
      expect(recordStopped(objection, input, ctx)).toMatchObject({
        ok: false,
        error: { code: STOPPED_ERROR.invalid, params: { today: '2026-03-10' } }
      })
    expect(
      recordStopped(caseOf('access'), { what: 'x', system: 'y', from: '2026-03-09' }, ctx)
    ).toMatchObject({ ok: false, error: { code: STOPPED_ERROR.notApplicable } })
    expect(removeStopped(objection, 'nope', ctx)).toMatchObject({
      ok: false,
      error: { code: STOPPED_ERROR.notFound }
    })
  })
})
