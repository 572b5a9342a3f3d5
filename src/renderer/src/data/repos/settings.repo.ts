import type { AppDb } from '../db'

/** Settings are stored one encrypted record per group, e.g. 'organisation', 'security'. */
export async function getSetting<T>(db: AppDb, id: string): Promise<T | undefined> {
  const row = await db.settings.get(id)
  return row ? (row['value'] as T) : undefined
}

export async function putSetting<T>(db: AppDb, id: string, value: T): Promise<void> {
  await db.settings.put({ id, value })
}
