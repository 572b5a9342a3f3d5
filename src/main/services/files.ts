/**
 * Writing files the user will rely on: temp file in the same folder → full write → fsync →
 * rename, so a crash leaves the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { AppFailure } from '../ipc/failure'

/** Codes for file errors the user can act on; the renderer's catalog explains each (sv/en). */
export const FILE_ERROR = {
  noSpace: 'FILE_NO_SPACE',
  readOnly: 'FILE_READ_ONLY',
  noAccess: 'FILE_NO_ACCESS',
  folderGone: 'FILE_FOLDER_GONE',
  exists: 'FILE_EXISTS',
  failed: 'FILE_WRITE_FAILED'
} as const

const FILE_ERRNO: Record<string, { code: string; explanation: string }> = {
  ENOSPC: { code: FILE_ERROR.noSpace, explanation: 'No room left on the disk' },
  EDQUOT: { code: FILE_ERROR.noSpace, explanation: 'The disk quota is used up' },
  EROFS: { code: FILE_ERROR.readOnly, explanation: 'The folder is read-only' },
  EACCES: { code: FILE_ERROR.noAccess, explanation: 'No permission to write there' },
  EPERM: { code: FILE_ERROR.noAccess, explanation: 'No permission to write there' },
  ENOENT: { code: FILE_ERROR.folderGone, explanation: 'The folder does not exist (any more)' },
  ENOTDIR: { code: FILE_ERROR.folderGone, explanation: 'The folder does not exist (any more)' },
  EEXIST: { code: FILE_ERROR.exists, explanation: 'The file already exists' }
}

/**
 * A file-system error as a coded AppFailure. The message is fixed English plus the errno code,
 * never Node's message: that one carries the absolute path (user and share names).
 */
export function toFileFailure(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error
  const errno =
    error && typeof error === 'object' && 'code' in error
      ? String((error as { code: unknown }).code)
      : ''
  const known = FILE_ERRNO[errno]
  const suffix = /^E[A-Z0-9]{1,20}$/.test(errno) ? ` (${errno})` : ''
  return known
    ? new AppFailure(known.code, `${known.explanation}${suffix}`)
    : new AppFailure(FILE_ERROR.failed, `The file could not be written${suffix}`)
}

/**
 * Writes the file atomically. Fails with a coded AppFailure (see FILE_ERROR) and leaves no
 * temp file behind.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: { overwrite: boolean } = { overwrite: true }
): Promise<void> {
  try {
    await writeFileAtomicUnchecked(target, data, options)
  } catch (error) {
    throw toFileFailure(error)
  }
}

async function writeFileAtomicUnchecked(
  target: string,
  data: Uint8Array,
  options: { overwrite: boolean }
): Promise<void> {
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    if (!options.overwrite) {
      // Fail instead of replacing: link() refuses an existing target atomically.
      await fs.link(temp, target)
      await fs.unlink(temp)
    } else {
      await fs.rename(temp, target)
    }
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/**
 * A file name made safe for Windows, macOS and Linux: no path separators or control
 * characters, no reserved device names, no trailing dots or spaces, at most 120 characters.
 */
export function safeFileName(name: string, extension: string): string {
  let base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  if (!base || WINDOWS_RESERVED.test(base)) base = `dokument-${base || 'utan-namn'}`
  base = base.slice(0, 120)
  return `${base}.${extension}`
}
