import { useCallback } from 'react'
import { callOrThrow } from './api'

/** Saves CSV text through main's save dialog; resolves with the path, or null when cancelled. */
export function useSaveCsv(): (csv: string, suggestedName: string) => Promise<string | null> {
  return useCallback(async (csv: string, suggestedName: string) => {
    const result = await callOrThrow('report:save-csv', { csv, suggestedName })
    return result.saved ? result.path : null
  }, [])
}
