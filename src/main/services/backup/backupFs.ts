/**
 * The file operations backups use, behind an interface so tests can inject the failures a
 * network share produces (ENOSPC, EROFS, EACCES, a locked rename) at exact points.
 */
import { promises as fs } from 'node:fs'

export interface WritableFile {
  write(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface BackupFs {
  /** Creates a new file; fails if it exists. */
  create(path: string): Promise<WritableFile>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  size(path: string): Promise<number>
  exists(path: string): Promise<boolean>
  readdir(path: string): Promise<string[]>
  readFile(path: string): Promise<Uint8Array>
  /** Reads `length` bytes from `position` (fewer at the end of the file). */
  readRange(path: string, position: number, length: number): Promise<Uint8Array>
  mtime(path: string): Promise<Date>
  isDirectory(path: string): Promise<boolean>
  realpath(path: string): Promise<string>
  /** fsync of a directory; callers ignore the errors some file systems give. */
  syncDir(path: string): Promise<void>
}

export const nodeBackupFs: BackupFs = {
  async create(path) {
    const handle = await fs.open(path, 'wx', 0o600)
    return {
      write: async (data) => {
        let offset = 0
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset)
          offset += bytesWritten
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close()
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  size: async (path) => (await fs.stat(path)).size,
  exists: async (path) => {
    try {
      await fs.access(path)
      return true
    } catch {
      return false
    }
  },
  readdir: (path) => fs.readdir(path),
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  async readRange(path, position, length) {
    const handle = await fs.open(path, 'r')
    try {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, position)
      return new Uint8Array(buffer.subarray(0, bytesRead))
    } finally {
      await handle.close()
    }
  },
  mtime: async (path) => (await fs.stat(path)).mtime,
  isDirectory: async (path) => (await fs.stat(path)).isDirectory(),
  realpath: (path) => fs.realpath(path),
  async syncDir(path) {
    const handle = await fs.open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}
