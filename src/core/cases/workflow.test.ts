import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, type CaseStatus, type DsrCase } from '../model/types'
import {
  addCorrespondence,
  addTask,
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
  referenceSequence,
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
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.params)}`)
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
      params: { reference: 'DSR-2026-0008', type: 'access', receivedAt: '2026-03-05' }
    })
    expect(created.tasks.map((task) => task.code)).toEqual([
      'acknowledge',
      'checkIdentity',
      'checkFreeCopy',
      'searchSystems',
      'compileCopy',
      'sendCopy'
    ])
    expect(created.tasks.every((task) => task.label === undefined)).toBe(true)
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
    // Only the highest of each year is needed: the same answer.
    expect(nextSequence(['DSR-2026-0010', 'DSR-2027-0001'], 2026)).toBe(11)
    expect(referenceSequence('DSR-2026-0042')).toEqual({ year: 2026, sequence: 42 })
    expect(referenceSequence('DSR-2026-12345')).toEqual({ year: 2026, sequence: 12345 })
    for (const other of ['garbage', 'DSR-26-0001', 'DSR-2026-', 'DSR-2026-00x1'])
      expect(referenceSequence(other)).toBeNull()
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
    expect(event.params).toEqual({
      reference: base.reference,
      newDue: '2026-06-05',
      reason: 'complexity'
    })
  })

  it('refuses the day after the one-month due date', () => {
    expect(
      errorOf(
        extendCase(base, { reason: 'complexity', explanation: 'x' }, ctxAt('2026-04-08T06:00:00Z'))
      )
    ).toBe(CASE_ERROR.extensionTooLate)
    const late = extendCase(
      base,
      { reason: 'complexity', explanation: 'x' },
      ctxAt('2026-04-08T06:00:00Z')
    )
    expect(late).toEqual({
      ok: false,
      error: { code: CASE_ERROR.extensionTooLate, params: { date: '2026-04-07' } }
    })
  })

  it('is not reopened by a stop recorded after the deadline (art. 12(3), EDPB §159)', () => {
    // Stored before the rule existed: a stop that began after the one-month date had passed.
    const late: DsrCase = {
      ...base,
      clockStops: [
        { reason: 'identity', questionSentAt: '2026-04-09', from: '2026-04-09', to: '2026-04-30' }
      ]
    }
    expect(caseDeadlines(late, '2026-05-02').extensionAllowedUntil).toBe('2026-04-07')
    expect(
      errorOf(
        extendCase(late, { reason: 'complexity', explanation: 'x' }, ctxAt('2026-04-20T08:00:00Z'))
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
    expect(errorOf(resumeClock(stopped, { to: '2026-03-01' }, ctx))).toBe(
      CASE_ERROR.clockResumeDates
    )
    expect(
      errorOf(stopClock(base, { reason: 'identity', questionSentAt: '2026-03-01' }, ctx))
    ).toBe(CASE_ERROR.clockStopDates)
    expect(
      errorOf(stopClock(base, { reason: 'identity', questionSentAt: '2026-03-09' }, ctx))
    ).toBe(CASE_ERROR.clockStopDates)
    const resumed = unwrap(resumeClock(stopped, {}, ctxAt('2026-03-10T12:00:00Z'))).case
    expect(resumed.clockStops[0]!.to).toBe('2026-03-10')
  })

  it('refuses a stop that begins after the deadline, naming the deadline', () => {
    // Received 2026-03-05, due 2026-04-07 (påskdagen and annandag påsk roll it).
    const base = newCase()
    expect(
      stopClock(
        base,
        { reason: 'identity', questionSentAt: '2026-04-08' },
        ctxAt('2026-04-08T08:00:00Z')
      )
    ).toEqual({
      ok: false,
      error: {
        code: CASE_ERROR.clockStopAfterDeadline,
        params: { from: '2026-04-08', due: '2026-04-07', isExtended: false }
      }
    })
    // On the rolled last day itself the period still runs.
    expect(
      stopClock(
        base,
        { reason: 'identity', questionSentAt: '2026-04-07' },
        ctxAt('2026-04-07T15:00:00Z')
      ).ok
    ).toBe(true)
  })

  it('judges a stop of an extended case against the extended deadline', () => {
    const extended = unwrap(
      extendCase(
        newCase(),
        { reason: 'complexity', explanation: 'x' },
        ctxAt('2026-04-01T08:00:00Z')
      )
    ).case
    const stopped = unwrap(
      stopClock(
        extended,
        { reason: 'clarification', questionSentAt: '2026-05-04' },
        ctxAt('2026-05-04T08:00:00Z')
      )
    ).case
    expect(effectiveDue(stopped, '2026-05-06')).toBe('2026-06-08')
    expect(
      errorOf(
        stopClock(
          extended,
          { reason: 'clarification', questionSentAt: '2026-06-08' },
          ctxAt('2026-06-08T08:00:00Z')
        )
      )
    ).toBe(CASE_ERROR.clockStopAfterDeadline)
  })

  it('logs the stop with codes and dates only', () => {
    const { event } = unwrap(
      stopClock(newCase(), { reason: 'identity', questionSentAt: '2026-03-06' }, ctx)
    )
    expect(event).toMatchObject({
      action: 'case.clock-stop',
      params: {
        reference: expect.stringMatching(/^DSR-2026-/),
        from: '2026-03-06',
        reason: 'identity',
        questionSentAt: '2026-03-06'
      }
    })
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
    const { case: reopened, event } = unwrap(reopenCase(closed, { reason: 'Ny information' }, ctx))
    expect(reopened).toMatchObject({ status: 'inProgress', closedAt: undefined })
    // The DPO's words stay in the case, not in the audit log.
    expect(reopened.decisions.at(-1)).toMatchObject({ kind: 'reopen', reasons: 'Ny information' })
    expect(JSON.stringify(event)).not.toContain('Ny information')
    expect(errorOf(reopenCase(reopened, { reason: 'x' }, ctx))).toBe(CASE_ERROR.notClosed)
  })
})

describe('tasks, correspondence, fees', () => {
  it('ticks tasks', () => {
    const base = newCase()
    const done = unwrap(setTaskDone(base, base.tasks[0]!.id, true, ctx)).case
    expect(done.tasks[0]).toMatchObject({ done: true, doneAt: '2026-03-06T09:00:00.000Z' })
    expect(errorOf(setTaskDone(base, 'missing', true, ctx))).toBe(CASE_ERROR.taskNotFound)
    expect(unwrap(setTaskDone(base, base.tasks[0]!.id, true, ctx)).event.params).toEqual({
      reference: base.reference,
      done: true,
      task: 'acknowledge'
    })
  })

  it("adds the DPO's own tasks with her label, never logging it", () => {
    const base = newCase()
    const { case: added, event } = unwrap(addTask(base, ' Ring kundtjänst ', ctx))
    expect(added.tasks.at(-1)).toMatchObject({ label: 'Ring kundtjänst', done: false })
    expect(added.tasks.at(-1)?.code).toBeUndefined()
    expect(JSON.stringify(event)).not.toContain('kundtjänst')
    const ticked = unwrap(setTaskDone(added, added.tasks.at(-1)!.id, true, ctx))
    expect(ticked.event.params).toMatchObject({ task: null })
    expect(errorOf(addTask(base, '  ', ctx))).toBe(CASE_ERROR.taskLabelRequired)
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

  it('takes the fee warning only from the day of receipt up to today (EDPB §194)', () => {
    const base = newCase() // received 2026-03-05, today 2026-03-06
    const fee = (warnedAt: string) =>
      setFee(base, { amountSek: 150, reason: 'Kopia', warnedAt }, ctx)
    expect(fee('2026-03-04')).toEqual({
      ok: false,
      error: {
        code: CASE_ERROR.feeWarningBeforeReceipt,
        params: { warnedAt: '2026-03-04', receivedAt: '2026-03-05' }
      }
    })
    expect(errorOf(fee('2026-03-07'))).toBe(CASE_ERROR.feeWarningInFuture)
    expect(fee('2026-03-05').ok).toBe(true)
    expect(fee('2026-03-06').ok).toBe(true)
    expect(unwrap(fee('2026-03-06')).event.params).toEqual({
      reference: base.reference,
      amountSek: 150,
      warnedAt: '2026-03-06'
    })
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
