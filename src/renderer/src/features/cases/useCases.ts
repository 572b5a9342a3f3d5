export { caseViews, today, type CaseView } from './caseViews'
import { useCallback, useMemo } from 'react'
import {
  effectiveDue,
  swedishDateOf,
  type CaseCommandResult,
  type CommandContext,
  type DataSubject
} from '../../../../core'
import { useLive } from '../../data/live'
import { caseViews, today, type CaseView } from './caseViews'
import { commitCaseChange, getCase, listCases } from '../../data/repos/cases.repo'
import { listSubjects } from '../../data/repos/subjects.repo'
import { errorText, useI18n } from '../../lib/i18n'
import { loadOrganisation } from '../organisation/organisation'
import { useDb } from '../vault/VaultProvider'

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
