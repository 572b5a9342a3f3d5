import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  countRows,
  FIXTURE_KEYRING,
  syntheticRows,
  V1_FIXTURE_KEY_HEX,
  v1FixtureRows
} from '../../../../tests/helpers/backupFixtures'
import { createAuditMark } from '../../../core/audit/auditMark'
import { BACKUP_ERROR, decodeChunkPrefix, decodeHeader } from '../../../core/backup/format'
import {
  decodeRowPayload,
  encodeRowFrame,
  FrameEncoder,
  type BackupRow
} from '../../../core/backup/records'
import { AppFailure } from '../../ipc/failure'
import { createAuditMarkStore } from '../auditMarkStore'
import { toFileFailure } from '../files'
import { nodeBackupFs, type BackupFs } from './backupFs'
import { createBackupService } from './backupService'
import { toBackupFailure } from './errors'
import { readBackup } from './reader'
import { BACKUP_FILE_PATTERN, BackupWriter } from './writer'

const REPO = path.resolve(__dirname, '../../../..')

function tempDir(prefix = 'dpo-backup-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

async function writeBackup(
  folder: string,
  rows: BackupRow[],
  options: {
    fs?: BackupFs
    key?: Uint8Array
    chunkSize?: number
    renameRetryDelaysMs?: number[]
  } = {}
) {
  const key = options.key ?? new Uint8Array(randomBytes(32))
  const writer = new BackupWriter({
    fs: options.fs ?? nodeBackupFs,
    folder,
    backupKey: key,
    now: new Date(),
    chunkSize: options.chunkSize ?? 64 * 1024,
    ...(options.renameRetryDelaysMs ? { renameRetryDelaysMs: options.renameRetryDelaysMs } : {}),
    header: {
      appVersion: '0.1.0',
      schemaVersion: 1,
      keyring: FIXTURE_KEYRING,
      counts: countRows(rows),
      sidecars: ['signing-identity.json'],
      attachmentBytes: 0
    }
  })
  await writer.start()
  for (let i = 0; i < rows.length; i += 100) await writer.appendRows(rows.slice(i, i + 100))
  const verified = await writer.finish([
    { name: 'signing-identity.json', bytes: new TextEncoder().encode('{"sealed":"x"}') }
  ])
  return { verified, key, writer }
}

async function restoreCode(file: string, key: Uint8Array): Promise<string | null> {
  try {
    await readBackup(nodeBackupFs, file, key)
    return null
  } catch (error) {
    return (error as { code?: string }).code ?? 'untyped'
  }
}

/** Chunk boundaries of a written file: [offset, length] of each length-prefixed chunk. */
function chunks(bytes: Uint8Array): [number, number][] {
  const { bodyOffset, header } = decodeHeader(bytes)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const found: [number, number][] = []
  let offset = bodyOffset
  while (offset + 42 < bytes.length) {
    const { length, isFinal } = decodeChunkPrefix(view.getUint32(offset), header.formatVersion)
    found.push([offset, 4 + length])
    offset += 4 + length
    if (isFinal) break
  }
  return found
}

/** Every row of a backup, decoded (what a restore would write). */
async function readRows(file: string, key: Uint8Array) {
  const rows: BackupRow[] = []
  const result = await readBackup(nodeBackupFs, file, key, {
    onRow: (frame) =>
      rows.push(
        frame.row ? { table: frame.table, row: frame.row } : decodeRowPayload(frame.payload!)
      )
  })
  return { rows, result }
}

describe('backup round trip', () => {
  it('restores 10 000 cases with attachments byte for byte', async () => {
    const folder = tempDir()
    const rows = syntheticRows(10_000, 40, 250_000)
    const { verified, key } = await writeBackup(folder, rows, { chunkSize: 1024 * 1024 })
    expect(verified.name).toMatch(BACKUP_FILE_PATTERN)
    expect(verified.counts).toEqual(countRows(rows))
    const { rows: restored, result } = await readRows(verified.file, key)
    expect(restored).toHaveLength(rows.length)
    const encoded = (row: BackupRow) =>
      Buffer.from(
        JSON.stringify([row.table, row.row], (_k, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v
        )
      )
    const mismatches = rows.filter((row, i) => !encoded(row).equals(encoded(restored[i]!))).length
    expect(mismatches).toBe(0)
    expect(new TextDecoder().decode(result.sidecars[0]!.bytes)).toBe('{"sealed":"x"}')
    expect(readdirSync(folder)).toEqual([verified.name])
  }, 60_000)

  it('shows when, which version and how much, without a key', async () => {
    const folder = tempDir()
    const rows = syntheticRows(10, 1, 1000)
    const { verified } = await writeBackup(folder, rows)
    const header = decodeHeader(new Uint8Array(readFileSync(verified.file))).header
    expect(header).toMatchObject({ formatVersion: 2, appVersion: '0.1.0', counts: countRows(rows) })
  })
})

describe('restore refuses damaged files with a specific error', () => {
  const rows = syntheticRows(400, 4, 100_000)
  let file: string
  let key: Uint8Array
  let original: Uint8Array

  const variant = (name: string, change: (bytes: Uint8Array) => Uint8Array): string => {
    const target = path.join(path.dirname(file), `variant-${name}`)
    writeFileSync(target, change(original.slice()))
    return target
  }

  it('prepares a good backup', async () => {
    const written = await writeBackup(tempDir(), rows)
    file = written.verified.file
    key = written.key
    original = new Uint8Array(readFileSync(file))
    expect(await restoreCode(file, key)).toBeNull()
    expect(chunks(original).length).toBeGreaterThan(5)
  })

  it.each<[string, (bytes: Uint8Array) => Uint8Array, string]>([
    ['magic', (b) => ((b[0] = 0x58), b), BACKUP_ERROR.notABackup],
    ['header byte', (b) => ((b[40] = b[40]! ^ 0x01), b), BACKUP_ERROR.headerDamaged],
    [
      'keyring byte',
      (b) => {
        // A letter inside the wrapped passphrase key: still valid JSON, so only the
        // authentication of the chunks (bound to the header hash) can catch it.
        const at = Buffer.from(b).indexOf(FIXTURE_KEYRING.wraps.passphrase) + 10
        b[at] = b[at] === 0x41 ? 0x42 : 0x41
        return b
      },
      BACKUP_ERROR.chunkDamaged
    ],
    ['future version', (b) => ((b[7] = 9), b), BACKUP_ERROR.fromFuture],
    [
      'middle chunk',
      (b) => {
        const [offset, length] = chunks(b)[2]!
        b[offset + Math.floor(length / 2)]! ^= 0x01
        return b
      },
      BACKUP_ERROR.chunkDamaged
    ],
    [
      'last chunk tag',
      (b) => {
        const all = chunks(b)
        const [offset, length] = all[all.length - 1]!
        b[offset + length - 1]! ^= 0x01
        return b
      },
      BACKUP_ERROR.chunkDamaged
    ],
    ['trailer checksum', (b) => ((b[b.length - 1]! ^= 0x01), b), BACKUP_ERROR.checksum],
    ['truncated by one byte', (b) => b.subarray(0, b.length - 1), BACKUP_ERROR.truncated],
    [
      'truncated by one chunk',
      (b) => {
        const all = chunks(b)
        const [offset] = all[all.length - 1]!
        return new Uint8Array([...b.subarray(0, offset), ...b.subarray(b.length - 42)])
      },
      BACKUP_ERROR.truncated
    ],
    [
      'appended junk',
      (b) => new Uint8Array([...b, ...new TextEncoder().encode('junk')]),
      BACKUP_ERROR.trailingData
    ],
    [
      'swapped chunks',
      (b) => {
        const [[o1, l1], [o2, l2]] = [chunks(b)[1]!, chunks(b)[2]!]
        const first = b.slice(o1, o1 + l1)
        const second = b.slice(o2, o2 + l2)
        return new Uint8Array([...b.subarray(0, o1), ...second, ...first, ...b.subarray(o2 + l2)])
      },
      BACKUP_ERROR.chunkDamaged
    ]
  ])('%s', async (name, change, code) => {
    expect(await restoreCode(variant(name.replace(/\s/g, '-'), change), key)).toBe(code)
  })

  it('wrong key (another vault)', async () => {
    expect(await restoreCode(file, new Uint8Array(randomBytes(32)))).toBe(BACKUP_ERROR.chunkDamaged)
  })
})

type Fault = {
  op: 'create' | 'write' | 'sync' | 'rename'
  code: string
  times?: number
  afterCalls?: number
}

function faultyFs(fault: Fault): BackupFs & { calls: Record<string, number> } {
  const calls: Record<string, number> = { create: 0, write: 0, sync: 0, rename: 0 }
  const fail = (op: Fault['op']) => {
    calls[op] = (calls[op] ?? 0) + 1
    const n = calls[op]!
    if (
      op === fault.op &&
      n > (fault.afterCalls ?? 0) &&
      n <= (fault.afterCalls ?? 0) + (fault.times ?? Infinity)
    ) {
      throw Object.assign(new Error(`${fault.code}: simulated`), { code: fault.code })
    }
  }
  return {
    ...nodeBackupFs,
    calls,
    async create(target) {
      fail('create')
      const file = await nodeBackupFs.create(target)
      return {
        write: async (data) => (fail('write'), file.write(data)),
        writev: async (parts) => (fail('write'), file.writev(parts)),
        sync: async () => (fail('sync'), file.sync()),
        close: () => file.close()
      }
    },
    rename: async (from, to) => (fail('rename'), nodeBackupFs.rename(from, to))
  }
}

describe('write failures leave nothing half-written', () => {
  const rows = syntheticRows(200, 2, 100_000)

  it.each<[string, Fault, string]>([
    ['disk full while writing', { op: 'write', code: 'ENOSPC', afterCalls: 5 }, 'BACKUP_NO_SPACE'],
    ['quota exceeded', { op: 'write', code: 'EDQUOT', afterCalls: 2 }, 'BACKUP_NO_SPACE'],
    ['read-only share', { op: 'create', code: 'EROFS' }, 'BACKUP_READ_ONLY'],
    ['no access', { op: 'create', code: 'EACCES' }, 'BACKUP_NO_ACCESS'],
    ['share gone during fsync', { op: 'sync', code: 'EIO' }, 'BACKUP_SHARE_UNAVAILABLE'],
    ['rename locked for good', { op: 'rename', code: 'EBUSY' }, 'BACKUP_FAILED']
  ])('%s → %s', async (_name, fault, code) => {
    const folder = tempDir()
    const fs = faultyFs(fault)
    const error = await writeBackup(folder, rows, { fs, renameRetryDelaysMs: [1, 1, 1] }).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).code).toBe(code)
    expect(readdirSync(folder)).toEqual([])
  })

  it('retries a rename that Windows or antivirus holds for a moment', async () => {
    const folder = tempDir()
    const fs = faultyFs({ op: 'rename', code: 'EPERM', times: 2 })
    const { verified } = await writeBackup(folder, rows, { fs, renameRetryDelaysMs: [1, 1, 1] })
    expect(fs.calls['rename']).toBe(3)
    expect(readdirSync(folder)).toEqual([verified.name])
  })

  it('stops retrying after the budget and removes the temp file', async () => {
    const folder = tempDir()
    const fs = faultyFs({ op: 'rename', code: 'EACCES' })
    const error = (await writeBackup(folder, rows, { fs, renameRetryDelaysMs: [1, 1] }).catch(
      (caught: unknown) => caught
    )) as AppFailure
    expect(error.code).toBe('BACKUP_NO_ACCESS')
    expect(fs.calls['rename']).toBe(3)
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('a writer killed mid-way', () => {
  for (const phase of ['afterHeader', 'midBody', 'beforeFsync', 'beforeRename'] as const) {
    it(`at ${phase}: no final file, the previous backup still restores, the temp file is cleaned up later`, async () => {
      const folder = tempDir()
      const previous = await writeBackup(folder, syntheticRows(50, 1, 10_000))
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(REPO, 'tests/helpers/backupCrashChild.ts'), folder],
        {
          env: { ...process.env, CRASH_AT: phase },
          encoding: 'utf8',
          cwd: REPO
        }
      )
      expect(child.signal).toBe('SIGKILL')
      const names = readdirSync(folder)
      expect(names.filter((name) => BACKUP_FILE_PATTERN.test(name))).toEqual([
        previous.verified.name
      ])
      const temps = names.filter((name) => name.endsWith('.tmp'))
      expect(temps).toHaveLength(1)
      expect(await restoreCode(previous.verified.file, previous.key)).toBeNull()

      // The next backup removes temp files left by a crash over an hour ago.
      const old = new Date(Date.now() - 2 * 3600 * 1000)
      utimesSync(path.join(folder, temps[0]!), old, old)
      const dataFolder = tempDir('dpo-data-')
      const service = createBackupService({
        fs: nodeBackupFs,
        dataFolder,
        appVersion: '0.1.0',
        now: () => new Date()
      })
      await service.setFolder(folder)
      const { sessionId } = await service.begin({
        backupKey: new Uint8Array(randomBytes(32)),
        keyring: {},
        schemaVersion: 1,
        counts: { cases: 0 },
        attachmentBytes: 0
      })
      await service.abort(sessionId)
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }, 60_000)
  }

  it('after the rename, the file is whole and verifies', async () => {
    const folder = tempDir()
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'tests/helpers/backupCrashChild.ts'), folder],
      {
        env: { ...process.env, CRASH_AT: 'afterRename' },
        cwd: REPO
      }
    )
    expect(child.signal).toBe('SIGKILL')
    const finals = readdirSync(folder).filter((name) => BACKUP_FILE_PATTERN.test(name))
    expect(finals).toHaveLength(1)
    expect(
      decodeHeader(new Uint8Array(readFileSync(path.join(folder, finals[0]!)))).header.counts[
        'cases'
      ]
    ).toBe(300)
  }, 60_000)
})

