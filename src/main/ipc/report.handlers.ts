import type { MainContext } from '../context'
import { safeFileName, writeFileAtomic } from '../services/files'
import type { Handlers } from './router'

export function createReportHandlers(
  ctx: Pick<MainContext, 'dialogs'>
): Pick<Handlers, 'report:save-csv'> {
  return {
    'report:save-csv': async ({ csv, suggestedName }) => {
      const target = await ctx.dialogs.saveFile({
        defaultName: safeFileName(suggestedName.replace(/\.csv$/i, ''), 'csv'),
        filters: [{ name: 'CSV', extensions: ['csv'] }]
      })
      if (!target) return { saved: false as const }
      const finalPath = target.toLowerCase().endsWith('.csv') ? target : `${target}.csv`
      await writeFileAtomic(finalPath, new TextEncoder().encode(csv))
      return { saved: true as const, path: finalPath }
    }
  }
}
