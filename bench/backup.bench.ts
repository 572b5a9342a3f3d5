import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupRow } from '../src/core/backup/records'
import { nodeBackupFs } from '../src/main/services/backup/backupFs'
import { createBackupService } from '../src/main/services/backup/backupService'
import { countRows, syntheticRows } from '../tests/helpers/backupFixtures'
import { report, timeIt } from './report'

describe('backup and restore (main-side pipeline, real files)', () => {
  it('10 000 cases + 100 MB of attachments', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dpo-bench-share-'))
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'dpo-bench-data-'))
    try {
      // 200 attachments of 500 kB = 100 MB, as the renderer would send them (ciphertext rows).
      const rows = syntheticRows(10_000, 200, 500 * 1024)
      const service = createBackupService({
        fs: nodeBackupFs,
        dataFolder,
        appVersion: 'bench',
        now: () => new Date()
      })
      await service.setFolder(folder)
      const key = new Uint8Array(randomBytes(32))
      const backup = await timeIt(async () => {
        const { sessionId } = await service.begin({
          backupKey: key,
          keyring: {},
          schemaVersion: 1,
          counts: countRows(rows),
          attachmentBytes: 100 * 1024 * 1024
        })
        // Batches of about 4 MB, like the renderer's.
        let batch: BackupRow[] = []
        let bytes = 0
        for (const row of rows) {
          batch.push(row)
          bytes += row.table === 'attachments' ? 500 * 1024 : 800
          if (bytes >= 4 * 1024 * 1024) {
            await service.append(sessionId, batch)
            batch = []
            bytes = 0
          }
        }
        await service.append(sessionId, batch)
        return service.finish(sessionId)
      })
      expect(backup.value.counts['attachments']).toBe(200)
      const list = await service.list()
      const restore = await timeIt(async () => {
        const preview = await service.restorePreviewByName(list[0]!.name)
        const opened = await service.restoreOpen(preview.restoreId, key)
        let received = 0
        for (;;) {
          const { rows: batchRows, isDone } = service.restoreNext(preview.restoreId)
          received += batchRows.length
          if (isDone) break
        }
        service.restoreClose(preview.restoreId)
        return { opened, received }
      })
      expect(restore.value.received).toBe(rows.length)
      report('backup', [
        {
          name: `backup size (${(backup.value.size / 1024 / 1024).toFixed(1)} MB)`,
          value: backup.value.size / 1024 / 1024,
          unit: 'MB'
        },
        {
          name: 'backup: encrypt, write, fsync, rename, read back and verify',
          value: backup.ms / 1000,
          unit: 's',
          target: { op: '<=', value: 10 }
        },
        {
          name: 'restore: read, verify everything, hand out all rows',
          value: restore.ms / 1000,
          unit: 's',
          target: { op: '<=', value: 15 }
        }
      ])
      console.log(
        '  (IPC transfer and IndexedDB reads/writes in the app come on top; see the E2E backup spec for the full path)'
      )
    } finally {
      rmSync(folder, { recursive: true, force: true })
      rmSync(dataFolder, { recursive: true, force: true })
    }
  })
})
