import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, type CaseStatus, type DsrCase } from '../model/types'
import {
  addCorrespondence,
  ALLOWED_TRANSITIONS,
  CASE_ERROR,
  caseDeadlines,
  changeStatus,
  closeCase,
  createCase,
  effectiveDue,
  extendCase,
  formatReference,
  markPosted,
  nextSequence,
  recordDecision,
  reopenCase,
  resumeClock,
  setFee,
  setTaskDone,
  stopClock,
  type CaseCommandResult,
  type CommandContext
} from './workflow'

let counter = 0
const ctxAt = (iso: string): CommandContext => ({
  now: new Date(iso),
  actor: 'Susanne Bäcklund',
  newId: () => `id-${++counter}`
})
const ctx = ctxAt('2026-03-06T09:00:00Z')

function unwrap(result: CaseCommandResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
function errorOf(result: CaseCommandResult): string {
  if (result.ok) throw new Error('expected an error')
  return result.error.code
}

function newCase(overrides: Partial<Parameters<typeof createCase>[0]> = {}): DsrCase {
  return unwrap(
    createCase(
      {
        type: 'access',
        channel: 'letter',
        subjectId: 'subject-1',
        receivedAt: '2026-03-05',
        ...overrides
      },
      [],
      ctx
    )
  ).case
}

const withStatus = (status: CaseStatus): DsrCase => ({ ...newCase(), status })

describe('createCase', () => {
  it('registers a case with reference, tasks and an audit event without personal data', () => {
    const { case: created, event } = unwrap(
      createCase(
        { type: 'access', channel: 'letter', subjectId: 'subject-1', receivedAt: '2026-03-05' },
        ['DSR-2026-0007', 'DSR-2025-0100'],
        ctx
      )
    )
    expect(created.reference).toBe('DSR-2026-0008')
    expect(created.status).toBe('received')
    expect(created.tasks.length).toBeGreaterThan(3)
    expect(created.tasks.every((task) => !task.done)).toBe(true)
    expect(event).toEqual({
      action: 'case.create',
      entityType: 'case',
      entityId: created.id,
      summary: 'DSR-2026-0008: registrerad (Registerutdrag (tillgång), mottagen 2026-03-05)'
    })
  })

  it('numbers per year of registration and pads to four digits', () => {
    expect(formatReference(2026, 42)).toBe('DSR-2026-0042')
    expect(nextSequence(['DSR-2026-0009', 'DSR-2026-0010', 'DSR-2027-0001', 'garbage'], 2026)).toBe(
      11
    )
    expect(nextSequence([], 2027)).toBe(1)
    const late = unwrap(
      createCase(
        { type: 'erasure', channel: 'letter', subjectId: 's', receivedAt: '2026-12-30' },
        ['DSR-2026-0300'],
        ctxAt('2027-01-02T08:00:00Z')
      )
    )
    expect(late.case.reference).toBe('DSR-2027-0001')
  })

  it.each([
    [{ type: 'nonsense' as never }, CASE_ERROR.invalidType],
    [{ channel: 'fax' as never }, CASE_ERROR.invalidChannel],
    [{ subjectId: '' }, CASE_ERROR.subjectRequired],
    [{ receivedAt: '2026-02-30' }, CASE_ERROR.invalidDate],
    [{ receivedAt: '5/3/2026' }, CASE_ERROR.invalidDate],
    [{ receivedAt: '2026-03-07' }, CASE_ERROR.receivedInFuture]
  ])('refuses %j with %s', (overrides, code) => {
    expect(
      errorOf(
        createCase(
          {
            type: 'access',
            channel: 'letter',
            subjectId: 's',
            receivedAt: '2026-03-05',
            ...overrides
          },
          [],
          ctx
        )
      )
    ).toBe(code)
  })
})

describe('status transitions', () => {
  const targets = CASE_STATUSES.filter((status) => status !== 'extended' && status !== 'closed')
  for (const from of CASE_STATUSES) {
    for (const to of targets) {
      const allowed = ALLOWED_TRANSITIONS[from].includes(to)
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const result = changeStatus(withStatus(from), to, ctx)
        expect(result.ok).toBe(allowed)
        if (!result.ok) expect(result.error.code).toBe(CASE_ERROR.transitionNotAllowed)
      })
    }
  }

  it('never reaches extended or closed through changeStatus', () => {
    expect(errorOf(changeStatus(withStatus('inProgress'), 'extended', ctx))).toBe(
      CASE_ERROR.useDedicatedCommand
    )
    expect(errorOf(changeStatus(withStatus('answered'), 'closed', ctx))).toBe(
      CASE_ERROR.useDedicatedCommand
    )
  })

  it('stamps the answer date and clears it when reopened for work', () => {
    const answered = unwrap(changeStatus(withStatus('inProgress'), 'answered', ctx)).case
    expect(answered.answeredAt).toBe('2026-03-06')
    expect(unwrap(changeStatus(answered, 'inProgress', ctx)).case.answeredAt).toBeUndefined()
  })
})

