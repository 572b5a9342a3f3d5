/**
 * The file operations backups use, behind an interface so tests can inject the failures a
 * network share produces (ENOSPC, EROFS, EACCES, a locked rename) at exact points.
 */
import { promises as fs } from 'node:fs'

export interface WritableFile {
  write(data: Uint8Array): Promise<void>
  /** Writes the parts one after the other (one system call where the platform allows). */
  writev(parts: readonly Uint8Array[]): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** A file opened for reading at positions: backups are read chunk by chunk, never whole. */
export interface ReadableFile {
  readonly size: number
  /** Reads up to `length` bytes at `position` into `buffer` at `offset`; returns how many. */
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>
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
  openRead(path: string): Promise<ReadableFile>
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
    const write = async (data: Uint8Array) => {
      let offset = 0
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset)
        offset += bytesWritten
      }
    }
    return {
      write,
      async writev(parts) {
        const total = parts.reduce((sum, part) => sum + part.length, 0)
        const { bytesWritten } = await handle.writev(parts as Uint8Array[])
        if (bytesWritten === total) return
        // A short write (rare): finish part by part from where it stopped.
        let skip = bytesWritten
        for (const part of parts) {
          if (skip >= part.length) {
            skip -= part.length
            continue
          }
          await write(part.subarray(skip))
          skip = 0
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
  async openRead(path) {
    const handle = await fs.open(path, 'r')
    try {
      const { size } = await handle.stat()
      return {
        size,
        read: async (buffer, offset, length, position) =>
          (await handle.read(buffer, offset, length, position)).bytesRead,
        close: () => handle.close()
      }
    } catch (error) {
      await handle.close()
      throw error
    }
  },
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
