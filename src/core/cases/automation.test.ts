import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import type { CorrespondenceEntry, DsrCase } from '../model/types'
import { applyAutomation, automationFor, undoAutomation } from './automation'
import { defaultTasks } from './tasks'

let n = 0
const ctx = { now: new Date('2026-12-01T10:00:00Z'), actor: 'DPO', newId: () => `id-${n++}` }
const letter = (
  templateId: string,
  extra: Partial<CorrespondenceEntry> = {}
): CorrespondenceEntry => ({
  id: `e-${templateId}`,
  direction: 'out',
  medium: 'letter',
  at: '2026-12-01T09:00:00Z',
  subject: templateId,
  attachmentIds: [],
  letter: { templateId },
  ...extra
})
const access = (): DsrCase =>
  testCase({ type: 'access', status: 'inProgress', tasks: defaultTasks('access', ctx.newId) })

describe('what follows from a letter', () => {
  it('a receipt ticks its task; an identification request moves to identity check and offers the clock stop', () => {
    const dsrCase = access()
    const receipt = automationFor(dsrCase, letter('receiptAcknowledgement'), {
      ledger: [],
      on: '2026-12-01'
    })
    expect(receipt.steps).toEqual([
      { kind: 'task', taskId: dsrCase.tasks[0]!.id, code: 'acknowledge' }
    ])
    const id = automationFor(dsrCase, letter('identificationRequest'), {
      ledger: [],
      on: '2026-12-01'
    })
    expect(id).toEqual({
      steps: [{ kind: 'status', from: 'inProgress', to: 'identityCheck' }],
      offerClockStop: true
    })
  })

  it('a registerutdrag records the copy with its scope and period, ticks its tasks and answers', () => {
    const dsrCase = access()
    const planned = automationFor(
      dsrCase,
      letter('registerutdrag', {
        letter: {
          templateId: 'registerutdrag',
          scope: 'Köphistorik',
          period: { from: '2025-01-01', to: '2025-12-31' }
        }
      }),
      { ledger: [], on: '2026-12-01' }
    )
    expect(planned.steps.map((step) => step.kind)).toEqual(['task', 'task', 'copy', 'status'])
    const applied = applyAutomation(dsrCase, planned.steps, ctx)
    if (!applied.ok) throw new Error(applied.error.code)
    expect(applied.value.case).toMatchObject({
      status: 'answered',
      answeredAt: '2026-12-01',
      copy: {
        deliveredAt: '2026-12-01',
        scope: 'Köphistorik',
        period: { from: '2025-01-01', to: '2025-12-31' },
        free: true
      }
    })
    expect(applied.value.event).toMatchObject({
      action: 'case.automatic',
      params: { tasks: 2, copy: true }
    })
    // Undo puts back exactly what the steps changed.
    const undone = undoAutomation(applied.value.case, dsrCase, planned.steps, ctx)
    if (!undone.ok) throw new Error(undone.error.code)
    expect(undone.value.case.status).toBe('inProgress')
    expect(undone.value.case.copy).toBeUndefined()
    expect(undone.value.case.tasks.every((task) => !task.done)).toBe(true)
    expect(undone.value.event.action).toBe('case.automatic-undo')
  })

  it('a further copy within twelve months is charged only after the fee notice', () => {
    const dsrCase = { ...access(), fee: { amountSek: 150, reason: 'x', warnedAt: '2026-11-20' } }
    const ledger = [
      { caseId: 'old', deliveredAt: '2026-08-01', scope: 'Alla uppgifter', free: true }
    ]
    const planned = automationFor(dsrCase, letter('registerutdrag'), { ledger, on: '2026-12-01' })
    const copy = planned.steps.find((step) => step.kind === 'copy')
    expect(copy).toMatchObject({ copy: { free: false } })
    const unwarned = automationFor({ ...dsrCase, fee: undefined }, letter('registerutdrag'), {
      ledger,
      on: '2026-12-01'
    })
    expect(unwarned.steps.find((step) => step.kind === 'copy')).toMatchObject({
      copy: { free: true }
    })
  })

  it('a refusal rejects; a voided letter or one the workflow does not allow does nothing', () => {
    const refusal = automationFor(access(), letter('refusal'), { ledger: [], on: '2026-12-01' })
    expect(refusal.steps.at(-1)).toEqual({ kind: 'status', from: 'inProgress', to: 'rejected' })
    expect(
      automationFor(access(), letter('refusal', { voidedAt: '2026-12-01T10:00:00Z' }), {
        ledger: [],
        on: '2026-12-01'
      }).steps
    ).toEqual([])
    const closed = { ...access(), status: 'closed' as const }
    expect(
      automationFor(closed, letter('identificationRequest'), { ledger: [], on: '2026-12-01' }).steps
    ).toEqual([])
  })
})
