import { describe, expect, it } from 'vitest'
import { createCase, type CaseCommandResult, type CommandContext } from '../cases/workflow'
import { letterFields } from '../pdf/letterFields'
import type { DsrCase, InventoryCategory } from '../model/types'
import { SEED_INVENTORY, SEED_ORGANISATION } from './seed'
import {
  art19Checklist,
  namedRecipientLines,
  recordArt19Notice,
  removeArt19Notice,
  RECIPIENT_ERROR
} from './recipients'

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
const caseOf = (type: DsrCase['type']) =>
  unwrap(
    createCase({ type, channel: 'letter', subjectId: 's1', receivedAt: '2026-03-05' }, [], ctx)
  ).case

const inventory: InventoryCategory[] = [
  {
    ...SEED_INVENTORY[0]!,
    namedRecipients: [
      { name: 'Fortnox AB', role: 'processor' },
      { name: 'Skatteverket', role: 'authority' }
    ]
  },
  { ...SEED_INVENTORY[1]!, namedRecipients: [{ name: ' fortnox ab ', role: 'other' }] }
]

describe('named recipients and art. 19', () => {
  it('lists each named recipient once, with its role, for the registerutdrag', () => {
    expect(namedRecipientLines(inventory, 'sv')).toEqual([
      'Fortnox AB (personuppgiftsbiträde)',
      'Skatteverket (myndighet)'
    ])
    expect(namedRecipientLines(inventory, 'en')).toEqual([
      'Fortnox AB (processor)',
      'Skatteverket (public authority)'
    ])
  })

  it('records who was told in a rectification, and the letter lists them', () => {
    let dsrCase = caseOf('rectification')
    dsrCase = unwrap(
      recordArt19Notice(dsrCase, { name: 'Fortnox AB', notifiedAt: '2026-03-09' }, ctx)
    ).case
    const result = unwrap(
      recordArt19Notice(dsrCase, { name: 'Skatteverket', notifiedAt: '2026-03-10' }, ctx)
    )
    expect(result.event).toMatchObject({
      action: 'case.art19',
      params: { notifiedAt: '2026-03-10' }
    })
    dsrCase = result.case
    expect(
      art19Checklist(dsrCase, inventory).map((row) => [row.name, row.notice?.notifiedAt])
    ).toEqual([
      ['Fortnox AB', '2026-03-09'],
      ['Skatteverket', '2026-03-10']
    ])
    const fields = letterFields({
      templateId: 'rectificationDone',
      language: 'sv',
      case: dsrCase,
      organisation: SEED_ORGANISATION,
      recipientName: 'Åsa Öberg',
      on: '2026-03-10',
      due: '2026-04-07',
      extendedDue: '2026-06-05',
      freeText: 'Ny adress',
      categoryName: (id) => id
    })
    expect(fields.recipientsStatement).toContain('Fortnox AB')
    expect(fields.recipientsStatement).toContain('Skatteverket')
  })

  it('keeps a told recipient the inventory no longer names, and undoes a notice', () => {
    let dsrCase = caseOf('restriction')
    dsrCase = unwrap(
      recordArt19Notice(
        dsrCase,
        { name: 'Gamla Byrån AB', notApplicableReason: 'Har inte fått uppgifterna' },
        ctx
      )
    ).case
    const rows = art19Checklist(dsrCase, inventory)
    expect(rows.at(-1)).toEqual({
      name: 'Gamla Byrån AB',
      notice: { recipientId: 'Gamla Byrån AB', notApplicableReason: 'Har inte fått uppgifterna' }
    })
    dsrCase = unwrap(removeArt19Notice(dsrCase, 'gamla byrån ab', ctx)).case
    expect(dsrCase.recipientNotices).toEqual([])
    expect(removeArt19Notice(dsrCase, 'Gamla Byrån AB', ctx)).toMatchObject({
      ok: false,
      error: { code: RECIPIENT_ERROR.notFound }
    })
  })

  it('refuses a day before the request or after today, both or neither, and other case types', () => {
    const dsrCase = caseOf('erasure')
    expect(
      recordArt19Notice(dsrCase, { name: 'Fortnox AB', notifiedAt: '2026-03-11' }, ctx)
    ).toMatchObject({
      ok: false,
      error: { code: RECIPIENT_ERROR.future, params: { from: '2026-03-05', today: '2026-03-10' } }
    })
    expect(
      recordArt19Notice(dsrCase, { name: 'Fortnox AB', notifiedAt: '2026-03-04' }, ctx).ok
    ).toBe(false)
    expect(recordArt19Notice(dsrCase, { name: 'Fortnox AB' }, ctx)).toMatchObject({
      ok: false,
      error: { code: RECIPIENT_ERROR.invalid }
    })
    expect(
      recordArt19Notice(
        dsrCase,
        { name: 'Fortnox AB', notifiedAt: '2026-03-09', notApplicableReason: 'x' },
        ctx
      )
    ).toMatchObject({ ok: false, error: { code: RECIPIENT_ERROR.invalid } })
    expect(
      recordArt19Notice(caseOf('access'), { name: 'Fortnox AB', notifiedAt: '2026-03-09' }, ctx)
    ).toMatchObject({
      ok: false,
      error: { code: RECIPIENT_ERROR.notApplicable }
    })
  })
})
