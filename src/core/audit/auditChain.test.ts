import { describe, expect, it } from 'vitest'
import type { AuditEvent } from '../model/types'
import { appendAuditEvent, GENESIS_HASH, verifyAuditChain } from './auditChain'

function chain(length: number, key?: Uint8Array): AuditEvent[] {
  const events: AuditEvent[] = []
  for (let i = 0; i < length; i++) {
    events.push(
      appendAuditEvent(
        events.at(-1) ?? null,
        {
          at: `2026-03-0${(i % 9) + 1}T10:00:00.000Z`,
          actor: 'Susanne Bäcklund',
          action: 'case.status',
          entityType: 'case',
          entityId: `case-${i}`,
          summary: `Status ${i}`
        },
        key
      )
    )
  }
  return events
}

describe('audit chain', () => {
  it('links each event to the one before', () => {
    const events = chain(3)
    expect(events[0]!.prevHash).toBe(GENESIS_HASH)
    expect(events[1]!.prevHash).toBe(events[0]!.hash)
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(verifyAuditChain(events)).toEqual({ ok: true, count: 3, head: events[2]!.hash })
  })

  it('detects an edited event', () => {
    const events = chain(5)
    events[2] = { ...events[2]!, summary: 'Status ändrad' }
    expect(verifyAuditChain(events)).toMatchObject({ ok: false, seq: 3, reason: 'edited' })
  })

  it('detects an edited event whose hash was recomputed (the next link breaks)', () => {
    const events = chain(5)
    const { hash: _hash, ...body } = events[2]!
    const forged = appendAuditEvent(events[1]!, { ...body, summary: 'forged' })
    events[2] = forged
    expect(verifyAuditChain(events)).toMatchObject({ ok: false, seq: 4, reason: 'removed' })
  })

  it('detects a removed event', () => {
    const events = chain(5)
    events.splice(1, 1)
    expect(verifyAuditChain(events)).toMatchObject({ ok: false, index: 1, reason: 'removed' })
  })

  it('detects reordered events', () => {
    const events = chain(5)
    ;[events[1], events[2]] = [events[2]!, events[1]!]
    expect(verifyAuditChain(events)).toMatchObject({
      ok: false,
      index: 1,
      seq: 3,
      reason: 'reordered'
    })
  })

  it('detects a cut-off tail against the remembered head', () => {
    const events = chain(5)
    const head = { seq: 5, hash: events[4]!.hash }
    expect(verifyAuditChain(events, { expectedHead: head }).ok).toBe(true)
    expect(verifyAuditChain(events.slice(0, 4), { expectedHead: head })).toMatchObject({
      ok: false,
      reason: 'truncated'
    })
  })

  it('with a key, a chain rebuilt without the key does not verify', () => {
    const key = new Uint8Array(32).fill(7)
    const keyed = chain(3, key)
    expect(verifyAuditChain(keyed, { key }).ok).toBe(true)
    expect(verifyAuditChain(chain(3), { key })).toMatchObject({ ok: false, reason: 'edited' })
  })
})
