import type { MainContext } from '../context'
import { safeFileName, writeFileAtomic } from '../services/files'
import { readChosenFile } from '../services/intake/intakeService'
import { AppFailure } from './failure'
import type { Handlers } from './router'

type IntakeChannels =
  | 'intake:parse-email'
  | 'intake:choose-email'
  | 'intake:table-open'
  | 'intake:table-choose'
  | 'intake:table-next'
  | 'intake:table-filter'
  | 'intake:table-raw'
  | 'intake:table-close'
  | 'calendar:save-ics'

/** E-mail intake, export import and the calendar file (issue 16). */
export function createIntakeHandlers(
  ctx: Pick<MainContext, 'dialogs' | 'intake'>
): Pick<Handlers, IntakeChannels> {
  const intake = ctx.intake
  return {
    'intake:parse-email': ({ fileName, bytes }) => intake.readEmail(fileName, bytes),
    'intake:choose-email': async () => {
      const chosen = await ctx.dialogs.openFile({
        filters: [{ name: 'E-post', extensions: ['eml', 'msg'] }]
      })
      if (!chosen) return { chosen: false as const }
      const file = await readChosenFile(chosen)
      if ('accepted' in file) return { chosen: true as const, result: file }
      return { chosen: true as const, result: await intake.readEmail(file.fileName, file.bytes) }
    },
    'intake:table-open': ({ fileName, bytes }) => intake.openTable(fileName, bytes),
    'intake:table-choose': async () => {
      const chosen = await ctx.dialogs.openFile({
        filters: [{ name: 'CSV eller Excel', extensions: ['csv', 'txt', 'xlsx'] }]
      })
      if (!chosen) return { chosen: false as const }
      const file = await readChosenFile(chosen)
      if ('accepted' in file) return { chosen: true as const, result: file }
      return { chosen: true as const, result: await intake.openTable(file.fileName, file.bytes) }
    },
    'intake:table-next': ({ sessionId }) => intake.next(sessionId),
    'intake:table-filter': ({ sessionId, filter }) => intake.filter(sessionId, filter),
    'intake:table-raw': ({ sessionId }) => {
      const raw = intake.raw(sessionId)
      if (!raw) throw new AppFailure('INTAKE_SESSION_GONE', 'The import session has ended')
      return raw
    },
    'intake:table-close': ({ sessionId }) => {
      intake.close(sessionId)
      return { closed: true as const }
    },
    'calendar:save-ics': async ({ ics, suggestedName }) => {
      const target = await ctx.dialogs.saveFile({
        defaultName: safeFileName(suggestedName.replace(/\.ics$/i, ''), 'ics'),
        filters: [{ name: 'iCalendar', extensions: ['ics'] }]
      })
      if (!target) return { saved: false as const }
      const finalPath = target.toLowerCase().endsWith('.ics') ? target : `${target}.ics`
      await writeFileAtomic(finalPath, new TextEncoder().encode(ics))
      return { saved: true as const, path: finalPath }
    }
  }
}
