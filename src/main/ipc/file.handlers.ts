import { promises as fs } from 'node:fs'
import type { MainContext } from '../context'
import { AppFailure } from './failure'
import { safeFileName, writeFileAtomic } from '../services/files'
import type { Handlers } from './router'

/** The extension of a file name, if it has a plain one (letters and digits, at most 10). */
export function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim())
  return match ? match[1]!.toLowerCase() : null
}

export function createFileHandlers(
  ctx: Pick<MainContext, 'dialogs'>
): Pick<Handlers, 'file:save-attachment'> {
  return {
    'file:save-attachment': async ({ data, name }) => {
      const extension = extensionOf(name) ?? 'bin'
      const base = name.trim().replace(new RegExp(`\\.${extension}$`, 'i'), '')
      const target = await ctx.dialogs.saveFile({
        defaultName: safeFileName(base, extension),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }]
      })
      if (!target) return { saved: false as const }
      const finalPath = target.toLowerCase().endsWith(`.${extension}`)
        ? target
        : `${target}.${extension}`
      await writeFileAtomic(finalPath, data)
      // The bytes on disk must be the ones stored in the case.
      const written = await fs.readFile(finalPath)
      if (!Buffer.from(data).equals(written))
        throw new AppFailure('FILE_WRITE_MISMATCH', 'The saved file differs from the stored one')
      return { saved: true as const, path: finalPath }
    }
  }
}
