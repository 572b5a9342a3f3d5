/**
 * Writing files the user will rely on: temp file in the same folder → full write → fsync →
 * rename, so a crash leaves the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: { overwrite: boolean } = { overwrite: true }
): Promise<void> {
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
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
