/**
 * The hash-chained audit log (DESIGN §2). Each event's hash covers its fields and the previous
 * hash (SHA-256, or HMAC-SHA-256 with a key so that only the key holder can re-forge a chain).
 * Verification finds the first edited, removed or reordered event. Removing events from the end
 * can only be seen against a remembered head (`expectedHead`), which the app stores separately.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { CoreMessage, MessageParam, MessageParams } from '../errors'
import type { AuditEvent, AuditEventInput, IsoInstant } from '../model/types'

export const GENESIS_HASH = '0'.repeat(64)

/** The same value with object keys sorted, so storage order never changes the hash. */
function sortedKeys(value: MessageParam): MessageParam {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value !== null && typeof value === 'object') {
    const record = value as MessageParams
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortedKeys(record[key]!)])
    )
  }
  return value
}

/**
 * Canonical bytes of an event: fixed field order, JSON-escaped values. Events with parameters
 * (format 2) hash the action's parameters with sorted keys behind a format marker; events stored
 * before (format 1) hash their summary exactly as they always did, so they still verify.
 */
function canonical(event: Omit<AuditEvent, 'hash'>): Uint8Array {
  const head = [event.seq, event.at, event.actor, event.action, event.entityType, event.entityId]
  return utf8ToBytes(
    JSON.stringify(
      event.params !== undefined
        ? [2, ...head, sortedKeys(event.params), event.prevHash]
        : [...head, event.summary ?? '', event.prevHash]
    )
  )
}

function digest(event: Omit<AuditEvent, 'hash'>, key?: Uint8Array): string {
  const bytes = canonical(event)
  return bytesToHex(key ? hmac(sha256, key, bytes) : sha256(bytes))
}

/** The hash an event must carry (both formats), for checks that go event by event. */
export function auditEventDigest(event: AuditEvent, key?: Uint8Array): string {
  const { hash: _hash, ...body } = event
  return digest(body, key)
}

/** The next event after `previous` (null for the first one). */
export function appendAuditEvent(
  previous: AuditEvent | null,
  input: AuditEventInput & { at: IsoInstant; actor: string },
  key?: Uint8Array
): AuditEvent {
  const body = {
    seq: previous ? previous.seq + 1 : 1,
    at: input.at,
    actor: input.actor,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    params: input.params,
    prevHash: previous ? previous.hash : GENESIS_HASH
  }
  return { ...body, hash: digest(body, key) }
}

export type AuditFailureReason = 'edited' | 'removed' | 'reordered' | 'truncated'

/** Why the chain is broken, for the audit page (`audit.broken.<reason>`). */
export type AuditBreak = CoreMessage<
  `audit.broken.${AuditFailureReason}`,
  { seq: number | null; expectedSeq: number | null }
>
export const AUDIT_BREAK_CODES = [
  'audit.broken.edited',
  'audit.broken.removed',
  'audit.broken.reordered',
  'audit.broken.truncated'
] as const satisfies readonly AuditBreak['code'][]

export type AuditVerification =
  | { ok: true; count: number; head: string }
  | {
      ok: false
      index: number
      seq: number | null
      reason: AuditFailureReason
      message: AuditBreak
    }

function broken(
  index: number,
  seq: number | null,
  reason: AuditFailureReason,
  expectedSeq: number | null
): AuditVerification {
  return {
    ok: false,
    index,
    seq,
    reason,
    message: { code: `audit.broken.${reason}`, params: { seq, expectedSeq } }
  }
}

/** Checks the whole chain in storage order. */
export function verifyAuditChain(
  events: readonly AuditEvent[],
  options: { key?: Uint8Array; expectedHead?: { seq: number; hash: string } } = {}
): AuditVerification {
  let previousHash = GENESIS_HASH
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!
    const expectedSeq = index + 1
    if (event.seq !== expectedSeq) {
      const expectedLater = events.slice(index + 1).some((later) => later.seq === expectedSeq)
      const reason = event.seq > expectedSeq && !expectedLater ? 'removed' : 'reordered'
      return broken(index, event.seq, reason, expectedSeq)
    }
    if (event.prevHash !== previousHash) return broken(index, event.seq, 'removed', expectedSeq)
    const { hash, ...body } = event
    if (digest(body, options.key) !== hash) return broken(index, event.seq, 'edited', expectedSeq)
    previousHash = hash
  }
  const head = options.expectedHead
  if (head && (events.length < head.seq || events[head.seq - 1]?.hash !== head.hash)) {
    return broken(events.length, null, 'truncated', head.seq)
  }
  return { ok: true, count: events.length, head: previousHash }
}
