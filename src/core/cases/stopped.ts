/**
 * Objection and marketing opt-out (art. 21): what the company stopped, in which system and from
 * when, so the case proves it and the confirmation letter can say so.
 */
import { isIsoDate, swedishDateOf } from '../calendar/isoDate'
import { failure } from '../errors'
import type { DsrCase, IsoDate } from '../model/types'
import { applyCasePatch, type CaseCommandResult, type CommandContext } from './workflow'

export const STOPPED_ERROR = {
  notApplicable: 'STOPPED_NOT_APPLICABLE',
  invalid: 'STOPPED_INVALID',
  notFound: 'STOPPED_NOT_FOUND'
} as const

const TYPES: ReadonlySet<DsrCase['type']> = new Set(['objection', 'marketingOptOut'])

export function recordStopped(
  dsrCase: DsrCase,
  input: { what: string; system: string; from: IsoDate },
  ctx: CommandContext
): CaseCommandResult {
  if (!TYPES.has(dsrCase.type)) return failure(STOPPED_ERROR.notApplicable)
  const what = input.what.trim()
  const system = input.system.trim()
  const today = swedishDateOf(ctx.now)
  if (!what || !system || !isIsoDate(input.from) || input.from > today)
    return failure(STOPPED_ERROR.invalid, { today })
  const stopped = [...(dsrCase.stopped ?? []), { id: ctx.newId(), what, system, from: input.from }]
  return applyCasePatch(dsrCase, { stopped }, ctx, 'case.stopped', { count: stopped.length })
}

export function removeStopped(
  dsrCase: DsrCase,
  id: string,
  ctx: CommandContext
): CaseCommandResult {
  const stopped = (dsrCase.stopped ?? []).filter((item) => item.id !== id)
  if (stopped.length === (dsrCase.stopped ?? []).length) return failure(STOPPED_ERROR.notFound)
  return applyCasePatch(dsrCase, { stopped }, ctx, 'case.stopped', { count: stopped.length })
}
