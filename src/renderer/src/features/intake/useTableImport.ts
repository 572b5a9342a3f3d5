import { useCallback, useEffect, useRef, useState } from 'react'
import { addCorrespondence, addCollectedData, removeCollectedData, type MatchKind } from '@core'
import type { IpcOutput } from '@shared/ipc/contract'
import {
  INTAKE_REFUSAL,
  MAX_INTAKE_BYTES,
  MAX_INTAKE_MB,
  type IntakeRefusal
} from '@shared/ipc/intake'
import { useLive } from '../../data/live'
import { stageAttachment, type StagedAttachment } from '../../data/repos/attachments.repo'
import { call, callOrThrow } from '../../lib/api'
import { errorText, useI18n } from '../../lib/i18n'
import { useActor, useCaseCommand, type CaseView } from '../cases/useCases'
import { useStore } from '../store/storeContext'
import { useDb } from '../vault/VaultProvider'
import {
  DEFAULT_SOURCES,
  guessMatch,
  loadImportMappings,
  saveImportMapping,
  type ColumnChoice,
  type ImportMappings
} from './importMappings'
import { useRefusalText } from './useEmailIntake'

export { DEFAULT_SOURCES, type ColumnChoice } from './importMappings'

type Opened = Extract<IpcOutput<'intake:table-open'>, { accepted: true }>
type Progress = Extract<IpcOutput<'intake:table-next'>, { accepted: true }>['progress']
type Filtered = Extract<IpcOutput<'intake:table-filter'>, { accepted: true }>['result']

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; opened: Opened; progress: Progress | null }
  | {
      phase: 'mapping'
      opened: Opened
      progress: Progress
      result: Filtered | null
      /** The source system whose saved choices fit these columns best. */
      suggestedSource: string
    }

export type TableImport = {
  state: ImportState
  /** What went wrong, in the DPO's language. */
  problem: string | null
  choose: () => Promise<void>
  drop: (file: File) => Promise<void>
  /** The rows of the person, with the column choices given. */
  filter: (source: string, choices: readonly ColumnChoice[]) => Promise<void>
  save: (source: string, shouldAttachRaw: boolean) => Promise<string | null>
  cancel: () => void
  remove: (tableId: string) => Promise<string | null>
  /** Saved column choices of a source system, by column header. */
  mappings: ImportMappings
  /** The choices for `columns` as saved for `source`, or guessed from the headers. */
  choicesFor: (source: string, columns: readonly string[]) => ColumnChoice[]
}

/** The saved source system that knows most of these headers, else the first default one. */
function bestSource(mappings: ImportMappings, columns: readonly string[]): string {
  let best: { source: string; known: number } = { source: DEFAULT_SOURCES[0], known: 0 }
  for (const [source, choices] of Object.entries(mappings)) {
    const known = columns.filter(
      (header) => choices[header]?.categoryId || choices[header]?.match
    ).length
    if (known > best.known) best = { source, known }
  }
  return best.source
}

/**
 * Imports the data subject's rows from an export into the case (issue 16): main reads the file
 * in steps (progress), the DPO maps columns to inventory categories and to the person's
 * identifiers, main filters the rows, and the tables go into the case — with the raw export
 * attached if she wants — in one commit.
 */
