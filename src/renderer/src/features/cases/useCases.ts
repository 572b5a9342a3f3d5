import { useCallback, useEffect, useState } from 'react'
import {
  createCase,
  type CaseCommandResult,
  type CommandContext,
  type DsrCase,
  type IsoDate,
  type NewCaseInput
} from '@core'
import type { StagedAttachment } from '../../data/repos/attachments.repo'
import { errorText, useI18n } from '../../lib/i18n'
import { useOrganisation } from '../settings/useSettings'
import { useStore, useStoreMemo, useStoreVersion } from '../store/storeContext'
import { DerivedCaseRows, derivedOf } from '../../data/store/derived'
import { isActiveCase, type CaseStore } from '../../data/store/caseStore'
import { caseRowView, today, viewOf, type CaseRowView, type CaseView } from './caseViews'

/** The store's case rows of one day, shared by every screen (data/store/derived.ts). */
export function caseRowsOf(store: CaseStore, on: IsoDate): DerivedCaseRows<CaseRowView> {
  return derivedOf(
    store,
    `rows|${on}`,
    () => new DerivedCaseRows(store, (head) => caseRowView(head, store.subject(head.subjectId), on))
  )
}

export { today, type CaseRowView, type CaseView } from './caseViews'

/** Every case with its subject and deadlines, from the store (current after every write). */
export function useCaseRows(): readonly CaseRowView[] {
  const store = useStore()
  const on = today()
  useStoreVersion()
  return caseRowsOf(store, on).rows()
}

/**
 * The cases of the store's active partition (open, recent, blocked, letters queued): all the
 * dashboard, the reminders and the mail queue read, without walking the archive.
 */
export function useActiveCaseRows(): readonly CaseRowView[] {
  const store = useStore()
  const on = today()
  useStoreVersion()
  return derivedOf(
    store,
    `active|${on}`,
    () =>
      new DerivedCaseRows(store, (head) =>
        isActiveCase(head, on) ? caseRowView(head, store.subject(head.subjectId), on) : null
      )
  ).rows()
}

/** One opened case: the whole record, loaded once and kept current by the store. */
export function useCase(id: string): { view: CaseView | null | undefined; error: unknown } {
  const store = useStore()
  const version = useStoreVersion()
  const [loaded, setLoaded] = useState<{ id: string; dsrCase: DsrCase | null } | null>(null)
  const [error, setError] = useState<unknown>(null)
  const cached = store.cachedCase(id)
  useEffect(() => {
    if (store.cachedCase(id)) return
    let active = true
    store.case(id).then(
      (dsrCase) => active && setLoaded({ id, dsrCase: dsrCase ?? null }),
      (caught: unknown) => active && setError(caught)
    )
    return () => {
      active = false
    }
  }, [store, id, version])
  const dsrCase = cached ?? (loaded?.id === id ? loaded.dsrCase : undefined)
  const view = useStoreMemo(
    (current) => {
      if (dsrCase === undefined) return undefined
      if (dsrCase === null) return null
      return viewOf(dsrCase, current.subject(dsrCase.subjectId), today())
    },
    [dsrCase]
  )
  return { view, error }
}

/** The DPO's name for the audit log. */
export function useActor(): string {
  const organisation = useOrganisation()
  return organisation?.dpoName || 'DPO'
}

export type CaseCommandExtras = {
  attachments?: readonly StagedAttachment[]
  deleteAttachmentIds?: readonly string[]
}

/**
 * Runs case commands: the pure command decides, the store writes the result, its audit event and
 * any attachments in one transaction. `run` returns an error text for the DPO, or null.
 */
export function useCaseCommand(): {
  context: () => CommandContext
  run: (
    command: (ctx: CommandContext) => CaseCommandResult,
    extras?: CaseCommandExtras
  ) => Promise<string | null>
  /**
   * Several commands on one case as one write: each gets the case as the one before left it,
   * every step has its audit event, and nothing is stored unless all of them succeed. A step
   * that returns null has nothing to do and is left out.
   */
  runSteps: (
    dsrCase: DsrCase,
    steps: readonly ((current: DsrCase, ctx: CommandContext) => CaseCommandResult | null)[],
    extras?: CaseCommandExtras
  ) => Promise<string | null>
} {
  const store = useStore()
  const actor = useActor()
  const { t } = useI18n()
  const context = useCallback(
    (): CommandContext => ({ now: new Date(), actor, newId: () => crypto.randomUUID() }),
    [actor]
  )
  const run = useCallback(
    async (command: (ctx: CommandContext) => CaseCommandResult, extras?: CaseCommandExtras) => {
      const result = command(context())
      if (!result.ok) return errorText(t, result.error)
      try {
        await store.commitCase({ change: result.value, ...extras }, actor)
        return null
      } catch (error) {
        return errorText(t, error)
      }
    },
    [store, actor, context, t]
  )
  const runSteps = useCallback(
    async (
      dsrCase: DsrCase,
      steps: readonly ((current: DsrCase, ctx: CommandContext) => CaseCommandResult | null)[],
      extras?: CaseCommandExtras
    ) => {
      const ctx = context()
      const changes = []
      let current = dsrCase
      for (const step of steps) {
        const result = step(current, ctx)
        if (result === null) continue
        if (!result.ok) return errorText(t, result.error)
        changes.push(result.value)
        current = result.value.case
      }
      try {
        await store.commitCases(
          changes.map((change, index) => (index === 0 ? { change, ...extras } : { change })),
          actor
        )
        return null
      } catch (error) {
        return errorText(t, error)
      }
    },
    [store, actor, context, t]
  )
  return { context, run, runSteps }
}

/** Registers a new case: the next free reference comes from the store. */
export function useNewCase(): (
  input: NewCaseInput
) => Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const store = useStore()
  const { run } = useCaseCommand()
  return useCallback(
    async (input: NewCaseInput) => {
      let createdId: string | null = null
      const failure = await run((ctx) => {
        const result = createCase(input, store.references(), ctx)
        if (result.ok) createdId = result.value.case.id
        return result
      })
      if (failure || !createdId) return { ok: false, message: failure ?? '' }
      return { ok: true, id: createdId }
    },
    [store, run]
  )
}