describe('the read-back reads what reached the share, as it is written', () => {
  const rows = syntheticRows(300, 2, 50_000)

  /** nodeBackupFs that logs writes, reads, closes and unlinks, and can change a written byte. */
  function watchedFs(change?: { writeCall: number }) {
    const log: string[] = []
    let writes = 0
    const fs: BackupFs = {
      ...nodeBackupFs,
      async create(target) {
        const file = await nodeBackupFs.create(target)
        return {
          ...file,
          async writev(parts) {
            const call = ++writes
            if (call === change?.writeCall) {
              // The share stores one bit differently from what was sent (parts: prefix,
              // ciphertext, tag): the writer itself never sees it.
              const changed = parts.map((part) => part.slice())
              changed[1]![7]! ^= 0x01
              parts = changed
            }
            await file.writev(parts)
            log.push(`wrote ${call}`)
          }
        }
      },
      async openRead(target) {
        const file = await nodeBackupFs.openRead(target)
        return {
          get size() {
            return file.size
          },
          async read(buffer, offset, length, position) {
            log.push(`read after ${writes} writes`)
            return file.read(buffer, offset, length, position)
          },
          async close() {
            await file.close()
            log.push('read closed')
          }
        }
      },
      async unlink(target) {
        log.push('unlink')
        await nodeBackupFs.unlink(target)
      }
    }
    return { fs, log, writes: () => writes }
  }

  it('fails, and leaves no backup, when a chunk on the share differs from what was sealed', async () => {
    const folder = tempDir()
    const { fs, log } = watchedFs({ writeCall: 3 })
    const error = await writeBackup(folder, rows, { fs }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).code).toBe('BACKUP_VERIFY_FAILED')
    expect(readdirSync(folder)).toEqual([])
    // The read handle was closed before the temp file was removed (Windows needs that).
    expect(log.indexOf('read closed')).toBeLessThan(log.lastIndexOf('unlink'))
  })

  it('reads the first chunks back while later ones are still being written', async () => {
    const folder = tempDir()
    const { fs, log, writes } = watchedFs()
    const { verified, key } = await writeBackup(folder, rows, { fs })
    const total = writes()
    expect(total).toBeGreaterThan(10)
    const readsDuringWrites = log.filter(
      (entry) => entry.startsWith('read after') && Number(entry.split(' ')[2]) < total / 2
    )
    expect(readsDuringWrites.length).toBeGreaterThan(1)
    // No read ever ran ahead of the writes: every chunk was read after its write completed,
    // and the file verified and restores.
    expect((await readRows(verified.file, key)).rows).toHaveLength(rows.length)
  })

  it('stops the read-back and removes the temp file when a write fails mid-way', async () => {
    const folder = tempDir()
    const watched = watchedFs()
    const fs: BackupFs = {
      ...watched.fs,
      async create(target) {
        const file = await watched.fs.create(target)
        return {
          ...file,
          async writev(parts) {
            if (watched.writes() >= 5)
              throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })
            await file.writev(parts)
          }
        }
      }
    }
    const error = await writeBackup(folder, rows, { fs }).catch((caught: unknown) => caught)
    expect((error as AppFailure).code).toBe('BACKUP_NO_SPACE')
    expect(readdirSync(folder)).toEqual([])
    expect(watched.log.indexOf('read closed')).toBeGreaterThan(-1)
    expect(watched.log.indexOf('read closed')).toBeLessThan(watched.log.lastIndexOf('unlink'))
  })
})

