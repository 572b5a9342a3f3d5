/**
 * The audit log's completeness check (issue 13 item 6, core/audit/auditMark.ts). At every
 * unlock (this hook mounts with the unlocked app) it fetches the high-water mark main keeps in
 * its data folder and checks the whole log against it in a worker, off the UI thread. While
 * the log checks out, every commit of audit events moves the mark on. A gap is reported and the
 * mark is left where it was (it is the evidence) until the user records the gap in the log.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { auditMarkKey, createAuditMark } from '@core/audit/auditMark'
import type { AuditEvent } from '@core'
import { wipe } from '@core/crypto'
import type { AppDb } from '../../data/db'
import {
  appendAuditNote,
  checkAuditIntegrityInBackground,
  onAuditCommitted
} from '../../data/repos/audit.repo'
import { callOrThrow } from '../../lib/api'
import { useActor } from '../cases/useCases'
import { useDb } from '../vault/VaultProvider'
import { auditGapParams, type AuditProblem } from './auditIntegrityText'

export type AuditIntegrityState =
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'ok'; wasAcknowledged: boolean }
  | { kind: 'problem'; problem: AuditProblem }
  | { kind: 'failed'; error: unknown }

async function storeMark(db: AppDb, head: AuditEvent, isGapAcknowledged = false): Promise<void> {
  const key = auditMarkKey(db.keys.keys.dek)
  try {
    await callOrThrow('audit:store-mark', {
      mark: createAuditMark(key, head),
      ...(isGapAcknowledged ? { isGapAcknowledged } : {})
    })
  } finally {
    wipe(key)
  }
}

export function useAuditIntegrity(): {
  state: AuditIntegrityState
  acknowledge: () => Promise<void>
  isAcknowledging: boolean
} {
  const db = useDb()
  const actor = useActor()
  const [state, setState] = useState<AuditIntegrityState>({ kind: 'checking', done: 0, total: 0 })
  const [isAcknowledging, setIsAcknowledging] = useState(false)
  // Whether the log checked out, so new commits may move the mark on; and the mark updates in
  // order (one after the other, the newest last).
  const trusted = useRef(false)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const enqueue = useCallback(
    (head: AuditEvent, isGapAcknowledged = false) => {
      queue.current = queue.current
        .then(() => storeMark(db, head, isGapAcknowledged))
        .catch(() => undefined) // the next commit or unlock tries again
      return queue.current
    },
    [db]
  )

  useEffect(() => {
    let isCancelled = false
    let latestHead: AuditEvent | null = null
    trusted.current = false
    const unsubscribe = onAuditCommitted(db, (head) => {
      latestHead = head
      if (trusted.current) void enqueue(head)
    })
    void (async () => {
      try {
        const { mark } = await callOrThrow('audit:get-mark', undefined)
        const { integrity, last } = await checkAuditIntegrityInBackground(
          db,
          mark,
          (done, total) => {
            if (!isCancelled) setState({ kind: 'checking', done, total })
          }
        )
        if (isCancelled) return
        if (integrity.status !== 'ok') return setState({ kind: 'problem', problem: integrity })
        trusted.current = true
        const head = latestHead ?? last
        if (head && (integrity.mark !== 'matched' || latestHead)) void enqueue(head)
        setState({ kind: 'ok', wasAcknowledged: false })
      } catch (error) {
        if (!isCancelled) setState({ kind: 'failed', error })
      }
    })()
    return () => {
      isCancelled = true
      unsubscribe()
    }
  }, [db, enqueue])

  const acknowledge = useCallback(async () => {
    if (state.kind !== 'problem') return
    setIsAcknowledging(true)
    try {
      const note = await appendAuditNote(
        db,
        {
          action: 'vault.audit-gap',
          entityType: 'vault',
          entityId: 'audit-log',
          params: auditGapParams(state.problem)
        },
        actor,
        new Date()
      )
      await enqueue(note, true)
      trusted.current = true
      setState({ kind: 'ok', wasAcknowledged: true })
    } catch (error) {
      setState({ kind: 'failed', error })
    } finally {
      setIsAcknowledging(false)
    }
  }, [db, actor, enqueue, state])

  return { state, acknowledge, isAcknowledging }
}
