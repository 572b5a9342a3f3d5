/**
 * The app database. Only repositories (repos/*.repo.ts) use it; everything they read and write
 * passes the encryption middleware, except the keyring (which holds only wrapped keys).
 */
import Dexie, { type Table } from 'dexie'
import type { Keyring } from '../../../core/crypto'
import { encryptionMiddleware } from './encryption'
import { KeyHolder } from './keys'
import { SCHEMA_VERSIONS } from './schema'

export type Row = Record<string, unknown> & { id: string }
export type KeyringRow = { id: 'main'; keyring: Keyring; updatedAt: string }

export class AppDb extends Dexie {
  subjects!: Table<Row, string>
  cases!: Table<Row, string>
  events!: Table<Row, string>
  attachments!: Table<Row, string>
  auditLog!: Table<Row, string>
  inventory!: Table<Row, string>
  settings!: Table<Row, string>
  keyring!: Table<KeyringRow, string>

  constructor(
    name: string,
    readonly keys: KeyHolder
  ) {
    super(name)
    for (const schema of SCHEMA_VERSIONS) this.version(schema.version).stores(schema.stores)
    this.use(encryptionMiddleware(keys))
  }
}

/** Name of the database in use; a restore switches it only after the new one verified. */
const ACTIVE_DB_KEY = 'dpo-desk.active-db'
export const DEFAULT_DB_NAME = 'dpo-desk'

export function activeDbName(): string {
  try {
    return localStorage.getItem(ACTIVE_DB_KEY) ?? DEFAULT_DB_NAME
  } catch {
    return DEFAULT_DB_NAME
  }
}

export function setActiveDbName(name: string): void {
  localStorage.setItem(ACTIVE_DB_KEY, name)
}

export function createDb(name: string = activeDbName(), keys: KeyHolder = new KeyHolder()): AppDb {
  return new AppDb(name, keys)
}

/**
 * The same database without the encryption middleware: ciphertext rows as stored. For backups
 * (which carry rows as they are) and for tests that inspect what reaches IndexedDB.
 */
export function openRawDb(name: string): Dexie {
  const db = new Dexie(name)
  for (const schema of SCHEMA_VERSIONS) db.version(schema.version).stores(schema.stores)
  return db
}
