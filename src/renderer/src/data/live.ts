import { useLiveQuery } from 'dexie-react-hooks'

/**
 * Re-runs `querier` whenever the tables it reads change, and returns its result (undefined while
 * loading). Features use this instead of importing Dexie. Errors surface as `{ error }`.
 */
export function useLive<T>(
  querier: () => Promise<T>,
  deps: unknown[]
): { value: T | undefined; error: Error | null } {
  const result = useLiveQuery(
    async () => {
      try {
        return { value: await querier(), error: null }
      } catch (error) {
        return {
          value: undefined,
          error: error instanceof Error ? error : new Error(String(error))
        }
      }
    },
    deps,
    { value: undefined, error: null }
  )
  return result
}
