/** Synthetic vault rows for backup tests and benchmarks: ciphertext-like bytes, real shapes. */
import { randomBytes } from 'node:crypto'
import { FrameEncoder, type BackupRow } from '../../src/core/backup/records'

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

/** Key of the checked-in v1 backup `tests/fixtures/backup-v1.dpobak` (test data only). */
export const V1_FIXTURE_KEY_HEX = '5d1f0c3a9b7e6d4c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f1e2d3c4b5a'

/** Deterministic bytes (no randomness), so a fixture file can be compared record by record. */
export function patternBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 7) & 0xff
  return bytes
}

/** The rows inside `tests/fixtures/backup-v1.dpobak`, written by the format-1 writer. */
export function v1FixtureRows(): BackupRow[] {
  return [
    {
      table: 'keyring',
      row: {
        id: 'main',
        keyring: { format: 'dpo-desk-keyring', version: 1 },
        updatedAt: '2026-11-24T00:00:00.000Z'
      }
    },
    {
      table: 'subjects',
      row: {
        id: 'subject-1',
        v: 1,
        bidx_pnr: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        enc: patternBytes(400, 1)
      }
    },
    {
      table: 'cases',
      row: {
        id: 'case-1',
        v: 1,
        subjectId: 'subject-1',
        type: 'access',
        status: 'received',
        due: '2026-04-07',
        receivedAt: '2026-03-05',
        enc: patternBytes(700, 2)
      }
    },
    {
      table: 'attachments',
      row: { id: 'att-1', v: 1, caseId: 'case-1', enc: patternBytes(3000, 3) }
    },
    { table: 'auditLog', row: { id: 'audit-1', v: 1, seq: 1, enc: patternBytes(300, 4) } },
    {
      table: 'settings',
      row: { id: 'audit-head', v: 1, enc: patternBytes(120, 5) }
    },
    {
      table: 'inventory',
      row: { id: 'inv-1', v: 1, isActive: true, note: null, enc: patternBytes(90, 6) }
    }
  ]
}

/** Random bytes to take ciphertext-like field values from without generating each one. */
const POOL = new Uint8Array(randomBytes(8 * 1024 * 1024))
function poolBytes(length: number, seed: number): Uint8Array {
  const start = (seed * 7919) % (POOL.length - length)
  return POOL.subarray(start, start + length)
}

/** The row counts `syntheticFrameBatches` produces. */
export function syntheticCounts(cases: number, attachments: number): Record<string, number> {
  return { cases, subjects: Math.ceil(cases / 2), attachments, keyring: 1 }
}

/**
 * The rows of `syntheticRows`, encoded as the renderer sends them (frame batches of about
 * `batchBytes`), generated batch by batch so no more than one batch of rows exists at a time.
 * `encodeMs` adds up the time spent encoding (the renderer's share of a backup).
 */
export function* syntheticFrameBatches(
  cases: number,
  attachments: number,
  attachmentSize: number,
  batchBytes = 4 * 1024 * 1024,
  timing: { encodeMs: number } = { encodeMs: 0 }
): Generator<Uint8Array> {
  const encoder = new FrameEncoder(batchBytes * 2)
  const add = (table: string, row: Record<string, unknown>) => {
    const start = performance.now()
    encoder.addRow(table, row)
    timing.encodeMs += performance.now() - start
  }
  const flush = () => {
    const start = performance.now()
    const frames = encoder.take()
    timing.encodeMs += performance.now() - start
    return frames
  }
  for (let i = 0; i < cases; i++) {
    add('cases', {
      id: `case-${i}`,
      v: 1,
      subjectId: `subject-${i % 997}`,
      type: 'access',
      status: 'received',
      due: '2026-04-07',
      receivedAt: '2026-03-05',
      enc: poolBytes(600 + (i % 300), i)
    })
    if (i % 2 === 0)
      add('subjects', {
        id: `subject-${i}`,
        v: 1,
        bidx_pnr: `${i.toString(16).padStart(32, '0')}`,
        enc: poolBytes(400, i + 1)
      })
    if (encoder.byteLength >= batchBytes) yield flush()
  }
  for (let i = 0; i < attachments; i++) {
    add('attachments', {
      id: `att-${i}`,
      v: 1,
      caseId: `case-${i}`,
      enc: poolBytes(attachmentSize, i + 2)
    })
    if (encoder.byteLength >= batchBytes) yield flush()
  }
  add('keyring', {
    id: 'main',
    keyring: { format: 'dpo-desk-keyring' },
    updatedAt: '2026-11-24T00:00:00.000Z'
  })
  yield flush()
}
