import type { MainContext } from '../context'
import type { Handlers } from './router'

type BackupChannels = Extract<keyof Handlers, `backup:${string}`>

export function createBackupHandlers(
  ctx: Pick<MainContext, 'backup' | 'dialogs'>
): Pick<Handlers, BackupChannels> {
  const status = async () => {
    const [settings, last] = await Promise.all([
      ctx.backup.getSettings(),
      ctx.backup.lastVerified()
    ])
    return {
      folder: settings.folder,
      isAutomatic: settings.isAutomatic,
      lastVerified: last
        ? {
            name: last.name,
            createdAt: last.createdAt,
            verifiedAt: last.verifiedAt,
            size: last.size
          }
        : null
    }
  }
  return {
    'backup:get-status': status,
    'backup:choose-folder': async () => {
      const folder = await ctx.dialogs.chooseFolder({ title: 'Mapp för säkerhetskopior' })
      if (!folder) return { chosen: false as const }
      await ctx.backup.setFolder(folder)
      return { chosen: true as const, status: await status() }
    },
    'backup:set-automatic': async ({ isAutomatic }) => {
      await ctx.backup.setAutomatic(isAutomatic)
      return status()
    },
    'backup:begin': (input) => ctx.backup.begin(input),
    'backup:append': async ({ sessionId, frames }) => ({
      accepted: await ctx.backup.append(sessionId, frames)
    }),
    'backup:finish': async ({ sessionId }) => {
      const verified = await ctx.backup.finish(sessionId)
      return {
        name: verified.name,
        size: verified.size,
        createdAt: verified.createdAt,
        counts: verified.counts,
        sha256: verified.sha256
      }
    },
    'backup:abort': async ({ sessionId }) => {
      await ctx.backup.abort(sessionId)
      return { aborted: true as const }
    },
    'backup:list': () => ctx.backup.list(),
    'backup:prune': async () => ({ deleted: await ctx.backup.prune() }),
    'backup:restore-choose-file': async () => {
      const file = await ctx.dialogs.openFile({
        filters: [{ name: 'DPO Desk', extensions: ['dpobak'] }]
      })
      if (!file) return { chosen: false as const }
      return { chosen: true as const, preview: await ctx.backup.restorePreview(file) }
    },
    'backup:restore-select': ({ name }) => ctx.backup.restorePreviewByName(name),
    'backup:restore-open': ({ restoreId, backupKey }) =>
      ctx.backup.restoreOpen(restoreId, backupKey),
    'backup:restore-next': ({ restoreId }) => ctx.backup.restoreNext(restoreId),
    'backup:restore-commit': async ({ restoreId }) => {
      await ctx.backup.restoreCommit(restoreId)
      return { committed: true as const }
    },
    'backup:restore-close': async ({ restoreId }) => {
      await ctx.backup.restoreClose(restoreId)
      return { closed: true as const }
    }
  }
}