export function useTableImport(view: CaseView): TableImport {
  const { t } = useI18n()
  const db = useDb()
  const store = useStore()
  const actor = useActor()
  const { context, run } = useCaseCommand()
  const refusalText = useRefusalText()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const [problem, setProblem] = useState<string | null>(null)
  const session = useRef<string | null>(null)
  const { value: mappings } = useLive(() => loadImportMappings(db), [db])
  const mappingsRef = useRef<ImportMappings>({})
  mappingsRef.current = mappings ?? {}

  const close = useCallback(() => {
    const id = session.current
    session.current = null
    if (id) void call('intake:table-close', { sessionId: id })
  }, [])
  useEffect(() => close, [close])

  const refused = useCallback(
    (refusal: IntakeRefusal) => {
      close()
      setState({ phase: 'idle' })
      setProblem(refusalText(refusal))
    },
    [close, refusalText]
  )

  const readAll = useCallback(
    async (result: IpcOutput<'intake:table-open'>) => {
      if (!result.accepted) return refused(result.refusal)
      close()
      session.current = result.sessionId
      setState({ phase: 'reading', opened: result, progress: null })
      for (;;) {
        const step = await callOrThrow('intake:table-next', { sessionId: result.sessionId })
        if (!step.accepted) return refused(step.refusal)
        if (session.current !== result.sessionId) return
        if (step.progress.isDone) {
          setState({
            phase: 'mapping',
            opened: result,
            progress: step.progress,
            result: null,
            suggestedSource: bestSource(mappingsRef.current, step.progress.columns ?? [])
          })
          return
        }
        setState({ phase: 'reading', opened: result, progress: step.progress })
      }
    },
    [close, refused]
  )

  const guarded = useCallback(
    async (work: () => Promise<void>) => {
      setProblem(null)
      try {
        await work()
      } catch (error) {
        close()
        setState({ phase: 'idle' })
        setProblem(errorText(t, error))
      }
    },
    [close, t]
  )

  const choose = useCallback(
    () =>
      guarded(async () => {
        const chosen = await callOrThrow('intake:table-choose', undefined)
        if (chosen.chosen) await readAll(chosen.result)
      }),
    [guarded, readAll]
  )

  const drop = useCallback(
    (file: File) =>
      guarded(async () => {
        if (file.size > MAX_INTAKE_BYTES)
          return refused({ code: INTAKE_REFUSAL.tooLarge, params: { maxMb: MAX_INTAKE_MB } })
        const bytes = new Uint8Array(await file.arrayBuffer())
        await readAll(await callOrThrow('intake:table-open', { fileName: file.name, bytes }))
      }),
    [guarded, readAll, refused]
  )

  const choicesFor = useCallback(
    (source: string, columns: readonly string[]) => {
      const saved = mappings?.[source.trim()]
      return columns.map((header) => saved?.[header] ?? { match: guessMatch(header) })
    },
    [mappings]
  )

  const filter = useCallback(
    (source: string, choices: readonly ColumnChoice[]) =>
      guarded(async () => {
        if (state.phase !== 'mapping' || !session.current) return
        const subject = view.subject
        const match = choices.flatMap((choice, column) =>
          choice.match ? [{ column, kind: choice.match as MatchKind }] : []
        )
        if (match.length === 0) return setProblem(t('collect.needMatch'))
        const byCategory = new Map<string, number[]>()
        choices.forEach((choice, column) => {
          if (!choice.categoryId) return
          byCategory.set(choice.categoryId, [...(byCategory.get(choice.categoryId) ?? []), column])
        })
        if (byCategory.size === 0) return setProblem(t('collect.needCategory'))
        const identifiers = {
          ...(subject?.personnummer ? { personnummer: subject.personnummer } : {}),
          emails: subject?.email ? [subject.email] : [],
          customerRefs: subject?.customerRefs ?? []
        }
        if (
          !identifiers.personnummer &&
          !identifiers.emails.length &&
          !identifiers.customerRefs.length
        )
          return setProblem(t('collect.noIdentifiers'))
        const columns = state.progress.columns ?? []
        await saveImportMapping(
          db,
          source.trim(),
          Object.fromEntries(columns.map((header, index) => [header, choices[index] ?? {}]))
        )
        const filtered = await callOrThrow('intake:table-filter', {
          sessionId: session.current,
          filter: {
            match,
            identifiers,
            categories: [...byCategory].map(([categoryId, list]) => ({ categoryId, columns: list }))
          }
        })
        if (!filtered.accepted) return refused(filtered.refusal)
        setState({ ...state, result: filtered.result })
      }),
    [guarded, state, view.subject, t, db, refused]
  )

  const save = useCallback(
    async (source: string, shouldAttachRaw: boolean): Promise<string | null> => {
      if (state.phase !== 'mapping' || !state.result || !session.current) return null
      try {
        const ctx = context()
        const fileName = state.opened.fileName
        const added = addCollectedData(
          view.case,
          state.result.tables.map((table) => ({ ...table, source: source.trim(), fileName })),
          ctx
        )
        if (!added.ok) return errorText(t, added.error)
        let final = added.value.case
        const events = []
        const attachments: StagedAttachment[] = []
        if (shouldAttachRaw) {
          const raw = await callOrThrow('intake:table-raw', { sessionId: session.current })
          attachments.push(
            await stageAttachment(store.db, {
              caseId: view.case.id,
              name: raw.fileName,
              mime: raw.mime,
              data: raw.data,
              addedAt: ctx.now.toISOString()
            })
          )
          const filed = addCorrespondence(
            final,
            {
              direction: 'in',
              medium: 'other',
              at: ctx.now.toISOString(),
              subject: t('collect.rawSubject', { source: source.trim(), name: raw.fileName }),
              attachmentIds: attachments.map((item) => item.meta.id)
            },
            ctx
          )
          if (!filed.ok) return errorText(t, filed.error)
          final = filed.value.case
          events.push(filed.value.event)
        }
        await store.commit(
          { cases: [{ change: { case: final, event: added.value.event }, attachments }], events },
          actor
        )
        close()
        setState({ phase: 'idle' })
        return null
      } catch (error) {
        return errorText(t, error)
      }
    },
    [state, context, view.case, t, store, actor, close]
  )

  const cancel = useCallback(() => {
    close()
    setProblem(null)
    setState({ phase: 'idle' })
  }, [close])

  const remove = useCallback(
    (tableId: string) => run((ctx) => removeCollectedData(view.case, tableId, ctx)),
    [run, view.case]
  )

  return {
    state,
    problem,
    choose,
    drop,
    filter,
    save,
    cancel,
    remove,
    mappings: mappings ?? {},
    choicesFor
  }
}
