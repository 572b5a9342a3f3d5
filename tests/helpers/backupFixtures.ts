/** Synthetic vault rows for backup tests and benchmarks: ciphertext-like bytes, real shapes. */
import { randomBytes } from 'node:crypto'
import type { BackupRow } from '../../src/core/backup/records'

/** Shaped like a real keyring (the wrapped keys are random bytes here). */
export const FIXTURE_KEYRING = {
  format: 'dpo-desk-keyring',
  wraps: {
    passphrase: randomBytes(60).toString('base64'),
    recovery: randomBytes(60).toString('base64')
  }
}

export function syntheticRows(
  cases: number,
  attachments: number,
  attachmentSize: number
): BackupRow[] {
  const rows: BackupRow[] = []
  for (let i = 0; i < cases; i++) {
    rows.push({
      table: 'cases',
      row: {
        id: `case-${i}`,
        v: 1,
        subjectId: `subject-${i % 997}`,
        type: 'access',
        status: 'received',
        due: '2026-04-07',
        receivedAt: '2026-03-05',
        enc: new Uint8Array(randomBytes(600 + (i % 300)))
      }
    })
    if (i % 2 === 0)
      rows.push({
        table: 'subjects',
        row: {
          id: `subject-${i}`,
          v: 1,
          bidx_pnr: randomBytes(16).toString('hex'),
          enc: new Uint8Array(randomBytes(400))
        }
      })
  }
  for (let i = 0; i < attachments; i++) {
    rows.push({
      table: 'attachments',
      row: {
        id: `att-${i}`,
        v: 1,
        caseId: `case-${i}`,
        enc: new Uint8Array(randomBytes(attachmentSize))
      }
    })
  }
  rows.push({
    table: 'keyring',
    row: {
      id: 'main',
      keyring: { format: 'dpo-desk-keyring' },
      updatedAt: '2026-11-24T00:00:00.000Z'
    }
  })
  return rows
}

export function countRows(rows: readonly BackupRow[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const row of rows) counts[row.table] = (counts[row.table] ?? 0) + 1
  return counts
}
