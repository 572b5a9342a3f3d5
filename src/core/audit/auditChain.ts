/**
 * The hash-chained audit log (DESIGN §2). Each event's hash covers its fields and the previous
 * hash (SHA-256, or HMAC-SHA-256 with a key so that only the key holder can re-forge a chain).
 * Verification finds the first edited, removed or reordered event. Removing events from the end
 * can only be seen against a remembered head (`expectedHead`), which the app stores separately.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { AuditEvent, AuditEventInput, IsoInstant } from '../model/types'

export const GENESIS_HASH = '0'.repeat(64)

/** Canonical bytes of an event: fixed field order, JSON-escaped values. */
function canonical(event: Omit<AuditEvent, 'hash'>): Uint8Array {
  return utf8ToBytes(
    JSON.stringify([
      event.seq,
      event.at,
      event.actor,
      event.action,
      event.entityType,
      event.entityId,
      event.summary,
      event.prevHash
    ])
  )
}

function digest(event: Omit<AuditEvent, 'hash'>, key?: Uint8Array): string {
  const bytes = canonical(event)
  return bytesToHex(key ? hmac(sha256, key, bytes) : sha256(bytes))
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
    summary: input.summary,
    prevHash: previous ? previous.hash : GENESIS_HASH
  }
  return { ...body, hash: digest(body, key) }
}

export type AuditVerification =
  | { ok: true; count: number; head: string }
  | {
      ok: false
      index: number
      seq: number | null
      reason: 'edited' | 'removed' | 'reordered' | 'truncated'
      message: string
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
      return {
        ok: false,
        index,
        seq: event.seq,
        reason,
        message:
          reason === 'removed'
            ? `Händelse ${expectedSeq} saknas i granskningsloggen.`
            : `Händelse ${event.seq} ligger på fel plats i granskningsloggen.`
      }
    }
    if (event.prevHash !== previousHash) {
      return {
        ok: false,
        index,
        seq: event.seq,
        reason: 'removed',
        message: `Kedjan bryts före händelse ${event.seq}.`
      }
    }
    const { hash, ...body } = event
    if (digest(body, options.key) !== hash) {
      return {
        ok: false,
        index,
        seq: event.seq,
        reason: 'edited',
        message: `Händelse ${event.seq} har ändrats i efterhand.`
      }
    }
    previousHash = hash
  }
  const head = options.expectedHead
  if (head && (events.length < head.seq || events[head.seq - 1]?.hash !== head.hash)) {
    return {
      ok: false,
      index: events.length,
      seq: null,
      reason: 'truncated',
      message: `Granskningsloggen slutar före den senast kända händelsen ${head.seq}.`
    }
  }
  return { ok: true, count: events.length, head: previousHash }
}
