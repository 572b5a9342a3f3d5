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

/** English explanations for logs; the UI shows its own text for the code (sv/en catalog). */
const EXPLANATION: Record<string, string> = {
  [BACKUP_IO_ERROR.noSpace]: 'The backup folder has no room left',
  [BACKUP_IO_ERROR.readOnly]: 'The backup folder is read-only',
  [BACKUP_IO_ERROR.noAccess]: 'No permission to write in the backup folder',
  [BACKUP_IO_ERROR.folderGone]: 'The backup folder cannot be reached',
  [BACKUP_IO_ERROR.exists]: 'A file with that name already exists',
  [BACKUP_IO_ERROR.unavailable]: 'The network share does not answer',
  [BACKUP_IO_ERROR.failed]: 'The backup failed'
}

/**
 * Turns any failure into an AppFailure with a code the UI explains in Swedish or English. The
 * message is a fixed English sentence with at most the errno code: never Node's own message,
 * which carries absolute paths (user names, share names) and is not in the user's language.
 */
export function toBackupFailure(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error
  if (error instanceof BackupFormatError) return new AppFailure(error.code, error.message)
  const errno = errnoCode(error)
  const code = (errno ? PERMANENT[errno] : undefined) ?? BACKUP_IO_ERROR.failed
  const safeErrno = errno && /^E[A-Z0-9]{1,20}$/.test(errno) ? ` (${errno})` : ''
  return new AppFailure(code, `${EXPLANATION[code] ?? 'The backup failed'}${safeErrno}`)
}
