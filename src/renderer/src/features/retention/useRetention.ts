import { useCallback } from 'react'
import { CASE_RETENTION_YEARS, retentionSweep, type AnonymousCaseRecord } from '@core'
import { useLive } from '../../data/live'
import { getSetting, putSetting } from '../../data/repos/settings.repo'
import { loadDeletedCaseRecords } from '../../data/repos/statistics.repo'
import type { RetentionDeletion } from '../../data/store/caseStore'
import { useActor, today } from '../cases/useCases'
import { useStore, useStoreMemo } from '../store/storeContext'
import { useDb } from '../vault/VaultProvider'

export type { RetentionDeletion } from '../../data/store/caseStore'
export type { RetentionCandidate, RetentionHeld } from '@core'

const SETTING = 'retention'

function validYears(value: unknown): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CASE_RETENTION_YEARS.min &&
    value <= CASE_RETENTION_YEARS.max
    ? value
    : CASE_RETENTION_YEARS.default
}

/**
 * The app's own storage limitation (issue 16, ADR 0012): the period closed cases are kept, the
 * cases due for deletion (and those held by a block or a letter), and the deletion itself,
 * which the store does in one transaction.
 */
export function useRetention() {
  const db = useDb()
  const store = useStore()
  const actor = useActor()
  const { value: stored } = useLive(() => getSetting<{ years?: unknown }>(db, SETTING), [db])
  const years = validYears(stored?.years)
  const on = today()
  const sweep = useStoreMemo(
    (current) => retentionSweep(current.caseHeads(), on, years),
    [on, years]
  )
  const saveYears = useCallback(
    (value: number) => putSetting(db, SETTING, { years: validYears(value) }),
    [db]
  )
  const deleteDue = useCallback(
    (ids: readonly string[]): Promise<RetentionDeletion> => store.deleteCases(ids, actor),
    [store, actor]
  )
  return { years, sweep, saveYears, deleteDue }
}

/** The anonymous records of deleted cases, for the annual report. */
export function useDeletedCaseRecords(): readonly AnonymousCaseRecord[] {
  const db = useDb()
  const { value } = useLive(() => loadDeletedCaseRecords(db), [db])
  return value ?? EMPTY
}

const EMPTY: readonly AnonymousCaseRecord[] = []
