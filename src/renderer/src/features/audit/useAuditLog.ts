import { useCallback } from 'react'
import { useLive } from '../../data/live'
import { listAudit, verifyAudit } from '../../data/repos/audit.repo'
import { useDb } from '../vault/VaultProvider'

/** The audit log (live while the page is open) and the check of its hash chain. */
export function useAuditLog() {
  const db = useDb()
  const { value: events, error } = useLive(() => listAudit(db), [db])
  const verify = useCallback(() => verifyAudit(db), [db])
  return { events, error, verify }
}
