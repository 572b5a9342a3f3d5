import { BackupFormatError } from '../../../core/backup/format'
import { AppFailure } from '../../ipc/failure'

export const BACKUP_IO_ERROR = {
  noSpace: 'BACKUP_NO_SPACE',
  readOnly: 'BACKUP_READ_ONLY',
  noAccess: 'BACKUP_NO_ACCESS',
  folderGone: 'BACKUP_FOLDER_GONE',
  unavailable: 'BACKUP_SHARE_UNAVAILABLE',
  noFolder: 'BACKUP_NO_FOLDER',
  notAFolder: 'BACKUP_NOT_A_FOLDER',
  verifyFailed: 'BACKUP_VERIFY_FAILED',
  failed: 'BACKUP_FAILED',
  unknownSession: 'BACKUP_UNKNOWN_SESSION',
  exists: 'BACKUP_EXISTS'
} as const

/** Errors a retry cannot fix (restic's "permanent" class): report them at once. */
const PERMANENT: Record<string, string> = {
  ENOSPC: BACKUP_IO_ERROR.noSpace,
  EDQUOT: BACKUP_IO_ERROR.noSpace,
  EROFS: BACKUP_IO_ERROR.readOnly,
  EACCES: BACKUP_IO_ERROR.noAccess,
  EPERM: BACKUP_IO_ERROR.noAccess,
  ENOENT: BACKUP_IO_ERROR.folderGone,
  ENOTDIR: BACKUP_IO_ERROR.folderGone,
  EEXIST: BACKUP_IO_ERROR.exists,
  ETIMEDOUT: BACKUP_IO_ERROR.unavailable,
  EHOSTDOWN: BACKUP_IO_ERROR.unavailable,
  EHOSTUNREACH: BACKUP_IO_ERROR.unavailable,
  ENETUNREACH: BACKUP_IO_ERROR.unavailable,
  EIO: BACKUP_IO_ERROR.unavailable
}

export function errnoCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/** Turns any failure into an AppFailure with a code the UI explains in Swedish. */
export function toBackupFailure(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error
  if (error instanceof BackupFormatError) return new AppFailure(error.code, error.message)
  const code = errnoCode(error)
  const mapped = code ? PERMANENT[code] : undefined
  const message = error instanceof Error ? error.message : String(error)
  return new AppFailure(mapped ?? BACKUP_IO_ERROR.failed, `${code ?? 'Error'}: ${message}`)
}
