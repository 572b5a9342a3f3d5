/**
 * Test support (imported by tests only): a fresh database unlocked with a random data key, and
 * its removal afterwards.
 */
import Dexie from 'dexie'
import { newDataKey } from '@core/crypto'
import { AppDb } from './db'
import { KeyHolder } from './keys'

export async function openTestDb(prefix: string): Promise<AppDb> {
  const keys = new KeyHolder()
  keys.unlock(newDataKey())
  const db = new AppDb(`${prefix}-${crypto.randomUUID()}`, keys)
  await db.open()
  return db
}

export async function removeTestDb(db: AppDb): Promise<void> {
  db.close()
  await Dexie.delete(db.name)
}
