import { describe, expect, it } from 'vitest'
import type { AuditEvent } from '@core'
import { translator } from '../../lib/i18n'
import { auditEventText } from './auditText'

const base: Omit<AuditEvent, 'action'> = {
  seq: 1,
  at: '2026-03-05T08:43:00.000Z',
  actor: 'Susanne Bäcklund',
  entityType: 'case',
  entityId: 'c1',
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64)
}

describe('audit events in words', () => {
  it('describes new events from their codes in both languages', () => {
    const event: AuditEvent = {
      ...base,
      action: 'case.status',
      params: { reference: 'DSR-2026-0001', from: 'received', to: 'inProgress' }
    }
    expect(auditEventText(translator('sv'), event)).toBe('DSR-2026-0001: status Mottagen → Pågår')
    expect(auditEventText(translator('en'), event)).toBe(
      'DSR-2026-0001: status Received → In progress'
    )
    const task: AuditEvent = {
      ...base,
      action: 'case.task',
      params: { reference: 'DSR-2026-0001', done: true, task: 'acknowledge' }
    }
    expect(auditEventText(translator('en'), task)).toBe(
      'DSR-2026-0001: task done: Send an acknowledgement of receipt'
    )
    expect(
      auditEventText(translator('sv'), { ...task, params: { ...task.params, task: null } })
    ).toBe('DSR-2026-0001: uppgift klar: egen uppgift')
    const posted: AuditEvent = {
      ...base,
      action: 'case.posted',
      params: { reference: 'DSR-2026-0001', count: 1, postedAt: '2026-03-06' }
    }
    expect(auditEventText(translator('en'), posted)).toBe(
      'DSR-2026-0001: 1 letter posted 2026-03-06'
    )
  })

  it('shows an event stored with a Swedish summary as it was written', () => {
    const legacy: AuditEvent = {
      ...base,
      action: 'case.create',
      summary: 'DSR-2026-0001: registrerad (Registerutdrag (tillgång), mottagen 2026-03-05)'
    }
    expect(auditEventText(translator('en'), legacy)).toBe(legacy.summary)
  })
})

describe('categories in audit events', () => {
  const erasure: AuditEvent = {
    ...base,
    action: 'case.erasure',
    params: { reference: 'DSR-2026-0002', category: 'cat-orders', action: 'erase' }
  }
  it('names a category by its inventory name in both languages', () => {
    const names = new Map([['cat-orders', 'Orderhistorik']])
    expect(auditEventText(translator('sv'), erasure, names)).toBe(
      'DSR-2026-0002: kategori Orderhistorik: radera'
    )
    expect(auditEventText(translator('en'), erasure, names)).toBe(
      'DSR-2026-0002: category Orderhistorik: erase'
    )
  })
  it('shows the recorded id of a category no longer in the inventory', () => {
    expect(auditEventText(translator('sv'), erasure, new Map())).toBe(
      'DSR-2026-0002: kategori cat-orders: radera'
    )
  })
})