describe('extension gate', () => {
  const base = newCase()
  it('extends before the one-month due date, with the extended date', () => {
    const { case: extended, event } = unwrap(
      extendCase(
        base,
        { reason: 'complexity', explanation: 'Uppgifter i fem system' },
        ctxAt('2026-04-07T15:00:00Z')
      )
    )
    expect(extended.status).toBe('extended')
    expect(extended.extension).toEqual({
      reason: 'complexity',
      explanation: 'Uppgifter i fem system',
      decidedAt: '2026-04-07',
      newDue: '2026-06-05'
    })
    expect(effectiveDue(extended, '2026-04-07')).toBe('2026-06-05')
    expect(event.summary).toContain('förlängd till 2026-06-05')
  })

  it('refuses the day after the one-month due date', () => {
    expect(
      errorOf(
        extendCase(base, { reason: 'complexity', explanation: 'x' }, ctxAt('2026-04-08T06:00:00Z'))
      )
    ).toBe(CASE_ERROR.extensionTooLate)
  })

  it('moves with a clock stop', () => {
    const stopped = unwrap(
      stopClock(base, { reason: 'identity', questionSentAt: '2026-03-06' }, ctx)
    ).case
    const resumed = unwrap(
      resumeClock(stopped, { to: '2026-03-12' }, ctxAt('2026-03-12T10:00:00Z'))
    ).case
    expect(caseDeadlines(resumed, '2026-04-10').extensionAllowedUntil).toBe('2026-04-13')
    expect(
      extendCase(
        resumed,
        { reason: 'numberOfRequests', explanation: 'Tolv begäranden samma vecka' },
        ctxAt('2026-04-10T08:00:00Z')
      ).ok
    ).toBe(true)
  })

  it('requires a reason category and an explanation, once', () => {
    expect(errorOf(extendCase(base, { reason: 'boredom' as never, explanation: 'x' }, ctx))).toBe(
      CASE_ERROR.extensionReasonRequired
    )
    expect(errorOf(extendCase(base, { reason: 'complexity', explanation: '  ' }, ctx))).toBe(
      CASE_ERROR.extensionReasonRequired
    )
    const extended = unwrap(extendCase(base, { reason: 'complexity', explanation: 'x' }, ctx)).case
    expect(errorOf(extendCase(extended, { reason: 'complexity', explanation: 'x' }, ctx))).toBe(
      CASE_ERROR.alreadyExtended
    )
    expect(
      errorOf(extendCase(withStatus('answered'), { reason: 'complexity', explanation: 'x' }, ctx))
    ).toBe(CASE_ERROR.notOpen)
  })
})

describe('clock stops', () => {
  it('stops once, resumes once, and validates dates', () => {
    const base = newCase()
    const stopped = unwrap(
      stopClock(base, { reason: 'clarification', questionSentAt: '2026-03-06' }, ctx)
    ).case
    expect(stopped.clockStops).toEqual([
      { reason: 'clarification', questionSentAt: '2026-03-06', from: '2026-03-06' }
    ])
    expect(
      errorOf(stopClock(stopped, { reason: 'identity', questionSentAt: '2026-03-06' }, ctx))
    ).toBe(CASE_ERROR.clockAlreadyStopped)
    expect(errorOf(resumeClock(base, {}, ctx))).toBe(CASE_ERROR.clockNotStopped)
    expect(errorOf(resumeClock(stopped, { to: '2026-03-01' }, ctx))).toBe(CASE_ERROR.clockStopDates)
    expect(
      errorOf(stopClock(base, { reason: 'identity', questionSentAt: '2026-03-01' }, ctx))
    ).toBe(CASE_ERROR.clockStopDates)
    expect(
      errorOf(stopClock(base, { reason: 'identity', questionSentAt: '2026-03-09' }, ctx))
    ).toBe(CASE_ERROR.clockStopDates)
    const resumed = unwrap(resumeClock(stopped, {}, ctxAt('2026-03-10T12:00:00Z'))).case
    expect(resumed.clockStops[0]!.to).toBe('2026-03-10')
  })
})