describe('backup service', () => {
  it('records verified backups, lists only real backup files and prunes by policy', async () => {
    const folder = tempDir()
    const dataFolder = tempDir('dpo-data-')
    let clock = new Date('2026-01-01T09:00:00Z')
    const service = createBackupService({
      fs: nodeBackupFs,
      dataFolder,
      appVersion: '0.1.0',
      now: () => clock
    })
    await expect(
      service.begin({
        backupKey: new Uint8Array(32),
        keyring: {},
        schemaVersion: 1,
        counts: {},
        attachmentBytes: 0
      })
    ).rejects.toMatchObject({ code: 'BACKUP_NO_FOLDER' })
    await service.setFolder(folder)
    writeFileSync(path.join(folder, 'notes.txt'), 'ignore me')
    writeFileSync(path.join(folder, 'dpodesk-backup-evil.dpobak'), 'ignore me too')
    for (let day = 0; day < 40; day++) {
      clock = new Date(Date.UTC(2026, 0, 1 + day, 9))
      const rows = syntheticRows(3, 0, 0)
      const { sessionId } = await service.begin({
        backupKey: new Uint8Array(randomBytes(32)),
        keyring: {},
        schemaVersion: 1,
        counts: countRows(rows),
        attachmentBytes: 0
      })
      const encoder = new FrameEncoder()
      for (const row of rows) encoder.addRow(row.table, row.row)
      await service.append(sessionId, encoder.take())
      await service.finish(sessionId)
    }
    expect((await service.list()).length).toBe(40)
    expect((await service.lastVerified())?.createdAt).toBe('2026-02-09T09:00:00.000Z')
    const deleted = await service.prune()
    expect(deleted.length).toBeGreaterThan(20)
    const left = await service.list()
    expect(left.length).toBe(40 - deleted.length)
    expect(left[0]!.createdAt).toBe('2026-02-09T09:00:00.000Z')
    expect(readdirSync(folder)).toContain('notes.txt')
    expect(readdirSync(folder)).toContain('dpodesk-backup-evil.dpobak')
  }, 60_000)

  it('refuses a folder that is not one', async () => {
    const service = createBackupService({
      fs: nodeBackupFs,
      dataFolder: tempDir(),
      appVersion: '0.1.0',
      now: () => new Date()
    })
    await expect(service.setFolder('/nonexistent/share')).rejects.toMatchObject({
      code: 'BACKUP_FOLDER_GONE'
    })
    const file = path.join(tempDir(), 'file.txt')
    writeFileSync(file, 'x')
    await expect(service.setFolder(file)).rejects.toMatchObject({ code: 'BACKUP_NOT_A_FOLDER' })
  })
})

