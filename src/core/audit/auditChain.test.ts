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
          params: { reference: `DSR-2026-000${i}`, from: 'received', to: 'inProgress' }
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
    events[2] = { ...events[2]!, params: { ...events[2]!.params, to: 'answered' } }
    expect(verifyAuditChain(events)).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'edited',
      message: { code: 'audit.broken.edited', params: { seq: 3 } }
    })
  })

  it('hashes the parameters whatever order their keys were stored in', () => {
    const events = chain(2)
    const { reference, from, to } = events[1]!.params as Record<string, string>
    events[1] = { ...events[1]!, params: { to: to!, from: from!, reference: reference! } }
    expect(verifyAuditChain(events).ok).toBe(true)
  })

  it('hashes the action and every identifying field', () => {
    for (const change of [
      { action: 'case.close' },
      { entityType: 'subject' as const },
      { entityId: 'other' },
      { actor: 'Någon annan' },
      { at: '2026-03-09T10:00:00.001Z' }
    ]) {
      const events = chain(3)
      events[1] = { ...events[1]!, ...change }
      expect(verifyAuditChain(events), JSON.stringify(change)).toMatchObject({
        ok: false,
        reason: 'edited'
      })
    }
  })

  it('still verifies events stored with a Swedish summary (format 1), followed by new ones', () => {
    // Written by the version before parameters existed (same key), hashes copied from it.
    const key = new Uint8Array(32).map((_, i) => i + 1)
    const legacy: AuditEvent[] = [
      {
        seq: 1,
        at: '2026-03-05T08:43:00.000Z',
        actor: 'Susanne Bäcklund',
        action: 'case.create',
        entityType: 'case',
        entityId: 'c1',
        summary: 'DSR-2026-0001: registrerad (Registerutdrag (tillgång), mottagen 2026-03-05)',
        prevHash: GENESIS_HASH,
        hash: '5b73f691b0db3a7ee485b391f21a3fb6c75c8cc49735c4e6c03605d17d152153'
      },
      {
        seq: 2,
        at: '2026-03-06T09:00:00.000Z',
        actor: 'Susanne Bäcklund',
        action: 'subject.update',
        entityType: 'subject',
        entityId: 's1',
        summary: 'Registrerad person ändrad',
        prevHash: '5b73f691b0db3a7ee485b391f21a3fb6c75c8cc49735c4e6c03605d17d152153',
        hash: '76be0fa3e702d163e2e78337025d38aa5e9f9667833224a057082c8a15d08e0a'
      }
    ]
    expect(verifyAuditChain(legacy, { key }).ok).toBe(true)
    const next = appendAuditEvent(
      legacy[1]!,
      {
        at: '2026-03-07T10:00:00.000Z',
        actor: 'Susanne Bäcklund',
        action: 'case.status',
        entityType: 'case',
        entityId: 'c1',
        params: { reference: 'DSR-2026-0001', from: 'received', to: 'inProgress' }
      },
      key
    )
    expect(next.summary).toBeUndefined()
    expect(verifyAuditChain([...legacy, next], { key })).toMatchObject({ ok: true, count: 3 })
    const edited = [{ ...legacy[0]!, summary: 'DSR-2026-0001: raderad' }, legacy[1]!, next]
    expect(verifyAuditChain(edited, { key })).toMatchObject({ ok: false, seq: 1, reason: 'edited' })
  })

  it('detects an edited event whose hash was recomputed (the next link breaks)', () => {
    const events = chain(5)
    const { hash: _hash, ...body } = events[2]!
    const forged = appendAuditEvent(events[1]!, {
      ...body,
      action: 'case.status',
      params: { reference: 'forged' }
    })
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
