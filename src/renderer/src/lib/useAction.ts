import { useCallback, useRef, useState } from 'react'
import { errorText, useI18n } from './i18n'

export type Feedback = { tone: 'success' | 'error' | 'warning' | 'info'; text: string }

/**
 * Busy and feedback state for one user action: `run` awaits the work, shows `success` (or what
 * the work returns) when it worked and the error in the DPO's language when it did not. The work
 * may return a Feedback of its own, or an error text (a failed command) to show as an error.
 */
export function useAction(): {
  busy: boolean
  feedback: Feedback | null
  setFeedback: (feedback: Feedback | null) => void
  run: (work: () => Promise<Feedback | string | null | void>, success?: string) => Promise<boolean>
} {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const running = useRef(false)
  const run = useCallback(
    async (work: () => Promise<Feedback | string | null | void>, success?: string) => {
      if (running.current) return false
      running.current = true
      setBusy(true)
      setFeedback(null)
      try {
        const outcome = await work()
        if (typeof outcome === 'string') {
          setFeedback({ tone: 'error', text: outcome })
          return false
        }
        if (outcome) setFeedback(outcome)
        else if (success) setFeedback({ tone: 'success', text: success })
        return true
      } catch (error) {
        setFeedback({ tone: 'error', text: errorText(t, error) })
        return false
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [t]
  )
  return { busy, feedback, setFeedback, run }
}
