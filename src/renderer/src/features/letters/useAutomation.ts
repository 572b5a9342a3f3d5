import { useCallback } from 'react'
import { stopClock, swedishDateOf, undoAutomation } from '@core'
import { useCaseCommand } from '../cases/useCases'
import { useStore } from '../store/storeContext'
import type { AutomationOutcome } from './useLetters'

/** Undoing what a letter carried out, and the clock stop an identification request offers. */
export function useAutomation() {
  const store = useStore()
  const { run } = useCaseCommand()
  const undo = useCallback(
    async (outcome: AutomationOutcome): Promise<string | null> => {
      const current = await store.case(outcome.caseId)
      if (!current) return null
      return run((ctx) => undoAutomation(current, outcome.before, outcome.steps, ctx))
    },
    [store, run]
  )
  const stopClockToday = useCallback(
    async (caseId: string): Promise<string | null> => {
      const current = await store.case(caseId)
      if (!current) return null
      return run((ctx) =>
        stopClock(current, { reason: 'identity', questionSentAt: swedishDateOf(ctx.now) }, ctx)
      )
    },
    [store, run]
  )
  return { undo, stopClockToday }
}
