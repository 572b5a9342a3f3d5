/**
 * Writes a large backup (streaming, batch by batch) into a folder, then restores it through the
 * backup service the way the app does (verifying pass, then batch by batch), and reports memory
 * as JSON on stdout. Run with `node --expose-gc --import tsx` by backup.large.test.ts and the
 * backup benchmark: a child process, so the figures are this pipeline's alone.
 *
 * Memory is sampled every few milliseconds: `live` is heapUsed + arrayBuffers right after a
 * forced garbage collection (what is really held), `rss` the resident set without one.
 *
 *   argv: folder targetBytes [attachmentBytes]
 */
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { FrameEncoder } from '../../src/core/backup/records'
import { nodeBackupFs } from '../../src/main/services/backup/backupFs'
import { createBackupService } from '../../src/main/services/backup/backupService'
import { BackupWriter } from '../../src/main/services/backup/writer'

const folder = process.argv[2]!
const targetBytes = Number(process.argv[3])
const attachmentBytes = Number(process.argv[4] ?? 512 * 1024)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')

type Usage = { arrayBuffers: number; heap: number; rss: number }
const measure = (): Usage => {
  gc()
  const usage = process.memoryUsage()
  return { arrayBuffers: usage.arrayBuffers, heap: usage.heapUsed, rss: usage.rss }
}
function sampler(): { stop: () => Usage } {
  const peak = { arrayBuffers: 0, heap: 0, rss: 0 }
  const sample = () => {
    const now = measure()
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers)
    peak.heap = Math.max(peak.heap, now.heap)
    peak.rss = Math.max(peak.rss, now.rss)
  }
  const timer = setInterval(sample, 10)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return peak
    }
  }
}

const growth = (peak: Usage, base: Usage): Usage => ({
  arrayBuffers: peak.arrayBuffers - base.arrayBuffers,
  heap: peak.heap - base.heap,
  rss: peak.rss - base.rss
})

const key = new Uint8Array(randomBytes(32))

/** 1. Write: rows arrive in ~4 MB batches, as the renderer sends them. */
async function write() {
  const pool = new Uint8Array(randomBytes(attachmentBytes + 4096))
  const attachments = Math.ceil(targetBytes / attachmentBytes)
  const cases = 2000
  const counts = { cases, attachments, keyring: 1 }
  const baseline = measure()
  const started = performance.now()
  const writing = sampler()
  const writer = new BackupWriter({
    fs: nodeBackupFs,
    folder,
    backupKey: key,
    now: new Date(),
    header: {
      appVersion: 'large-test',
      schemaVersion: 1,
      keyring: { format: 'dpo-desk-keyring' },
      counts,
      sidecars: [],
      attachmentBytes: attachments * attachmentBytes
    }
  })
  await writer.start()
  const encoder = new FrameEncoder(8 * 1024 * 1024)
  const flushIfFull = async () => {
    if (encoder.byteLength >= 4 * 1024 * 1024) await writer.append(encoder.take())
  }
  for (let i = 0; i < cases; i++) {
    encoder.addRow('cases', {
      id: `case-${i}`,
      v: 1,
      status: 'received',
      enc: pool.subarray(i, i + 700)
    })
    await flushIfFull()
  }
  for (let i = 0; i < attachments; i++) {
    encoder.addRow('attachments', {
      id: `att-${i}`,
      v: 1,
      caseId: `case-${i % cases}`,
      enc: pool.subarray(i % 4096, (i % 4096) + attachmentBytes)
    })
    await flushIfFull()
  }
  encoder.addRow('keyring', { id: 'main', keyring: { format: 'dpo-desk-keyring' } })
  await writer.append(encoder.take())
  // finish() also reads the whole file back and verifies it (the verify pass).
  const verified = await writer.finish([])
  const peak = writing.stop()
  return {
    file: verified.file,
    size: verified.size,
    chunkSize: writer.header.chunkSize,
    baseline,
    peak,
    ms: performance.now() - started
  }
}

async function main(): Promise<void> {
  const written = await write()
  // 2. Restore through the service: a verifying pass, then the rows batch by batch.
  const baseline = measure()
  const service = createBackupService({
    fs: nodeBackupFs,
    dataFolder: folder,
    appVersion: 'large-test',
    now: () => new Date()
  })
  const restoreStarted = performance.now()
  const verifying = sampler()
  const preview = await service.restorePreview(written.file)
  const opened = await service.restoreOpen(preview.restoreId, key)
  const verifyPeak = verifying.stop()
  const restoring = sampler()
  let rows = 0
  let bytes = 0
  let largestBatch = 0
  for (;;) {
    const batch = await service.restoreNext(preview.restoreId)
    rows += batch.rows
    bytes += batch.frames.length
    largestBatch = Math.max(largestBatch, batch.frames.length)
    if (batch.isDone) break
  }
  await service.restoreClose(preview.restoreId)
  const restorePeak = restoring.stop()
  const restoreMs = performance.now() - restoreStarted

  console.log(
    JSON.stringify({
      size: written.size,
      chunkSize: written.chunkSize,
      rows,
      expectedRows: opened.rows,
      framesBytes: bytes,
      largestBatch,
      /** Peak growth over the baseline measured before each phase, in bytes. */
      writeGrowth: growth(written.peak, written.baseline),
      verifyGrowth: growth(verifyPeak, baseline),
      restoreGrowth: growth(restorePeak, baseline),
      maxRssKiB: process.resourceUsage().maxRSS,
      writeMs: Math.round(written.ms),
      restoreMs: Math.round(restoreMs),
      files: readdirSync(folder).map((name) => path.basename(name))
    })
  )
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
