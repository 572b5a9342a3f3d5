import type { z } from 'zod'

export class StoredDataError extends Error {
  readonly code = 'VAULT_STORED_DATA_INVALID'
  constructor(table: string, id: string, issues: string) {
    super(`Stored ${table} record ${id} does not match the expected shape: ${issues}`)
    this.name = 'StoredDataError'
  }
}

/** Parses a decrypted row into a domain object; stored data is checked, not trusted. */
export function parseRow<T>(schema: z.ZodType<T>, table: string, row: unknown): T {
  const parsed = schema.safeParse(row)
  if (!parsed.success) {
    const id =
      row && typeof row === 'object' && 'id' in row ? String((row as { id: unknown }).id) : '?'
    throw new StoredDataError(
      table,
      id,
      parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')
    )
  }
  return parsed.data
}
