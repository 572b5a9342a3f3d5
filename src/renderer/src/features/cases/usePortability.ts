import { strToU8, zipSync } from 'fflate'
import { useCallback, useMemo } from 'react'
import { portabilityFiles, type PortabilityFiles } from '@core'
import { callOrThrow } from '../../lib/api'
import { useInventory, useOrganisation } from '../settings/useSettings'
import { today, type CaseView } from './useCases'

export type PortabilityPackage = PortabilityFiles & {
  /** The ZIP with both files, as sent and filed. */
  zip: Uint8Array
}

/** Noon of the day, so the ZIP's DOS timestamps carry the same date in every time zone. */
function zipTime(on: string): Date {
  const [year, month, day] = on.split('-').map(Number)
  return new Date(year!, month! - 1, day!, 12)
}

/**
 * The portability answer of a case: the person's data as JSON and CSV in one ZIP (built here in
 * memory; it only leaves the app through main's save dialog or as the letter's enclosure).
 */
export function usePortability(view: CaseView) {
  const organisation = useOrganisation()
  const inventory = useInventory()
  const subject = view.subject
  const collected = view.case.collected
  const build = useMemo(() => {
    if (!subject || !organisation || !inventory) return null
    const categoryName = (id: string) => inventory.find((item) => item.id === id)?.name ?? id
    return (): PortabilityPackage => {
      const on = today()
      const files = portabilityFiles({
        reference: view.case.reference,
        controller: { name: organisation.name, orgNumber: organisation.orgNumber },
        subject,
        // The rows collected from other systems for this case (issue 16), one dataset each.
        datasets: (collected ?? []).map((table) => ({
          category: categoryName(table.categoryId),
          source: table.source,
          columns: table.columns,
          rows: table.rows
        })),
        on
      })
      const mtime = zipTime(on)
      const zip = zipSync(
        {
          [files.jsonName]: [strToU8(files.json), { mtime }],
          [files.csvName]: [strToU8(files.csv), { mtime }]
        },
        { level: 6 }
      )
      return { ...files, zip }
    }
  }, [subject, organisation, inventory, collected, view.case.reference])

  /** Saves the ZIP where the DPO chooses; resolves with the path, or null when cancelled. */
  const save = useCallback(async (pkg: PortabilityPackage): Promise<string | null> => {
    const result = await callOrThrow('file:save-attachment', { data: pkg.zip, name: pkg.zipName })
    return result.saved ? result.path : null
  }, [])

  return { build, save }
}
