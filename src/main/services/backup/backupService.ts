/**
 * Backups as the app uses them: the chosen share folder, write sessions fed by the renderer
 * (ciphertext rows of one read-only snapshot), a ledger of verified backups, listing, retention
 * and restore sessions that hand rows back only after the whole file has verified.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, promises as nodeFs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { AuditMark } from '../../../core/audit/auditMark'
import { BACKUP_ERROR, BackupFormatError, type BackupHeader } from '../../../core/backup/format'
import {
  BackupContents,
  encodeRowFrame,
  FrameSplitter,
  FRAME,
  type Sidecar
} from '../../../core/backup/records'
import { backupsToDelete, DEFAULT_RETENTION } from '../../../core/backup/retention'
import { utf8 } from '../../../core/crypto/bytes'
import { AppFailure } from '../../ipc/failure'
import type { AuditMarkStore } from '../auditMarkStore'
import { writeFileAtomic } from '../files'
import type { BackupFs } from './backupFs'
import { BACKUP_IO_ERROR, toBackupFailure } from './errors'
import { BackupChunkStream, readBackup, readBackupHeader, type VerifiedBackup } from './reader'
import { BACKUP_FILE_PATTERN, BackupWriter, TEMP_FILE_PATTERN } from './writer'

const settingsSchema = z.object({ folder: z.string().nullable(), isAutomatic: z.boolean() })
export type BackupSettings = z.infer<typeof settingsSchema>

const ledgerEntry = z.object({
  name: z.string(),
  folder: z.string(),
  createdAt: z.string(),
  verifiedAt: z.string(),
  size: z.number(),
  sha256: z.string(),
  counts: z.record(z.string(), z.number())
})
export type LedgerEntry = z.infer<typeof ledgerEntry>

export type BackupListing = {
  name: string
  size: number
  createdAt: string
  counts: Record<string, number>
  records?: Record<string, number>
  isVerified: boolean
}

export type BackupPreview = {
  restoreId: string
  name: string
  createdAt: string
  appVersion: string
  counts: Record<string, number>
  records?: Record<string, number>
  keyring: unknown
  schemaVersion: number
  auditMark: AuditMark | null
}

/** Sidecar files main puts into every backup, relative to the data folder. */
const SIDECARS = [
  { name: 'signing-identity.json', relative: path.join('signing', 'identity.json') }
] as const

/** Temp files older than this are leftovers of a crash and are removed. */
const STALE_TEMP_MS = 60 * 60 * 1000
/**
 * The second pass of a restore: the verified file read again, one chunk per batch. `pending`
 * holds the rows completed by that chunk: views of format-2 payloads, or format-1 rows already
 * re-encoded as frames.
 */
type RestoreCursor = {
  stream: BackupChunkStream
  chunks: AsyncGenerator<Uint8Array>
  splitter: FrameSplitter
  contents: BackupContents
  pending: (Uint8Array | { payload: Uint8Array })[]
  pendingBytes: number
  isDone: boolean
}

/** Joins a batch of pending rows into one buffer of frames, exactly as large as needed. */
function takeFrames(cursor: RestoreCursor): { frames: Uint8Array; rows: number } {
  const frames = new Uint8Array(cursor.pendingBytes)
  const view = new DataView(frames.buffer)
  let offset = 0
  for (const part of cursor.pending) {
    if (part instanceof Uint8Array) {
      frames.set(part, offset)
      offset += part.length
    } else {
      frames[offset] = FRAME.row
      view.setUint32(offset + 1, part.payload.length)
      frames.set(part.payload, offset + 5)
      offset += 5 + part.payload.length
    }
  }
  const rows = cursor.pending.length
  cursor.pending = []
  cursor.pendingBytes = 0
  return { frames, rows }
}

type RestoreSession = {
  file: string
  name: string
  header: BackupHeader
  /** Set by the verifying first pass. */
  verified: {
    key: Uint8Array
    headerHash: Uint8Array
    digest: Uint8Array
    counts: Record<string, number>
    rows: number
    sidecars: Sidecar[]
  } | null
  cursor: RestoreCursor | null
}