const V1_FIXTURE = path.join(REPO, 'tests/fixtures/backup-v1.dpobak')
const v1Key = () => Uint8Array.from(Buffer.from(V1_FIXTURE_KEY_HEX, 'hex'))

/** All rows of a restore through the service: verifying pass, then batches of frames. */
async function restoreThroughService(
  service: ReturnType<typeof createBackupService>,
  file: string,
  key: Uint8Array
) {
  const preview = await service.restorePreview(file)
  const opened = await service.restoreOpen(preview.restoreId, key)
  const rows: BackupRow[] = []
  const batches: { bytes: number; rows: number }[] = []
  for (;;) {
    const batch = await service.restoreNext(preview.restoreId)
    batches.push({ bytes: batch.frames.length, rows: batch.rows })
    const view = new DataView(batch.frames.buffer, batch.frames.byteOffset)
    for (let offset = 0; offset < batch.frames.length;) {
      const length = view.getUint32(offset + 1)
      rows.push(decodeRowPayload(batch.frames.subarray(offset + 5, offset + 5 + length)))
      offset += 5 + length
    }
    if (batch.isDone) break
  }
  return { preview, opened, rows, batches }
}

function newService(dataFolder = tempDir('dpo-data-')) {
  return createBackupService({
    fs: nodeBackupFs,
    dataFolder,
    appVersion: '0.2.0',
    now: () => new Date(),
    auditMarks: createAuditMarkStore({ dataFolder })
  })
}

