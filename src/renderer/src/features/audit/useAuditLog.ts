import { useCallback, useMemo } from 'react'
import { useLive } from '../../data/live'
import { listAudit, verifyAudit } from '../../data/repos/audit.repo'
import { listInventory } from '../../data/repos/inventory.repo'
import { useDb } from '../vault/VaultProvider'

/**
 * The audit log (live while the page is open), the check of its hash chain, and the inventory's
 * category names, so an event about a category names it instead of its id.
 */
export function useAuditLog() {
  const db = useDb()
  const { value: events, error } = useLive(() => listAudit(db), [db])
  const { value: inventory } = useLive(() => listInventory(db), [db])
  const categoryNames = useMemo(
    () => new Map((inventory ?? []).map((category) => [category.id, category.name])),
    [inventory]
  )
  const verify = useCallback(() => verifyAudit(db), [db])
  return { events, error, verify, categoryNames }
}
