/**
 * What was wrong with invalid input, as plain data the renderer can turn into a sentence that
 * names the field ("Motivering (högst 5 000 tecken)"), instead of zod's English messages. Main
 * sends these with IPC_INVALID_INPUT; the renderer makes the same from a ZodError of its own.
 */
import type { z } from 'zod'

export const INPUT_PROBLEMS = [
  'required',
  'tooLong',
  'tooShort',
  'tooMany',
  'tooFew',
  'tooLarge',
  'tooSmall',
  'invalid'
] as const
export type InputProblem = (typeof INPUT_PROBLEMS)[number]

export type InputIssue = {
  /** Where the value sits in the input, e.g. ['model', 'fields', 'reasons']. */
  path: (string | number)[]
  problem: InputProblem
  /** The limit a length, count or size broke. */
  limit?: number
}

/** At most this many issues travel back; the first ones name the fields well enough. */
export const MAX_INPUT_ISSUES = 20

type Issue = z.core.$ZodIssue

function sizeProblem(issue: Issue & { origin?: string }, isMax: boolean): InputProblem {
  switch (issue.origin) {
    case 'string':
      return isMax ? 'tooLong' : 'tooShort'
    case 'array':
    case 'set':
    case 'map':
      return isMax ? 'tooMany' : 'tooFew'
    default:
      return isMax ? 'tooLarge' : 'tooSmall'
  }
}

function limitOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'bigint') return Number(value)
  return undefined
}

/** One zod issue as an InputIssue (paths of symbols become their description). */
export function inputIssueOf(issue: Issue): InputIssue {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))
  if (issue.code === 'too_big') {
    const limit = limitOf(issue.maximum)
    return { path, problem: sizeProblem(issue, true), ...(limit !== undefined ? { limit } : {}) }
  }
  if (issue.code === 'too_small') {
    const limit = limitOf(issue.minimum)
    if (issue.origin === 'string' && limit === 1) return { path, problem: 'required' }
    return { path, problem: sizeProblem(issue, false), ...(limit !== undefined ? { limit } : {}) }
  }
  return { path, problem: 'invalid' }
}

/** The issues of a failed parse, the first MAX_INPUT_ISSUES of them. */
export function inputIssuesOf(issues: readonly Issue[]): InputIssue[] {
  return issues.slice(0, MAX_INPUT_ISSUES).map(inputIssueOf)
}
