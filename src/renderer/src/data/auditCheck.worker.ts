/**
 * The audit log's completeness check off the UI thread: a dedicated worker opens its own
 * connection to the database (IndexedDB works in workers), reads and decrypts the log page by
 * page and checks the chain and the mark, so a log of 100 000 events never blocks the screen.
 * It gets the data key for the duration of one check and drops it afterwards.
 */
import type { AuditMark } from '@core/audit/auditMark'
import { wipe } from '@core/crypto'
import { AppDb } from './db'
import { KeyHolder } from './keys'
import { checkAuditIntegrity } from './repos/audit.repo'

export type AuditCheckRequest = { dbName: string; dataKey: Uint8Array; mark: AuditMark | null }
export type AuditCheckMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: Awaited<ReturnType<typeof checkAuditIntegrity>> }
  | { type: 'failed'; code: string; message: string }

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AuditCheckRequest>) => void) | null
  postMessage: (message: AuditCheckMessage) => void
}

scope.onmessage = ({ data }) => {
  const keys = new KeyHolder()
  keys.unlock(data.dataKey)
  wipe(data.dataKey)
  const db = new AppDb(data.dbName, keys)
  checkAuditIntegrity(db, data.mark, {
    // Larger pages than on the UI thread: nothing here competes with the screen.
    pageSize: 1000,
    onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total })
  })
    .then((result) => scope.postMessage({ type: 'done', result }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'failed',
        code: (error as { code?: string }).code ?? 'AUDIT_CHECK_FAILED',
        message: error instanceof Error ? error.message : String(error)
      })
    )
    .finally(() => {
      db.close()
      keys.lock()
    })
}
