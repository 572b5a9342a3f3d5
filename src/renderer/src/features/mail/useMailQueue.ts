import { useCallback, useEffect, useState } from 'react'
import {
  applyAutomation,
  automationFor,
  copyLedger,
  markPosted,
  unqueueLetter,
  type CorrespondenceEntry
} from '@core'
import type { AutomationOutcome } from '../letters/useLetters'
import { getAttachment } from '../../data/repos/attachments.repo'
import { callOrThrow } from '../../lib/api'
import { useActor, today, type CaseView } from '../cases/useCases'
import { viewOf } from '../cases/caseViews'
import { useAlignmentTest } from '../letters/useAlignmentTest'
import { useStore, useStoreVersion } from '../store/storeContext'

export type QueuedLetter = { view: CaseView; entry: CorrespondenceEntry }

/**
 * The letters marked "to post": found from the case heads' counts, read in full only for those
 * cases. Prints them as one file, marks them posted in one write, and prints the alignment page.
 */
export function useMailQueue() {
  const store = useStore()
  const version = useStoreVersion()
  const actor = useActor()
  const [queue, setQueue] = useState<QueuedLetter[] | undefined>(undefined)

  useEffect(() => {
    let active = true
    const heads = store.caseHeads().filter((head) => head.lettersToPost > 0)
    void Promise.all(heads.map((head) => store.case(head.id))).then((cases) => {
      if (!active) return
      const on = today()
      setQueue(
        cases.flatMap((dsrCase) => {
          if (!dsrCase) return []
          const view = viewOf(dsrCase, store.subject(dsrCase.subjectId), on)
          return dsrCase.correspondence
            .filter((entry) => entry.direction === 'out' && entry.toPost)
            .map((entry) => ({ view, entry }))
        })
      )
    })
    return () => {
      active = false
    }
  }, [store, version])

  /** One PDF with every queued letter, saved where the DPO chooses; the path, or null. */
  const print = useCallback(async (): Promise<string | null> => {
    const pdfs: Uint8Array[] = []
    for (const { entry } of queue ?? []) {
      for (const attachmentId of entry.attachmentIds) {
        const attachment = await getAttachment(store.db, attachmentId)
        if (attachment?.mime === 'application/pdf') pdfs.push(attachment.data)
      }
    }
    const merged = await callOrThrow('pdf:merge-for-post', { pdfs })
    const saved = await callOrThrow('pdf:save', {
      pdf: merged.pdf,
      suggestedName: `Utskick ${today()}`
    })
    return saved.saved ? saved.path : null
  }, [queue, store])

  /** Marks every queued letter posted today, all cases in one transaction; the error or null. */
  const markAllPosted = useCallback(async (): Promise<{
    count: number
    automations: AutomationOutcome[]
  }> => {
    const byCase = new Map<string, { view: CaseView; ids: string[] }>()
    for (const { view, entry } of queue ?? []) {
      const item = byCase.get(view.case.id) ?? { view, ids: [] }
      item.ids.push(entry.id)
      byCase.set(view.case.id, item)
    }
    const ctx = { now: new Date(), actor, newId: () => crypto.randomUUID() }
    const commits = []
    const automations: AutomationOutcome[] = []
    const on = today()
    for (const { view, ids } of byCase.values()) {
      const result = markPosted(view.case, ids, on, ctx)
      if (!result.ok) throw result.error
      commits.push({ change: result.value })
      // A posted letter takes effect now: its workflow step follows (one step per case).
      let current = result.value.case
      const ledger = copyLedger(
        store.casesOfSubject(current.subjectId).filter((head) => head.id !== current.id)
      )
      for (const entry of current.correspondence.filter((item) => ids.includes(item.id))) {
        const planned = automationFor(current, entry, { ledger, on })
        if (planned.steps.length === 0) continue
        const applied = applyAutomation(current, planned.steps, ctx)
        if (!applied.ok) throw applied.error
        automations.push({ caseId: current.id, before: current, ...planned })
        commits.push({ change: applied.value })
        current = applied.value.case
      }
    }
    await store.commitCases(commits, actor)
    return { count: queue?.length ?? 0, automations }
  }, [queue, store, actor])

  /** Takes one letter out of the queue (it stays filed in its case). */
  const unqueue = useCallback(
    async (letter: QueuedLetter): Promise<void> => {
      const dsrCase = (await store.case(letter.view.case.id)) ?? letter.view.case
      const ctx = { now: new Date(), actor, newId: () => crypto.randomUUID() }
      const result = unqueueLetter(dsrCase, letter.entry.id, ctx)
      if (!result.ok) throw result.error
      await store.commitCase({ change: result.value }, actor)
    },
    [store, actor]
  )

  return { queue, print, markAllPosted, unqueue, alignment: useAlignmentTest() }
}
