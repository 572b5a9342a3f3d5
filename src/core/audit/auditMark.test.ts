import { describe, expect, it } from 'vitest'
import type { AuditEvent } from '../model/types'
import { appendAuditEvent } from './auditChain'
import {
  assessAuditIntegrity,
  AuditChainChecker,
  auditMarkKey,
  checkAuditMark,
  createAuditMark,
  type AuditMark
} from './auditMark'

const chainKey = new Uint8Array(32).fill(9)
const dataKey = new Uint8Array(32).fill(4)
const markKey = auditMarkKey(dataKey)

function chain(length: number, to = 'inProgress'): AuditEvent[] {
  const events: AuditEvent[] = []
  for (let i = 0; i < length; i++)
    events.push(
      appendAuditEvent(
        events.at(-1) ?? null,
        {
          at: new Date(Date.UTC(2026, 2, 1 + i, 9)).toISOString(),
          actor: 'Susanne Bäcklund',
          action: 'case.status',
          entityType: 'case',
          entityId: `case-${i}`,
          params: {
            reference: `DSR-2026-${String(i + 1).padStart(4, '0')}`,
            from: 'received',
            to
          }
        },
        chainKey
      )
    )
  return events
}

/** What the app does at unlock: pages through the log and judges it against head and mark. */
function assess(
  events: readonly AuditEvent[],
  head: { seq: number; hash: string } | null,
  mark: AuditMark | null
) {
  const checker = new AuditChainChecker(chainKey, [head?.seq ?? 0, mark?.count ?? 0])
  for (let i = 0; i < events.length; i += 3) checker.push(events.slice(i, i + 3))
  return assessAuditIntegrity({ checker, head, mark, markKey })
}

const headOf = (events: readonly AuditEvent[]) => {
  const last = events.at(-1)
  return last ? { seq: last.seq, hash: last.hash } : null
}

describe('audit high-water mark', () => {
  const events = chain(10)
  const mark = createAuditMark(markKey, events[9]!)

  it('is keyed: only the data key holder can make one, and an edit is seen', () => {
    expect(checkAuditMark(markKey, mark)).toBe('valid')
    expect(checkAuditMark(markKey, { ...mark, count: 5 })).toBe('forged')
    expect(checkAuditMark(markKey, { ...mark, headAt: '2026-01-01T00:00:00.000Z' })).toBe('forged')
    expect(checkAuditMark(auditMarkKey(new Uint8Array(32).fill(5)), mark)).toBe('otherVault')
  })

  it('passes the whole log, and a log that has grown since the mark', () => {
    expect(assess(events, headOf(events), mark)).toEqual({
      status: 'ok',
      count: 10,
      mark: 'matched'
    })
    const longer = chain(12)
    expect(assess(longer, headOf(longer), mark)).toEqual({
      status: 'ok',
      count: 12,
      mark: 'behind'
    })
  })

  it('a fresh profile (no events, no mark) is fine, and so is a first start of this version', () => {
    expect(assess([], null, null)).toEqual({ status: 'ok', count: 0, mark: 'none' })
    expect(assess(events, headOf(events), null)).toEqual({ status: 'ok', count: 10, mark: 'none' })
  })

  it('detects the last events deleted together with the head row', () => {
    const cut = events.slice(0, 7)
    // Without the mark the cut log verifies: the chain and the (rewritten) head agree.
    expect(assess(cut, headOf(cut), null)).toMatchObject({ status: 'ok' })
    expect(assess(cut, headOf(cut), mark)).toEqual({
      status: 'truncated',
      expected: 10,
      found: 7,
      missing: 3,
      lastKeptAt: events[6]!.at,
      lastMissingAt: events[9]!.at
    })
  })

  it('detects an old head replayed together with an old copy of the log', () => {
    const old = events.slice(0, 4)
    expect(assess(old, headOf(old), mark)).toMatchObject({
      status: 'truncated',
      missing: 6,
      lastKeptAt: events[3]!.at
    })
  })

  it('detects the whole log deleted (with its head row)', () => {
    expect(assess([], null, mark)).toEqual({
      status: 'truncated',
      expected: 10,
      found: 0,
      missing: 10,
      lastKeptAt: null,
      lastMissingAt: events[9]!.at
    })
  })

  it('detects a log of the same length that is not the marked one', () => {
    // Built with the key (someone holding it could): same length, other contents.
    const rebuilt = chain(10, 'closed')
    expect(assess(rebuilt, headOf(rebuilt), mark)).toEqual({ status: 'replaced', seq: 10 })
  })

  it('reports an edited mark file, and ignores a mark of another vault', () => {
    expect(assess(events, headOf(events), { ...mark, count: 50 })).toEqual({ status: 'markForged' })
    // A mark of another vault says nothing about this log (a vault set up anew beside an old
    // data folder); it is replaced, like a missing one. Deleting the file does the same.
    const foreign = createAuditMark(auditMarkKey(new Uint8Array(32).fill(6)), events[9]!)
    expect(assess(events.slice(0, 2), headOf(events.slice(0, 2)), foreign)).toMatchObject({
      status: 'ok',
      mark: 'none'
    })
  })

  it('still reports a chain broken in the middle first', () => {
    const edited = events.map((event, i) =>
      i === 4 ? { ...event, params: { ...event.params, to: 'ändrad' } } : event
    )
    expect(assess(edited, headOf(edited), mark)).toEqual({
      status: 'broken',
      reason: 'edited',
      seq: 5
    })
    const removed = events.filter((_event, i) => i !== 2)
    expect(assess(removed, headOf(removed), mark)).toMatchObject({
      status: 'broken',
      reason: 'removed'
    })
  })

  it('agrees with the one-shot chain check page by page', () => {
    const checker = new AuditChainChecker(chainKey)
    for (const event of events) expect(checker.push([event])).toBeNull()
    expect(checker.count).toBe(10)
    expect(checker.last).toEqual(events[9])
  })
})
