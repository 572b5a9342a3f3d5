import { useCallback, useMemo } from 'react'
import {
  computeDeadlines,
  effectiveDue,
  swedishDateOf,
  type CaseCommandResult,
  type CommandContext,
  type DataSubject,
  type Deadlines,
  type DsrCase,
  type IsoDate
} from '../../../../core'
import { useLive } from '../../data/live'
import { commitCaseChange, getCase, listCases } from '../../data/repos/cases.repo'
import { listSubjects } from '../../data/repos/subjects.repo'
import { errorText, useI18n } from '../../lib/i18n'
import { loadOrganisation } from '../organisation/organisation'
import { useDb } from '../vault/VaultProvider'

export type CaseView = {
  case: DsrCase
  subject?: DataSubject
  /** The date to answer by (the extended date once extended). */
  due: IsoDate
  extendedDue: IsoDate
  deadlines: Deadlines
}

export function today(): IsoDate {
  return swedishDateOf(new Date())
}

/** Deadlines for many cases: without clock stops they depend only on the day of receipt. */
export function caseViews(
  cases: readonly DsrCase[],
  subjects: readonly DataSubject[],
  on: IsoDate
): CaseView[] {
  const byId = new Map(subjects.map((subject) => [subject.id, subject]))
  const cache = new Map<string, Deadlines>()
  return cases.map((dsrCase) => {
    let deadlines: Deadlines
    if (dsrCase.clockStops.length === 0) {
      deadlines = cache.get(dsrCase.receivedAt) ?? computeDeadlines(dsrCase.receivedAt)
      cache.set(dsrCase.receivedAt, deadlines)
    } else {
      deadlines = computeDeadlines(dsrCase.receivedAt, {
        clockStops: dsrCase.clockStops,
        today: on
      })
    }
    const subject = byId.get(dsrCase.subjectId)
    return {
      case: dsrCase,
      ...(subject ? { subject } : {}),
      due: dsrCase.extension ? deadlines.extendedDue : deadlines.due,
      extendedDue: deadlines.extendedDue,
      deadlines
    }
  })
}

/** Every case with its subject and deadlines, kept live. */
export function useCaseViews(): {
  views: CaseView[] | undefined
  subjects: DataSubject[] | undefined
  error: Error | null
} {
  const db = useDb()
  const { value, error } = useLive(async () => {
    const [cases, subjects] = await Promise.all([listCases(db), listSubjects(db)])
    return { cases, subjects }
  }, [db])
  const views = useMemo(
    () => (value ? caseViews(value.cases, value.subjects, today()) : undefined),
    [value]
  )
  return { views, subjects: value?.subjects, error }
}

export function useCaseView(id: string): {
  view: CaseView | null | undefined
  error: Error | null
} {
  const db = useDb()
  const { value, error } = useLive(async () => {
    const dsrCase = await getCase(db, id)
    if (!dsrCase) return null
    const subjects = await listSubjects(db)
    return caseViews(
      [dsrCase],
      subjects.filter((s) => s.id === dsrCase.subjectId),
      today()
    )[0]!
  }, [db, id])
  return { view: value, error }
}

export function useActor(): string {
  const db = useDb()
  const { value } = useLive(() => loadOrganisation(db), [db])
  return value?.dpoName || 'DPO'
}

/** Runs a case command and stores its result with the audit event; returns an error text or null. */
export function useCaseCommand(): {
  context: () => CommandContext
  run: (command: (ctx: CommandContext) => CaseCommandResult) => Promise<string | null>
} {
  const db = useDb()
  const actor = useActor()
  const { t } = useI18n()
  const context = useCallback(
    (): CommandContext => ({ now: new Date(), actor, newId: () => crypto.randomUUID() }),
    [actor]
  )
  const run = useCallback(
    async (command: (ctx: CommandContext) => CaseCommandResult) => {
      const ctx = context()
      const result = command(ctx)
      if (!result.ok) return errorText(t, result.error)
      try {
        await commitCaseChange(
          db,
          result.value,
          effectiveDue(result.value.case, swedishDateOf(ctx.now)),
          actor,
          ctx.now
        )
        return null
      } catch (error) {
        return errorText(t, error)
      }
    },
    [db, actor, context, t]
  )
  return { context, run }
}
