/**
 * The e-mail being taken in (issue 16), shared by the drop handler, the header button and the
 * intake page: a tiny store, so a file dropped anywhere in the app lands on the intake page.
 * It lives in memory only and is cleared when the case is made or the DPO starts over.
 */
import { useSyncExternalStore } from 'react'
import type { IntakeRefusal, ParsedEmailView } from '@shared/ipc/intake'

export type IntakeState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'refused'; fileName: string; refusal: IntakeRefusal }
  | { status: 'failed'; fileName: string; text: string }
  | { status: 'ready'; email: ParsedEmailView }

let current: IntakeState = { status: 'idle' }
const listeners = new Set<() => void>()

export function setIntake(next: IntakeState): void {
  current = next
  for (const listener of listeners) listener()
}

export function useIntakeState(): IntakeState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
