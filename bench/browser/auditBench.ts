/**
 * Runs in Debian Chromium (real IndexedDB): an audit log of many events is checked against its
 * high-water mark the way the app does at unlock (slices with yields), while long tasks on the
 * main thread are recorded; beside it the one-shot check (read everything, verify in one go).
 * Bundled by audit.bench.ts.
 */
import { auditMarkKey, createAuditMark, type AuditMark } from '../../src/core/audit/auditMark'
import { appendAuditEvent, type AuditEvent } from '../../src/core'
import { newDataKey } from '../../src/core/crypto'
import { AppDb } from '../../src/renderer/src/data/db'
import { KeyHolder } from '../../src/renderer/src/data/keys'
// The app starts the same worker module from its own file; a benchmark bundle is one file.
import AuditCheckWorker from '../../src/renderer/src/data/auditCheck.worker.ts?worker&inline'
import {
  appendAudit,
  checkAuditIntegrity,
  checkAuditIntegrityInBackground,
  verifyAudit
} from '../../src/renderer/src/data/repos/audit.repo'

type Seeded = { events: number; seedMs: number; dek: number[]; mark: AuditMark }

type Figures = {
  workerMs: number
  workerLongestTaskMs: number
  workerLongestGapMs: number
  workerLongTasks: number
  idleLongestTaskMs: number
  idleLongTasks: number
  backgroundMs: number
  backgroundLongestTaskMs: number
  backgroundLongestGapMs: number
  backgroundLongTasks: number
  oneShotMs: number
  oneShotLongestTaskMs: number
  status: string
}

declare global {
  interface Window {
    seedAuditLog: (count: number) => Promise<Seeded>
    checkAuditLog: (seeded: Seeded, pageSize?: number) => Promise<Figures>
  }
}

/** Long tasks (> 50 ms, as Chromium reports them) while `work` runs. */
async function withLongTasks<T>(
  work: () => Promise<T>
): Promise<{ value: T; ms: number; longest: number; longestGap: number; count: number }> {
  const tasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  // A heartbeat measures the gaps too (long tasks below 50 ms are not reported).
  let last = performance.now()
  let longestGap = 0
  let beating = true
  const beat = () => {
    const now = performance.now()
    longestGap = Math.max(longestGap, now - last)
    last = now
    if (beating) setTimeout(beat, 0)
  }
  setTimeout(beat, 0)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  beating = false
  await new Promise((resolve) => setTimeout(resolve, 20))
  observer.disconnect()
  return {
    value,
    ms,
    longest: Math.max(0, ...tasks),
    longestGap,
    count: tasks.length
  }
}

const DB_NAME = 'bench-audit'

/** Writes the log; the page is then reloaded, as the app reloads on lock, before the check. */
window.seedAuditLog = async (count) => {
  const keys = new KeyHolder()
  const dek = newDataKey()
  keys.unlock(dek)
  const db = new AppDb(DB_NAME, keys)
  // The chain is built as appendAudit builds it, written in bulk (faster to seed), then one
  // more event through appendAudit itself, which also stores the head row.
  const seedStarted = performance.now()
  let previous: AuditEvent | null = null
  const batch = 2000
  for (let start = 0; start < count - 1; start += batch) {
    const events: (AuditEvent & { id: string })[] = []
    for (let i = start; i < Math.min(start + batch, count - 1); i++) {
      previous = appendAuditEvent(
        previous,
        {
          action: 'case.status',
          entityType: 'case',
          entityId: crypto.randomUUID(),
          params: {
            reference: `DSR-2026-${String(i + 1).padStart(5, '0')}`,
            from: 'received',
            to: 'inProgress'
          },
          actor: 'Susanne Bäcklund',
          at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
        },
        keys.keys.auditKey
      )
      events.push({ id: crypto.randomUUID(), ...previous })
    }
    await db.auditLog.bulkPut(events)
  }
  const [last] = await db.transaction('rw', [db.auditLog, db.settings], () =>
    appendAudit(
      db,
      [
        {
          action: 'case.status',
          entityType: 'case',
          entityId: 'last',
          params: { reference: 'DSR-2026-99999', from: 'inProgress', to: 'answered' }
        }
      ],
      'Susanne Bäcklund',
      new Date(Date.UTC(2026, 6, 1))
    )
  )
  const seedMs = performance.now() - seedStarted
  // The mark main would hold after the last commit.
  const mark = createAuditMark(auditMarkKey(keys.keys.dek), last!)
  db.close()
  return { events: count, seedMs, dek: Array.from(dek), mark }
}

/** The check at unlock in a fresh page, beside the one-shot verification. */
window.checkAuditLog = async ({ dek, mark }, pageSize) => {
  const keys = new KeyHolder()
  keys.unlock(Uint8Array.from(dek))
  const db = new AppDb(DB_NAME, keys)
  const worker = await withLongTasks(() =>
    checkAuditIntegrityInBackground(db, mark, undefined, () => new AuditCheckWorker())
  )
  // Control: the same page doing nothing for as long. Long tasks here come from the machine
  // (other processes on two shared cores), not from the check.
  const idle = await withLongTasks(
    () => new Promise((resolve) => setTimeout(resolve, Math.min(worker.ms, 15_000)))
  )
  const background = await withLongTasks(() =>
    checkAuditIntegrity(db, mark, pageSize ? { pageSize } : {})
  )
  const oneShot = await withLongTasks(() => verifyAudit(db))
  if (!oneShot.value.ok) throw new Error('one-shot verification failed')
  db.close()
  if (worker.value.integrity.status !== 'ok') throw new Error('worker check failed')
  return {
    workerMs: worker.ms,
    workerLongestTaskMs: worker.longest,
    workerLongestGapMs: worker.longestGap,
    workerLongTasks: worker.count,
    idleLongestTaskMs: idle.longest,
    idleLongTasks: idle.count,
    backgroundMs: background.ms,
    backgroundLongestTaskMs: background.longest,
    backgroundLongestGapMs: background.longestGap,
    backgroundLongTasks: background.count,
    oneShotMs: oneShot.ms,
    oneShotLongestTaskMs: oneShot.longest,
    status: background.value.integrity.status
  }
}
