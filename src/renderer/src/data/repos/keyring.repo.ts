import { parseKeyring, type Keyring } from '@core/crypto'
import type { AppDb } from '../db'

/** The stored keyring, validated, or null on first run. */
export async function getKeyring(db: AppDb): Promise<Keyring | null> {
  const row = await db.keyring.get('main')
  return row ? parseKeyring(row.keyring) : null
}

export async function saveKeyring(db: AppDb, keyring: Keyring, now: Date): Promise<void> {
  await db.keyring.put({ id: 'main', keyring, updatedAt: now.toISOString() })
}
