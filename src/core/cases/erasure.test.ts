import { describe, expect, it } from 'vitest'
import type { DsrCase } from '../model/types'
import {
  copyLedger,
  decideErasure,
  markCategoryErased,
  recordCopyDelivered,
  recordRecipientNotice
} from './erasure'
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
  return result.value.case
}
const erasureCase = (): DsrCase =>
  unwrap(
    createCase(
      { type: 'erasure', channel: 'email', subjectId: 's1', receivedAt: '2026-03-05' },
      [],
      ctx
    )
  )

describe('erasure decisions', () => {
  it('blocks a category with legal basis, computed release date and allowed use', () => {
    const blocked = unwrap(
      decideErasure(
        erasureCase(),
        {
          categoryId: 'betalning',
          action: 'block',
          legalBasis: 'bokforingslagen',
          startEvent: '2025-12-31',
          allowedUse: 'Endast för Skatteverkets granskning'
        },
        ctx
      )
    )
    expect(blocked.erasure).toEqual([
      {
        categoryId: 'betalning',
        action: 'block',
        legalBasis: 'bokforingslagen',
        startEvent: '2025-12-31',
        releaseDate: '2033-01-01',
        allowedUse: 'Endast för Skatteverkets granskning'
      }
    ])
  })

  it('replaces an earlier decision for the same category and records erasure', () => {
    const first = unwrap(
      decideErasure(erasureCase(), { categoryId: 'kontakt', action: 'erase' }, ctx)
    )
    const erased = unwrap(markCategoryErased(first, 'kontakt', '2026-03-10', ctx))
    expect(erased.erasure).toEqual([
      { categoryId: 'kontakt', action: 'erase', erasedAt: '2026-03-10' }
    ])
    expect(markCategoryErased(first, 'kontakt', '2026-03-11', ctx).ok).toBe(false)
  })

  it('requires an allowed use for a block', () => {
    const result = decideErasure(
      erasureCase(),
      {
        categoryId: 'x',
        action: 'block',
        legalBasis: 'konsumentkop',
        startEvent: '2026-01-01',
        allowedUse: ''
      },
      ctx
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'ERASURE_BASIS_REQUIRED' } })
  })

  it('records Art. 19 notices with a date or a reason, not both', () => {
    const told = unwrap(
      recordRecipientNotice(
        erasureCase(),
        { recipientId: 'leverantorer', notifiedAt: '2026-03-10' },
        ctx
      )
    )
    expect(told.recipientNotices).toEqual([
      { recipientId: 'leverantorer', notifiedAt: '2026-03-10' }
    ])
    expect(recordRecipientNotice(erasureCase(), { recipientId: 'x' }, ctx).ok).toBe(false)
    expect(
      recordRecipientNotice(
        erasureCase(),
        { recipientId: 'x', notifiedAt: '2026-03-10', notApplicableReason: 'y' },
        ctx
      ).ok
    ).toBe(false)
  })
})

describe('copies of access requests', () => {
  it('feeds the ledger', () => {
    const access = unwrap(
      createCase(
        { type: 'access', channel: 'letter', subjectId: 's1', receivedAt: '2026-03-05' },
        [],
        ctx
      )
    )
    const delivered = unwrap(
      recordCopyDelivered(
        access,
        { deliveredAt: '2026-03-09', scope: 'Alla uppgifter', free: true },
        ctx
      )
    )
    expect(copyLedger([delivered, erasureCase()])).toEqual([
      { caseId: access.id, deliveredAt: '2026-03-09', scope: 'Alla uppgifter', free: true }
    ])
    expect(
      recordCopyDelivered(erasureCase(), { deliveredAt: '2026-03-09', scope: 'x', free: true }, ctx)
        .ok
    ).toBe(false)
    expect(
      recordCopyDelivered(access, { deliveredAt: '2026-03-20', scope: 'x', free: true }, ctx).ok
    ).toBe(false)
  })
})
