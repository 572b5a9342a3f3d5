import {
  appendAuditEvent,
  auditEventSchema,
  verifyAuditChain,
  type AuditEvent,
  type AuditEventInput,
  type AuditVerification
} from '../../../../core'
import type { AppDb } from '../db'
import { parseRow } from './parse'

type AuditHead = { seq: number; hash: string }
const HEAD_ID = 'audit-head'

/**
 * Appends events to the hash chain (keyed with a sub-key of the data key). Call inside a
 * read-write transaction that includes auditLog and settings, together with the change the
 * events describe, so both are written or neither.
 */
export async function appendAudit(
  db: AppDb,
  inputs: readonly AuditEventInput[],
  actor: string,
  now: Date
): Promise<AuditEvent[]> {
  const lastRow = await db.auditLog.orderBy('seq').last()
  let previous = lastRow ? parseRow(auditEventSchema, 'auditLog', lastRow) : null
  const appended: AuditEvent[] = []
  for (const input of inputs) {
    const event = appendAuditEvent(
      previous,
      { ...input, actor, at: now.toISOString() },
      db.keys.keys.auditKey
    )
    await db.auditLog.put({ id: crypto.randomUUID(), ...event })
    appended.push(event)
    previous = event
  }
  if (previous)
    await db.settings.put({
      id: HEAD_ID,
      value: { seq: previous.seq, hash: previous.hash } satisfies AuditHead
    })
  return appended
}

export async function listAudit(db: AppDb): Promise<AuditEvent[]> {
  const rows = await db.auditLog.orderBy('seq').toArray()
  return rows.map((row) => parseRow(auditEventSchema, 'auditLog', row))
}

/** Verifies the whole chain against the key and the remembered head. */
export async function verifyAudit(db: AppDb): Promise<AuditVerification> {
  const [events, headRow] = await Promise.all([listAudit(db), db.settings.get(HEAD_ID)])
  const head = headRow?.['value'] as AuditHead | undefined
  return verifyAuditChain(events, {
    key: db.keys.keys.auditKey,
    ...(head ? { expectedHead: head } : {})
  })
}
