/**
 * Backups as the app uses them: the chosen share folder, write sessions fed by the renderer
 * (ciphertext rows of one read-only snapshot), a ledger of verified backups, listing, retention
 * and restore sessions that hand rows back only after the whole file has verified.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, promises as nodeFs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { BackupHeader } from '../../../core/backup/format'
import type { BackupRow, Sidecar } from '../../../core/backup/records'
import { backupsToDelete, DEFAULT_RETENTION } from '../../../core/backup/retention'
import { utf8 } from '../../../core/crypto/bytes'
import { AppFailure } from '../../ipc/failure'
import { writeFileAtomic } from '../files'
import type { BackupFs } from './backupFs'
import { BACKUP_IO_ERROR, toBackupFailure } from './errors'
import { readBackup, readBackupHeader, type VerifiedBackup } from './reader'
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
  isVerified: boolean
}

export type BackupPreview = {
  restoreId: string
  name: string
  createdAt: string
  appVersion: string
  counts: Record<string, number>
  keyring: unknown
  schemaVersion: number
}

/** Sidecar files main puts into every backup, relative to the data folder. */
const SIDECARS = [
  { name: 'signing-identity.json', relative: path.join('signing', 'identity.json') }
] as const

/** Temp files older than this are leftovers of a crash and are removed. */
const STALE_TEMP_MS = 60 * 60 * 1000
/** Rows per restore batch handed to the renderer. */
const RESTORE_BATCH_ROWS = 400
const RESTORE_BATCH_BYTES = 8 * 1024 * 1024

type RestoreSession = {
  file: string
  name: string
  header: BackupHeader
  rows: BackupRow[] | null
  sidecars: Sidecar[]
  next: number
}

function rowBytes(row: BackupRow): number {
  let total = 200
  for (const value of Object.values(row.row))
    total += value instanceof Uint8Array ? value.length : 50
  return total
}

export function createBackupService(deps: {
  fs: BackupFs
  dataFolder: string
  appVersion: string
  now: () => Date
  platform?: NodeJS.Platform
}) {
  const settingsFile = path.join(deps.dataFolder, 'backup-settings.json')
  const ledgerFile = path.join(deps.dataFolder, 'backup-ledger.json')
  const writers = new Map<string, BackupWriter>()
  const restores = new Map<string, RestoreSession>()

  async function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    if (!existsSync(file)) return fallback
    const parsed = schema.safeParse(JSON.parse(await nodeFs.readFile(file, 'utf8')))
    return parsed.success ? parsed.data : fallback
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
        throw new AppFailure(BACKUP_IO_ERROR.notAFolder, `${folder} is not a folder`)
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

  return {
    getSettings,

    async setFolder(folder: string): Promise<BackupSettings> {
      try {
        if (!(await deps.fs.isDirectory(folder)))
          throw new AppFailure(BACKUP_IO_ERROR.notAFolder, `${folder} is not a folder`)
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
      attachmentBytes: number
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
          sidecars: sidecars.map((s) => s.name),
          attachmentBytes: input.attachmentBytes
        }
      })
      await writer.start()
      const sessionId = randomBytes(16).toString('hex')
      writers.set(sessionId, writer)
      return { sessionId, name: writer.name }
    },

    async append(sessionId: string, rows: readonly BackupRow[]): Promise<void> {
      const writer = writers.get(sessionId)
      if (!writer)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'No such backup in progress')
      try {
        await writer.append(rows)
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
          rows: null,
          sidecars: [],
          next: 0
        })
        return {
          restoreId,
          name: path.basename(file),
          createdAt: header.createdAt,
          appVersion: header.appVersion,
          counts: header.counts,
          keyring: header.keyring,
          schemaVersion: header.schemaVersion
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

    /** Decrypts and verifies the whole file; rows are kept here until the renderer fetches them. */
    async restoreOpen(
      restoreId: string,
      backupKey: Uint8Array
    ): Promise<{ counts: Record<string, number>; sidecars: string[]; rows: number }> {
      const session = restores.get(restoreId)
      if (!session)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'No such restore in progress')
      const rows: BackupRow[] = []
      try {
        const result = await readBackup(deps.fs, session.file, backupKey, (row) => rows.push(row))
        session.rows = rows
        session.sidecars = result.sidecars
        session.next = 0
        return {
          counts: result.counts,
          sidecars: result.sidecars.map((s) => s.name),
          rows: rows.length
        }
      } catch (error) {
        throw toBackupFailure(error)
      }
    },

    restoreNext(restoreId: string): { rows: BackupRow[]; isDone: boolean } {
      const session = restores.get(restoreId)
      if (!session?.rows)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'Open and verify the backup first')
      const batch: BackupRow[] = []
      let bytes = 0
      while (
        session.next < session.rows.length &&
        batch.length < RESTORE_BATCH_ROWS &&
        (batch.length === 0 || bytes < RESTORE_BATCH_BYTES)
      ) {
        const row = session.rows[session.next++]!
        batch.push(row)
        bytes += rowBytes(row)
      }
      return { rows: batch, isDone: session.next >= session.rows.length }
    },

    /** After the renderer switched to the restored database: puts back main's own files. */
    async restoreCommit(restoreId: string): Promise<void> {
      const session = restores.get(restoreId)
      if (!session?.rows)
        throw new AppFailure(BACKUP_IO_ERROR.unknownSession, 'Open and verify the backup first')
      for (const sidecar of session.sidecars) {
        const known = SIDECARS.find((candidate) => candidate.name === sidecar.name)
        if (!known) continue
        const target = path.join(deps.dataFolder, known.relative)
        await nodeFs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
        await writeFileAtomic(target, sidecar.bytes)
      }
      restores.delete(restoreId)
    },

    restoreClose(restoreId: string): void {
      restores.delete(restoreId)
    }
  }
}

export type BackupService = ReturnType<typeof createBackupService>
