import type { z } from 'zod'

export class StoredDataError extends Error {
  readonly code = 'VAULT_STORED_DATA_INVALID'
  constructor(table: string, id: string, issues: string) {
    super(`Stored ${table} record ${id} does not match the expected shape: ${issues}`)
    this.name = 'StoredDataError'
  }
}

type Path = readonly PropertyKey[]

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    value
  )
}

/** A copy of `value` with `replacement` at `path` (objects and arrays copied along the path). */
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [key, ...rest] = path
  const node = (value ?? {}) as Record<PropertyKey, unknown>
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<PropertyKey, unknown>
  copy[key!] = setAt(node[key!], rest, replacement)
  return copy
}

/**
 * Parses a decrypted row into a domain object; stored data is checked, not trusted.
 *
 * Length limits are for input. A text stored before a limit existed (or before it was lowered)
 * still reads in full: when the only problems are strings that are too long, the row is parsed
 * with those strings shortened (so every other check and the tolerant reader's transforms still
 * run) and the stored strings are put back at their paths. Anything else that does not match is
 * refused as tampered or damaged. A write of such a record names the field that is too long.
 */
export function parseRow<T>(schema: z.ZodType<T>, table: string, row: unknown): T {
  const parsed = schema.safeParse(row)
  if (parsed.success) return parsed.data
  const longTexts = parsed.error.issues.filter(
    (issue) => issue.code === 'too_big' && typeof getAt(row, issue.path) === 'string'
  )
  if (longTexts.length > 0 && longTexts.length === parsed.error.issues.length) {
    const shortened = longTexts.reduce<unknown>((copy, issue) => setAt(copy, issue.path, 'x'), row)
    const retried = schema.safeParse(shortened)
    if (retried.success)
      return longTexts.reduce<unknown>(
        (copy, issue) => setAt(copy, issue.path, getAt(row, issue.path)),
        retried.data
      ) as T
  }
  const id =
    row && typeof row === 'object' && 'id' in row ? String((row as { id: unknown }).id) : '?'
  throw new StoredDataError(
    table,
    id,
    parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')
  )
}
