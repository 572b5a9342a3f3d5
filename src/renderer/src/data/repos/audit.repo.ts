import Dexie from 'dexie'
import {
  appendAuditEvent,
  auditEventSchema,
  verifyAuditChain,
  type AuditEvent,
  type AuditEventInput,
  type AuditVerification
} from '@core'
import {
  assessAuditIntegrity,
  AuditChainChecker,
  auditMarkKey,
  type AuditIntegrity,
  type AuditMark
} from '@core/audit/auditMark'
import { wipe } from '@core/crypto'
import type { AuditCheckMessage, AuditCheckRequest } from '../auditCheck.worker'
import type { AppDb } from '../db'
import { decryptRowsAsync } from '../encryption'
import { parseRow } from './parse'

type AuditHead = { seq: number; hash: string }
const HEAD_ID = 'audit-head'

type CommitListener = (head: AuditEvent) => void
const commitListeners = new WeakMap<AppDb, Set<CommitListener>>()

/**
 * Called with the new last event each time appended audit events have been committed (after
 * the transaction that wrote them completed, never for a rolled-back one). The audit integrity
 * module moves the high-water mark in main's data folder on.
 */
export function onAuditCommitted(db: AppDb, listener: CommitListener): () => void {
  let listeners = commitListeners.get(db)
  if (!listeners) commitListeners.set(db, (listeners = new Set()))
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function notifyCommitted(db: AppDb, head: AuditEvent): void {
  for (const listener of commitListeners.get(db) ?? []) listener(head)
}

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
    appended.push(event)
    previous = event
  }
  if (previous) {
    // The events and the head in one round trip.
    await Promise.all([
      db.auditLog.bulkPut(appended.map((event) => ({ id: crypto.randomUUID(), ...event }))),
      db.settings.put({
        id: HEAD_ID,
        value: { seq: previous.seq, hash: previous.hash } satisfies AuditHead
      })
    ])
    const head = previous
    // The outermost transaction: a nested one "completes" when its scope ends, before the commit.
    let transaction = Dexie.currentTransaction
    while (transaction?.parent) transaction = transaction.parent
    if (transaction) transaction.on('complete', () => notifyCommitted(db, head))
    else notifyCommitted(db, head)
  }
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

/** Events read and checked per slice of the background check (about 10–30 ms of work). */
const CHECK_PAGE = 100

/** Lets the browser paint and handle input between slices of a long check. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Checks the whole log against the head the database remembers and the high-water mark kept
 * outside it (core/audit/auditMark.ts): in slices of a few hundred events with a yield to the
 * UI between them, so a log of 100 000 events is checked without freezing the screen.
 */
export async function checkAuditIntegrity(
  db: AppDb,
  mark: AuditMark | null,
  options: { onProgress?: (done: number, total: number) => void; pageSize?: number } = {}
): Promise<{ integrity: AuditIntegrity; last: AuditEvent | null }> {
  const pageSize = options.pageSize ?? CHECK_PAGE
  const [headRow, total] = await Promise.all([db.settings.get(HEAD_ID), db.auditLog.count()])
  const head = (headRow?.['value'] as AuditHead | undefined) ?? null
  const { auditKey, dek } = db.keys.keys
  const checker = new AuditChainChecker(auditKey, [head?.seq ?? 0, mark?.count ?? 0])
  let from = 1
  for (;;) {
    // Stored rows of the page, opened with WebCrypto (native, off the JS thread) rather than one
    // by one through the middleware: the same checks, several times less work per event.
    const stored = await db.raw
      .table('auditLog')
      .where('seq')
      .aboveOrEqual(from)
      .limit(pageSize)
      .toArray()
    if (stored.length === 0) break
    const rows = await decryptRowsAsync('auditLog', db.keys.keys, stored)
    const events = rows.map((row) => parseRow(auditEventSchema, 'auditLog', row))
    if (checker.push(events)) break
    from = events[events.length - 1]!.seq + 1
    options.onProgress?.(checker.count, total)
    await yieldToUi()
  }
  const markKey = auditMarkKey(dek)
  try {
    return { integrity: assessAuditIntegrity({ checker, head, mark, markKey }), last: checker.last }
  } finally {
    wipe(markKey)
  }
}

/** Appends one event on its own (e.g. the note that a gap in the log was seen and accepted). */
export async function appendAuditNote(
  db: AppDb,
  input: AuditEventInput,
  actor: string,
  now: Date
): Promise<AuditEvent> {
  return db.transaction('rw', [db.auditLog, db.settings], async () => {
    const [event] = await appendAudit(db, [input], actor, now)
    return event!
  })
}

/**
 * The check of `checkAuditIntegrity` in a dedicated worker (auditCheck.worker.ts), so nothing
 * of it runs on the UI thread. Where workers are unavailable (unit tests) it runs here, in
 * slices with yields.
 */
export function checkAuditIntegrityInBackground(
  db: AppDb,
  mark: AuditMark | null,
  onProgress?: (done: number, total: number) => void,
  /** How the worker is started (the benchmark bundles it inline). */
  startWorker: () => Worker = () =>
    new Worker(new URL('../auditCheck.worker.ts', import.meta.url), { type: 'module' })
): Promise<{ integrity: AuditIntegrity; last: AuditEvent | null }> {
  if (typeof Worker !== 'function')
    return checkAuditIntegrity(db, mark, onProgress ? { onProgress } : {})
  const dataKey = db.keys.keys.dek.slice()
  const inThread = () => checkAuditIntegrity(db, mark, onProgress ? { onProgress } : {})
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = startWorker()
    } catch {
      wipe(dataKey)
      return resolve(inThread())
    }
    let hasAnswered = false
    const stop = () => worker.terminate()
    worker.onmessage = ({ data }: MessageEvent<AuditCheckMessage>) => {
      hasAnswered = true
      if (data.type === 'progress') return onProgress?.(data.done, data.total)
      stop()
      if (data.type === 'done') resolve(data.result)
      else reject(Object.assign(new Error(data.message), { code: data.code }))
    }
    worker.onerror = (event) => {
      stop()
      // A worker that cannot start (a platform without module workers) is not a reason to skip
      // the check: it then runs here, in slices.
      if (!hasAnswered) resolve(inThread())
      else reject(new Error(event.message || 'The audit check stopped'))
    }
    const request: AuditCheckRequest = { dbName: db.name, dataKey, mark }
    worker.postMessage(request, [dataKey.buffer])
  })
}