describe('decisions, closing and reopening', () => {
  it('needs reasons for decisions and reopening', () => {
    expect(errorOf(recordDecision(newCase(), { kind: 'refuse', reasons: ' ' }, ctx))).toBe(
      CASE_ERROR.decisionReasonRequired
    )
    const decided = unwrap(
      recordDecision(newCase(), { kind: 'refuse', reasons: 'Uppenbart ogrundad' }, ctx)
    ).case
    expect(decided.decisions[0]).toMatchObject({ kind: 'refuse', reasons: 'Uppenbart ogrundad' })
  })

  it('closes only answered, rejected or withdrawn cases, and reopens closed ones', () => {
    expect(errorOf(closeCase(withStatus('inProgress'), ctx))).toBe(CASE_ERROR.notClosable)
    const closed = unwrap(closeCase(withStatus('answered'), ctx)).case
    expect(closed.status).toBe('closed')
    expect(closed.closedAt).toBe('2026-03-06T09:00:00.000Z')
    expect(errorOf(reopenCase(closed, { reason: '' }, ctx))).toBe(CASE_ERROR.reopenReasonRequired)
    const reopened = unwrap(reopenCase(closed, { reason: 'Ny information' }, ctx)).case
    expect(reopened).toMatchObject({ status: 'inProgress', closedAt: undefined })
    expect(errorOf(reopenCase(reopened, { reason: 'x' }, ctx))).toBe(CASE_ERROR.notClosed)
  })
})

describe('tasks, correspondence, fees', () => {
  it('ticks tasks', () => {
    const base = newCase()
    const done = unwrap(setTaskDone(base, base.tasks[0]!.id, true, ctx)).case
    expect(done.tasks[0]).toMatchObject({ done: true, doneAt: '2026-03-06T09:00:00.000Z' })
    expect(errorOf(setTaskDone(base, 'missing', true, ctx))).toBe(CASE_ERROR.taskNotFound)
  })

  it('logs correspondence and marks letters posted', () => {
    const withLetter = unwrap(
      addCorrespondence(
        newCase(),
        {
          direction: 'out',
          medium: 'letter',
          at: '2026-03-06T09:00:00Z',
          subject: 'Mottagningsbekräftelse',
          attachmentIds: [],
          toPost: true
        },
        ctx
      )
    ).case
    const letterId = withLetter.correspondence[0]!.id
    const posted = unwrap(markPosted(withLetter, [letterId], '2026-03-06', ctx)).case
    expect(posted.correspondence[0]).toMatchObject({ toPost: false, postedAt: '2026-03-06' })
    expect(
      errorOf(
        addCorrespondence(
          newCase(),
          { direction: 'out', medium: 'letter', at: 'x', subject: ' ', attachmentIds: [] },
          ctx
        )
      )
    ).toBe(CASE_ERROR.correspondenceInvalid)
  })

  it('allows a fee only after a fee warning', () => {
    expect(errorOf(setFee(newCase(), { amountSek: 150, reason: 'Ytterligare kopia' }, ctx))).toBe(
      CASE_ERROR.feeNeedsWarning
    )
    expect(
      errorOf(setFee(newCase(), { amountSek: -5, reason: 'x', warnedAt: '2026-03-06' }, ctx))
    ).toBe(CASE_ERROR.feeInvalid)
    expect(
      unwrap(
        setFee(
          newCase(),
          { amountSek: 150, reason: 'Ytterligare kopia', warnedAt: '2026-03-06' },
          ctx
        )
      ).case.fee?.amountSek
    ).toBe(150)
  })
})