describe('format 1 backups stay readable', () => {
  it('reads the checked-in format-1 file record by record', async () => {
    const { rows, result } = await readRows(V1_FIXTURE, v1Key())
    expect(result.header.formatVersion).toBe(1)
    expect(result.header.auditMark).toBeNull()
    expect(rows).toEqual(v1FixtureRows())
    expect(new TextDecoder().decode(result.sidecars[0]!.bytes)).toBe('{"sealed":"v1-fixture"}')
  })

  it('restores it through the service: the rows come out in the compact encoding', async () => {
    const dataFolder = tempDir('dpo-data-')
    const service = newService(dataFolder)
    const { rows, opened } = await restoreThroughService(service, V1_FIXTURE, v1Key())
    expect(opened.rows).toBe(v1FixtureRows().length)
    expect(rows).toEqual(v1FixtureRows())
  })

  it('refuses a damaged format-1 file', async () => {
    const bytes = new Uint8Array(readFileSync(V1_FIXTURE))
    bytes[bytes.length - 200]! ^= 0x01
    const file = path.join(tempDir(), 'damaged-v1.dpobak')
    writeFileSync(file, bytes)
    expect(await restoreCode(file, v1Key())).toBe(BACKUP_ERROR.chunkDamaged)
  })
})

describe('restore in two passes, chunk by chunk', () => {
  it('hands out the rows in batches of about one chunk', async () => {
    const rows = syntheticRows(600, 30, 150_000)
    const { verified, key } = await writeBackup(tempDir(), rows, { chunkSize: 64 * 1024 })
    const { rows: restored, batches } = await restoreThroughService(
      newService(),
      verified.file,
      key
    )
    expect(restored.map((row) => row.row['id'])).toEqual(rows.map((row) => row.row['id']))
    // A batch holds the rows one chunk completed: at most a chunk, or one row that spans chunks.
    for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(64 * 1024 + 150_100)
    expect(batches.length).toBeGreaterThan(30)
  })

  it('cuts chunks between rows, so a row smaller than a chunk is never split', async () => {
    const rows = syntheticRows(3000, 0, 0)
    const { verified, key } = await writeBackup(tempDir(), rows, { chunkSize: 16 * 1024 })
    const { rows: restored, batches } = await restoreThroughService(
      newService(),
      verified.file,
      key
    )
    expect(restored).toHaveLength(rows.length)
    // Every batch is the rows of one chunk, whole: never more than a chunk of frames.
    for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(16 * 1024)
    const bytes = readFileSync(verified.file)
    expect(chunks(bytes).length).toBeGreaterThanOrEqual(batches.length)
  })

  it('stops with a specific error when the file changes after it was verified', async () => {
    const rows = syntheticRows(300, 4, 100_000)
    const folder = tempDir()
    const { verified, key } = await writeBackup(folder, rows, { chunkSize: 64 * 1024 })
    const other = await writeBackup(tempDir(), rows, { chunkSize: 64 * 1024, key })
    for (const change of [
      (file: string) => copyFileSync(other.verified.file, file), // another good backup
      (file: string) => {
        const bytes = readFileSync(file)
        bytes[Math.floor(bytes.length / 2)]! ^= 0x01
        writeFileSync(file, bytes)
      }
    ]) {
      const file = path.join(tempDir(), 'changing.dpobak')
      copyFileSync(verified.file, file)
      const service = newService()
      const preview = await service.restorePreview(file)
      await service.restoreOpen(preview.restoreId, key)
      await service.restoreNext(preview.restoreId)
      change(file)
      const error = await (async () => {
        for (;;) if ((await service.restoreNext(preview.restoreId)).isDone) return null
      })().catch((caught: unknown) => caught)
      expect(error).toMatchObject({ code: BACKUP_ERROR.changed })
    }
  })

  it('puts the backup audit mark into the data folder, or removes a stale one', async () => {
    const dataFolder = tempDir('dpo-data-')
    const marks = createAuditMarkStore({ dataFolder })
    const markKey = new Uint8Array(32).fill(3)
    const mark = createAuditMark(markKey, null)
    await marks.replace({ ...mark, count: 99 })
    const service = newService(dataFolder)
    // A format-1 backup has no mark: the mark of the replaced data must go.
    const { preview } = await restoreThroughService(service, V1_FIXTURE, v1Key())
    await service.restoreCommit(preview.restoreId)
    expect(await marks.get()).toBeNull()
    expect(readFileSync(path.join(dataFolder, 'signing', 'identity.json'), 'utf8')).toBe(
      '{"sealed":"v1-fixture"}'
    )

    const folder = tempDir()
    const key = new Uint8Array(randomBytes(32))
    const writer = new BackupWriter({
      fs: nodeBackupFs,
      folder,
      backupKey: key,
      now: new Date(),
      header: {
        appVersion: '0.2.0',
        schemaVersion: 1,
        keyring: FIXTURE_KEYRING,
        counts: { cases: 1 },
        sidecars: [],
        attachmentBytes: 0,
        auditMark: mark
      }
    })
    await writer.start()
    await writer.appendRows([{ table: 'cases', row: { id: 'c1' } }])
    const written = await writer.finish([])
    const restored = await restoreThroughService(service, written.file, key)
    expect(restored.preview.auditMark).toEqual(mark)
    await service.restoreCommit(restored.preview.restoreId)
    expect(await marks.get()).toEqual(mark)
  })
})

