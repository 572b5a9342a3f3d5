import type { MainContext } from '../context'
import type { Handlers } from './router'

/** The audit log's high-water mark, kept by main outside the renderer's database. */
export function createAuditHandlers(
  ctx: Pick<MainContext, 'auditMarks'>
): Pick<Handlers, 'audit:get-mark' | 'audit:store-mark'> {
  return {
    'audit:get-mark': async () => ({ mark: await ctx.auditMarks.get() }),
    'audit:store-mark': async ({ mark, isGapAcknowledged }) => {
      if (isGapAcknowledged) {
        await ctx.auditMarks.replace(mark)
        return { stored: true, mark }
      }
      return ctx.auditMarks.advance(mark)
    }
  }
}
