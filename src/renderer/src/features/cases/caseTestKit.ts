/**
 * A fake `useCaseCommand` for component tests: runs the real pure core command with a fixed
 * clock and records its result, as the store would receive it.
 */
import type { CaseCommandResult, CommandContext } from '@core'

export const TEST_TODAY = '2026-11-24'

export function fakeCaseCommands() {
  const results: CaseCommandResult[] = []
  const context = (): CommandContext => ({
    now: new Date(`${TEST_TODAY}T10:00:00.000Z`),
    actor: 'Susanne Bäcklund',
    newId: () => `id-${results.length + 1}`
  })
  const run = async (command: (ctx: CommandContext) => CaseCommandResult) => {
    const result = command(context())
    results.push(result)
    return result.ok ? null : `Kommandot avvisades: ${result.error.code}`
  }
  /** The case as the last successful command left it. */
  const lastCase = () => {
    const last = results.at(-1)
    if (!last?.ok) throw new Error(`no successful command: ${JSON.stringify(last)}`)
    return last.value.case
  }
  return { results, context, run, lastCase, reset: () => results.splice(0) }
}