describe('the writer checks the frames the renderer sends', () => {
  it.each<[string, () => Uint8Array]>([
    [
      'a sidecar frame among rows',
      () => {
        const encoder = new FrameEncoder()
        encoder.addSidecar({ name: 'x.json', bytes: new Uint8Array(1) })
        return encoder.take()
      }
    ],
    [
      'a batch that ends inside a row',
      () => {
        const encoder = new FrameEncoder()
        encoder.addRow('cases', { id: 'a', enc: new Uint8Array(100) })
        return encoder.take().subarray(0, 50)
      }
    ],
    [
      'a row without an id',
      () => {
        const frame = encodeRowFrame({ table: 'cases', row: { id: 'a' } })
        frame[5 + 1 + 5 + 2 + 1] = 0x78 // the field name "id" becomes "ix"
        return frame
      }
    ]
  ])('refuses %s and leaves nothing behind', async (_name, frames) => {
    const folder = tempDir()
    const writer = new BackupWriter({
      fs: nodeBackupFs,
      folder,
      backupKey: new Uint8Array(32),
      now: new Date(),
      header: {
        appVersion: 't',
        schemaVersion: 1,
        keyring: {},
        counts: {},
        sidecars: [],
        attachmentBytes: 0
      }
    })
    await writer.start()
    await expect(writer.append(frames())).rejects.toMatchObject({
      code: BACKUP_ERROR.recordDamaged
    })
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('no absolute path or raw Node message reaches the renderer', () => {
  const nodeError = (code: string) =>
    Object.assign(
      new Error(`${code}: operation failed, open '/home/susanne/Nätverk/dpo-share/.x.tmp'`),
      { code, path: '/home/susanne/Nätverk/dpo-share/.x.tmp' }
    )

  it.each([
    ['ENOSPC', 'BACKUP_NO_SPACE'],
    ['EDQUOT', 'BACKUP_NO_SPACE'],
    ['EROFS', 'BACKUP_READ_ONLY'],
    ['EACCES', 'BACKUP_NO_ACCESS'],
    ['EPERM', 'BACKUP_NO_ACCESS'],
    ['ENOENT', 'BACKUP_FOLDER_GONE'],
    ['EIO', 'BACKUP_SHARE_UNAVAILABLE'],
    ['EMFILE', 'BACKUP_FAILED']
  ])('%s → %s with a fixed message', (errno, code) => {
    const failure = toBackupFailure(nodeError(errno))
    expect(failure.code).toBe(code)
    expect(failure.message).not.toMatch(/susanne|dpo-share|\/|operation failed/)
    expect(failure.message).toContain(`(${errno})`)
  })

  it('file errors are coded the same way', () => {
    const failure = toFileFailure(nodeError('EACCES'))
    expect(failure).toMatchObject({ code: 'FILE_NO_ACCESS' })
    expect(failure.message).not.toMatch(/susanne|\//)
  })

  it('a folder that is gone, or a file chosen as folder, is named by code only', async () => {
    const service = newService()
    const missing = path.join(tempDir(), 'Susannes-share', 'dpo')
    const gone = await service.setFolder(missing).catch((caught: unknown) => caught)
    expect(gone).toMatchObject({ code: 'BACKUP_FOLDER_GONE' })
    expect((gone as Error).message).not.toContain('Susannes-share')
    const file = path.join(tempDir(), 'Susannes-file.txt')
    writeFileSync(file, 'x')
    const notFolder = await service.setFolder(file).catch((caught: unknown) => caught)
    expect(notFolder).toMatchObject({ code: 'BACKUP_NOT_A_FOLDER' })
    expect((notFolder as Error).message).not.toContain('Susannes-file')
  })
})
