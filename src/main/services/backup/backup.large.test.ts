import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(__dirname, '../../../..')
const OVER_2_GIB = 2 * 1024 ** 3 + 64 * 1024 ** 2

type Usage = { arrayBuffers: number; heap: number; rss: number }

/** Runs tests/helpers/largeBackupChild.ts: a streaming write, then a restore, sampled. */
function runChild(folder: string): Promise<{
  size: number
  chunkSize: number
  rows: number
  expectedRows: number
  framesBytes: number
  verifyGrowth: Usage
  restoreGrowth: Usage
  writeGrowth: Usage
  files: string[]
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // Forced collections make the samples show what is really held, and synchronous
        // array-buffer sweeping makes freed buffers leave the count at once.
        '--expose-gc',
        '--no-concurrent-array-buffer-sweeping',
        '--import',
        'tsx',
        path.join(REPO, 'tests/helpers/largeBackupChild.ts'),
        folder,
        String(OVER_2_GIB)
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as Awaited<ReturnType<typeof runChild>>)
        : reject(new Error(`child exited with ${code}: ${stderr}`))
    )
  })
}

describe('a backup over 2 GiB', () => {
  it('is written, verified and restored in a few chunks of memory', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dpo-backup-2gib-'))
    try {
      const result = await runChild(folder)
      expect(result.size).toBeGreaterThan(2 * 1024 ** 3)
      expect(result.rows).toBe(result.expectedRows)
      expect(result.framesBytes).toBeGreaterThan(2 * 1024 ** 3)
      expect(result.files).toHaveLength(1)
      const chunk = result.chunkSize
      // Binary data resident while verifying and while handing out rows: at most 4 chunks
      // (read buffer, decrypted chunk, the batch handed out, a row spanning two chunks).
      expect(result.verifyGrowth.arrayBuffers).toBeLessThanOrEqual(4 * chunk)
      expect(result.restoreGrowth.arrayBuffers).toBeLessThanOrEqual(4 * chunk)
      // JS objects: one id per row for the duplicate check (6 000 rows), nothing per byte.
      expect(result.verifyGrowth.heap).toBeLessThanOrEqual(4 * 1024 ** 2)
      expect(result.restoreGrowth.heap).toBeLessThanOrEqual(4 * 1024 ** 2)
      // The process as a whole: tens of MB for a file of 2 GiB (format 1 read it whole).
      expect(result.verifyGrowth.rss).toBeLessThanOrEqual(64 * 1024 ** 2)
      expect(result.restoreGrowth.rss).toBeLessThanOrEqual(64 * 1024 ** 2)
      expect(result.writeGrowth.rss).toBeLessThanOrEqual(128 * 1024 ** 2)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 240_000)
})