export function createBackupService(deps: {
  fs: BackupFs
  dataFolder: string
  appVersion: string
  now: () => Date
  platform?: NodeJS.Platform
  /** Where main keeps the audit log's high-water mark; a restore puts the backup's there. */
  auditMarks?: AuditMarkStore
}) {
  const settingsFile = path.join(deps.dataFolder, 'backup-settings.json')
  const ledgerFile = path.join(deps.dataFolder, 'backup-ledger.json')
  const writers = new Map<string, BackupWriter>()
  const restores = new Map<string, RestoreSession>()

  /** A missing or damaged file reads as the fallback (never a raw parse error to the UI). */
  async function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    if (!existsSync(file)) return fallback
    try {
      const parsed = schema.safeParse(JSON.parse(await nodeFs.readFile(file, 'utf8')))
      return parsed.success ? parsed.data : fallback
    } catch {
      return fallback
    }
  }

  const getSettings = () =>
    readJson(settingsFile, settingsSchema, { folder: null, isAutomatic: true })
  const saveSettings = async (settings: BackupSettings) => {
    await nodeFs.mkdir(deps.dataFolder, { recursive: true })
    await writeFileAtomic(settingsFile, utf8(JSON.stringify(settings, null, 2)))
  }
  const getLedger = () => readJson(ledgerFile, z.array(ledgerEntry), [])
  const saveLedger = (entries: LedgerEntry[]) =>
    writeFileAtomic(ledgerFile, utf8(JSON.stringify(entries, null, 2)))

  async function requireFolder(): Promise<string> {
    const { folder } = await getSettings()
    if (!folder) throw new AppFailure(BACKUP_IO_ERROR.noFolder, 'No backup folder has been chosen')
    try {
      if (!(await deps.fs.isDirectory(folder)))
        throw new AppFailure(BACKUP_IO_ERROR.notAFolder, 'The chosen path is not a folder')
      return await deps.fs.realpath(folder)
    } catch (error) {
      throw toBackupFailure(error)
    }
  }

  async function sidecarsToBackUp(): Promise<Sidecar[]> {
    const found: Sidecar[] = []
    for (const sidecar of SIDECARS) {
      const file = path.join(deps.dataFolder, sidecar.relative)
      if (existsSync(file))
        found.push({ name: sidecar.name, bytes: new Uint8Array(await nodeFs.readFile(file)) })
    }
    return found
  }

  async function removeStaleTemps(folder: string): Promise<void> {
    for (const entry of await deps.fs.readdir(folder)) {
      if (!TEMP_FILE_PATTERN.test(entry)) continue
      const file = path.join(folder, entry)
      if (deps.now().getTime() - (await deps.fs.mtime(file)).getTime() > STALE_TEMP_MS)
        await deps.fs.unlink(file).catch(() => undefined)
    }
  }

  async function openCursor(
    file: string,
    header: BackupHeader,
    verified: NonNullable<RestoreSession['verified']>
  ): Promise<RestoreCursor> {
    const stream = await BackupChunkStream.open(deps.fs, file)
    const cursor: RestoreCursor = {
      stream,
      chunks: undefined as unknown as AsyncGenerator<Uint8Array>,
      splitter: undefined as unknown as FrameSplitter,
      contents: new BackupContents(
        header.formatVersion,
        header.counts,
        (frame) => {
          // Format 2 payloads go out as they are; format 1 rows are re-encoded compactly.
          if (frame.payload) {
            cursor.pending.push({ payload: frame.payload })
            cursor.pendingBytes += 5 + frame.payload.length
          } else {
            const encoded = encodeRowFrame({ table: frame.table, row: frame.row! })
            cursor.pending.push(encoded)
            cursor.pendingBytes += encoded.length
          }
        },
        false // the first pass checked for duplicates; any change now fails authentication
      ),
      pending: [],
      pendingBytes: 0,
      isDone: false
    }
    cursor.splitter = new FrameSplitter((kind, payload) => cursor.contents.frame(kind, payload))
    cursor.chunks = stream.plaintext(verified.key, {
      expectedHeaderHash: verified.headerHash,
      expectedDigest: verified.digest
    })
    return cursor
  }

  async function closeCursor(session: RestoreSession): Promise<void> {
    const cursor = session.cursor
    session.cursor = null
    if (!cursor) return
    await cursor.chunks.return(undefined).catch(() => undefined)
    await cursor.stream.close().catch(() => undefined)
  }

  return {
    getSettings,

    async setFolder(folder: string): Promise<BackupSettings> {
      try {
        if (!(await deps.fs.isDirectory(folder)))
          throw new AppFailure(BACKUP_IO_ERROR.notAFolder, 'The chosen path is not a folder')
        const canonical = await deps.fs.realpath(folder)
        const settings = { ...(await getSettings()), folder: canonical }
        await saveSettings(settings)
        return settings
      } catch (error) {
        throw toBackupFailure(error)
      }
    },

    async setAutomatic(isAutomatic: boolean): Promise<BackupSettings> {
      const settings = { ...(await getSettings()), isAutomatic }
      await saveSettings(settings)
      return settings
    },

    /** The newest verified backup this app made, for the dashboard. */
    async lastVerified(): Promise<LedgerEntry | null> {
      const ledger = await getLedger()
      return ledger.reduce<LedgerEntry | null>(
        (latest, entry) => (!latest || entry.verifiedAt > latest.verifiedAt ? entry : latest),
        null
      )
    },

    async begin(input: {
      backupKey: Uint8Array
      keyring: unknown
      schemaVersion: number
      counts: Record<string, number>
      records?: Record<string, number>
      attachmentBytes: number
      auditMark?: AuditMark | null
    }): Promise<{ sessionId: string; name: string }> {
      const folder = await requireFolder()
      await removeStaleTemps(folder).catch(() => undefined)
      const sidecars = await sidecarsToBackUp()
      const writer = new BackupWriter({
        fs: deps.fs,
        folder,
        backupKey: input.backupKey,
        now: deps.now(),
        ...(deps.platform ? { platform: deps.platform } : {}),
        header: {
          appVersion: deps.appVersion,
          schemaVersion: input.schemaVersion,
          keyring: input.keyring,
          counts: input.counts,
          ...(input.records ? { records: input.records } : {}),
          sidecars: sidecars.map((s) => s.name),
          attachmentBytes: input.attachmentBytes,
          auditMark: input.auditMark ?? null
        }
      })
      await writer.start()
      const sessionId = randomBytes(16).toString('hex')
      writers.set(sessionId, writer)
      return { sessionId, name: writer.name }
    },

    /** Encoded row frames from the renderer (see FrameEncoder); returns how many rows. */
    async append(sessionId: string, frames: Uint8Array): Promise<number> {
      const writer = writers.get(sessionId)
      if (!writer)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'No such backup in progress')
      try {
        return await writer.append(frames)
      } catch (error) {
        writers.delete(sessionId)
        throw error
      }
    },

    async finish(sessionId: string): Promise<VerifiedBackup> {
      const writer = writers.get(sessionId)
      if (!writer)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'No such backup in progress')
      writers.delete(sessionId)
      const verified = await writer.finish(await sidecarsToBackUp())
      const ledger = await getLedger()
      ledger.push({
        name: verified.name,
        folder: path.dirname(verified.file),
        createdAt: verified.createdAt,
        verifiedAt: deps.now().toISOString(),
        size: verified.size,
        sha256: verified.sha256,
        counts: verified.counts
      })
      await saveLedger(ledger)
      return verified
    },

    async abort(sessionId: string): Promise<void> {
      await writers.get(sessionId)?.abort()
      writers.delete(sessionId)
    },

    /** Backups in the chosen folder (strict name check; anything else is ignored). */
    async list(): Promise<BackupListing[]> {
      const folder = await requireFolder()
      const ledger = new Map((await getLedger()).map((entry) => [entry.name, entry]))
      const listings: BackupListing[] = []
      for (const entry of (await deps.fs.readdir(folder)).filter((name) =>
        BACKUP_FILE_PATTERN.test(name)
      )) {
        const file = path.join(folder, entry)
        try {
          const header = await readBackupHeader(deps.fs, file)
          const known = ledger.get(entry)
          listings.push({
            name: entry,
            size: await deps.fs.size(file),
            createdAt: header.createdAt,
            counts: header.counts,
            ...(header.records ? { records: header.records } : {}),
            isVerified: Boolean(known && known.size === (await deps.fs.size(file)))
          })
        } catch {
          // Unreadable files are not offered for restore.
        }
      }
      return listings.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    },

    /**
     * Deletes verified backups this app made that the retention policy no longer keeps. The
     * newest verified backup is never deleted; files not in the ledger are never touched.
     */
    async prune(): Promise<string[]> {
      const folder = await requireFolder()
      const ledger = (await getLedger()).filter((entry) => entry.folder === folder)
      const present = new Set(
        (await deps.fs.readdir(folder)).filter((name) => BACKUP_FILE_PATTERN.test(name))
      )
      const candidates = ledger
        .filter((entry) => present.has(entry.name))
        .map((entry) => ({ name: entry.name, createdAt: entry.createdAt, isVerified: true }))
      const doomed = backupsToDelete(candidates, DEFAULT_RETENTION)
      for (const name of doomed)
        await deps.fs.unlink(path.join(folder, name)).catch(() => undefined)
      if (doomed.length)
        await saveLedger(
          (await getLedger()).filter(
            (entry) => !(entry.folder === folder && doomed.includes(entry.name))
          )
        )
      return doomed
    },

    /** Opens a backup for restore: header preview only, no key needed yet. */
    async restorePreview(file: string): Promise<BackupPreview> {
      try {
        const header = await readBackupHeader(deps.fs, file)
        const restoreId = randomBytes(16).toString('hex')
        restores.set(restoreId, {
          file,
          name: path.basename(file),
          header,
          verified: null,
          cursor: null
        })
        return {
          restoreId,
          name: path.basename(file),
          createdAt: header.createdAt,
          appVersion: header.appVersion,
          counts: header.counts,
          ...(header.records ? { records: header.records } : {}),
          keyring: header.keyring,
          schemaVersion: header.schemaVersion,
          auditMark: header.auditMark
        }
      } catch (error) {
        throw toBackupFailure(error)
      }
    },

    async restorePreviewByName(name: string): Promise<BackupPreview> {
      if (!BACKUP_FILE_PATTERN.test(name))
        throw new AppFailure(BACKUP_IO_ERROR.failed, 'Not a backup file name')
      return this.restorePreview(path.join(await requireFolder(), name))
    },

    /**
     * First pass: decrypts and verifies the whole file, chunk by chunk, keeping nothing but the
     * counts, one id per row (duplicates) and the sidecar files. No row is handed out before it
     * has succeeded.
     */
    async restoreOpen(
      restoreId: string,
      backupKey: Uint8Array,
      onProgress?: (bytesRead: number, size: number) => void
    ): Promise<{ counts: Record<string, number>; sidecars: string[]; rows: number }> {
      const session = restores.get(restoreId)
      if (!session)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'No such restore in progress')
      await closeCursor(session)
      try {
        const result = await readBackup(deps.fs, session.file, backupKey, {
          ...(onProgress ? { onProgress } : {})
        })
        session.verified = {
          key: Uint8Array.from(backupKey),
          headerHash: result.headerHash,
          digest: result.digest,
          counts: result.counts,
          rows: result.rows,
          sidecars: result.sidecars
        }
        return {
          counts: result.counts,
          sidecars: result.sidecars.map((s) => s.name),
          rows: result.rows
        }
      } catch (error) {
        throw toBackupFailure(error)
      }
    },

    /**
     * Second pass, one batch per call: the rows completed by the next chunk (always in the
     * compact encoding), read and decrypted again from the file the first pass verified, so
     * memory stays at a few chunks. Any difference from that pass (another header, a chunk
     * that no longer opens, another checksum) stops the restore.
     */
    async restoreNext(
      restoreId: string
    ): Promise<{ frames: Uint8Array; rows: number; isDone: boolean }> {
      const session = restores.get(restoreId)
      const verified = session?.verified
      if (!session || !verified)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'Open and verify the backup first')
      try {
        if (!session.cursor)
          session.cursor = await openCursor(session.file, session.header, verified)
        const cursor = session.cursor
        while (!cursor.isDone && cursor.pending.length === 0) {
          const next = await cursor.chunks.next()
          if (next.done) {
            cursor.contents.finish(cursor.splitter.isAligned)
            if (cursor.contents.rows !== verified.rows)
              throw new BackupFormatError(BACKUP_ERROR.changed, 'The backup changed')
            cursor.isDone = true
          } else cursor.splitter.push(next.value)
        }
        const { frames, rows } = takeFrames(cursor)
        if (cursor.isDone) await closeCursor(session)
        return { frames, rows, isDone: cursor.isDone }
      } catch (error) {
        await closeCursor(session)
        // The first pass verified this file: any failure now means it changed on the share.
        if (error instanceof BackupFormatError)
          throw new AppFailure(BACKUP_ERROR.changed, 'The backup changed while it was restored')
        throw toBackupFailure(error)
      }
    },

    /**
     * After the renderer switched to the restored database: puts back main's own files and the
     * backup's audit mark (or none), so the next unlock checks the restored log against it.
     */
    async restoreCommit(restoreId: string): Promise<void> {
      const session = restores.get(restoreId)
      if (!session?.verified)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'Open and verify the backup first')
      for (const sidecar of session.verified.sidecars) {
        const known = SIDECARS.find((candidate) => candidate.name === sidecar.name)
        if (!known) continue
        const target = path.join(deps.dataFolder, known.relative)
        await nodeFs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
        await writeFileAtomic(target, sidecar.bytes)
      }
      await deps.auditMarks?.replace(session.header.auditMark)
      await closeCursor(session)
      session.verified.key.fill(0)
      restores.delete(restoreId)
    },

    async restoreClose(restoreId: string): Promise<void> {
      const session = restores.get(restoreId)
      if (session) await closeCursor(session)
      session?.verified?.key.fill(0)
      restores.delete(restoreId)
    }
  }
}

export type BackupService = ReturnType<typeof createBackupService>
