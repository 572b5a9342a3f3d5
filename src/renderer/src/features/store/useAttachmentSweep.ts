import { useEffect, useRef } from 'react'
import { useActor } from '../cases/useCases'
import { useStore } from './storeContext'

/**
 * Once per unlock, after every case is in memory: removes attachments that no case entry refers
 * to (the store's sweep, audited). A sweep that fails leaves them for the next unlock.
 */
export function useAttachmentSweep(): void {
  const store = useStore()
  const name = useActor()
  const actor = useRef(name)
  actor.current = name
  useEffect(() => {
    let active = true
    void store.loaded
      .then(() => (active ? store.sweepOrphanAttachments(actor.current) : 0))
      .catch(() => undefined)
    return () => {
      active = false
    }
  }, [store])
}
