/**
 * Encryption at rest for Dexie (DESIGN §4, security.md §2): a DBCore middleware that seals every
 * record with AES-256-GCM before it reaches IndexedDB and opens it on the way back.
 *
 * - Synchronous crypto (noble's public `gcm()`) inside transactions: an await on WebCrypto inside
 *   an IndexedDB transaction lets it commit early (Dexie #374). Bulk paths seal and open the
 *   same format with WebCrypto outside transactions (`sealRowsAsync`, `decryptRowsAsync`).
 * - Stored row: `{ id, v, <chosen clear fields>, <blind indexes>, enc }`. The associated data
 *   binds each ciphertext to its table, primary key and format version, so a ciphertext copied
 *   to another record or table does not open. It does not bind the database name, so a restore
 *   can put the same rows into a fresh database.
 * - Clear fields are copies of values also inside `enc`; a read compares them and refuses a row
 *   whose clear fields were changed.
 * - `changeSpec`, `updates` and `criteria` (plaintext change descriptions that modify() and
 *   bulkUpdate() send alongside the full new values) never go further down.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import {
  concatBytes,
  decodeRecord,
  encodeRecord,
  isBytes,
  NONCE_LENGTH,
  open,
  randomBytes,
  seal,
  utf8
} from '@core/crypto'
import { blindIndex, blindIndexAsync, normaliseEmail, normalisePersonnummer } from './blindIndex'
import type { KeyHolder, UnlockedKeys } from './keys'

/**
 * Record format written today. v1 (2026-11-24) kept subjectId, type, status, due and receivedAt
 * of cases and caseId of events and attachments in clear; v2 (2026-12-01) keeps none of them:
 * what links records is a keyed blind index (ADR 0003). v1 rows stay readable until the
 * migration after unlock (migrations/v2.ts) has rewritten them.
 *
 * v3 (2026-12-01) is the format of the paged tables (`subjectPages`, `casePages`): one row
 * seals a page of up to PAGE_SIZE records (ADR 0015). Rows of every other table stay v2.
 */
export const RECORD_FORMAT_VERSION = 2
export const PAGE_FORMAT_VERSION = 3
export const READABLE_FORMAT_VERSIONS = [1, 2, 3] as const

export class RecordTamperedError extends Error {
  readonly code = 'VAULT_RECORD_TAMPERED'
  constructor(table: string, detail: string) {
    super(`A record in ${table} failed its integrity check (${detail})`)
    this.name = 'RecordTamperedError'
  }
}

type BlindIndexSpec = {
  field: string
  keyOf: (keys: UnlockedKeys) => Uint8Array
  from: (value: Record<string, unknown>) => string | null
}

export type TablePolicy = {
  /** Fields copied in clear next to `enc` so IndexedDB can index them. Each one is a decision. */
  clear: readonly string[]
  blindIndexes?: readonly BlindIndexSpec[]
  /**
   * A paged table (format v3, ADR 0015): a row's value is a page `{ id, members }` of up to
   * PAGE_SIZE records. The row keeps its members' ids in clear (`ids`, a multi-entry index: the
   * same ids that are primary keys in an unpaged table) and, for each blind index, the distinct
   * values of its members as an array. Nothing else of a member is outside `enc`.
   */
  paged?: boolean
}

/** A page of a paged table, as sealed: its own id and its members (each with an `id`). */
export type Page = { id: string; members: (Record<string, unknown> & { id: string })[] }

/** Records per page written by bulk writes (ADR 0015: 2.1× plain Dexie's throughput at 16). */
export const PAGE_SIZE = 16

const idOf = (field: string) => (v: Record<string, unknown>) =>
  typeof v[field] === 'string' && v[field] !== '' ? (v[field] as string) : null

const BY_CASE: BlindIndexSpec = {
  field: 'bidx_case',
  keyOf: (keys) => keys.caseIndexKey,
  from: idOf('caseId')
}

const SUBJECT_INDEXES: readonly BlindIndexSpec[] = [
  {
    field: 'bidx_pnr',
    keyOf: (keys) => keys.personnummerIndexKey,
    from: (v) => normalisePersonnummer(v['personnummer'] as string)
  },
  {
    field: 'bidx_email',
    keyOf: (keys) => keys.emailIndexKey,
    from: (v) => normaliseEmail(v['email'] as string)
  }
]

const CASE_INDEXES: readonly BlindIndexSpec[] = [
  { field: 'bidx_subject', keyOf: (keys) => keys.subjectIndexKey, from: idOf('subjectId') }
]

/**
 * What stays in clear, table by table (ADR 0003), for the current format. Everything else,
 * names, personnummer, e-mail, addresses, letters, attachments, types, statuses and dates,
 * exists only inside `enc`. The audit log's sequence number orders the chain and says nothing.
 */
export const TABLE_POLICIES: Readonly<Record<string, TablePolicy>> = {
  // Format v2 tables of subjects and cases: read only by the v3 migration (migrations/v3.ts),
  // which moves their rows into pages; kept so older databases and backups open.
  subjects: { clear: [], blindIndexes: SUBJECT_INDEXES },
  cases: { clear: [], blindIndexes: CASE_INDEXES },
  events: { clear: [], blindIndexes: [BY_CASE] },
  attachments: { clear: [], blindIndexes: [BY_CASE] },
  attachmentData: { clear: [] },
  auditLog: { clear: ['seq'] },
  inventory: { clear: [] },
  settings: { clear: [] },
  digests: { clear: [] },
  subjectPages: { clear: [], paged: true, blindIndexes: SUBJECT_INDEXES },
  casePages: { clear: [], paged: true, blindIndexes: CASE_INDEXES }
}

/** The v1 layout, for reading rows written before the v2 migration. */
const V1_CLEAR: Readonly<Record<string, readonly string[]>> = {
  cases: ['subjectId', 'type', 'status', 'due', 'receivedAt'],
  events: ['caseId'],
  attachments: ['caseId'],
  auditLog: ['seq']
}

function clearFieldsOf(table: string, policy: TablePolicy, version: number): readonly string[] {
  return version === 1 ? (V1_CLEAR[table] ?? []) : policy.clear
}

/** The format a table's rows are written in today. */
export function writtenFormatVersion(policy: TablePolicy): number {
  return policy.paged ? PAGE_FORMAT_VERSION : RECORD_FORMAT_VERSION
}

/** The values a blind index takes for one stored value: a record, or every member of a page. */
function indexedValues(
  policy: TablePolicy,
  spec: BlindIndexSpec,
  value: Record<string, unknown>
): string[] {
  if (!policy.paged) {
    const normalised = spec.from(value)
    return normalised ? [normalised] : []
  }
  const values = new Set<string>()
  for (const member of membersOf(value)) {
    const normalised = spec.from(member)
    if (normalised) values.add(normalised)
  }
  return [...values]
}

function membersOf(value: Record<string, unknown>): Record<string, unknown>[] {
  const members = value['members']
  if (!Array.isArray(members)) throw new Error('A page needs its members')
  return members as Record<string, unknown>[]
}

/** The member ids a page keeps in clear; each member needs a string id, once per page. */
function memberIds(table: string, value: Record<string, unknown>): string[] {
  const ids = membersOf(value).map((member) => member['id'])
  if (ids.some((id) => typeof id !== 'string' || id === '') || new Set(ids).size !== ids.length)
    throw new Error(`Records in ${table} need distinct string ids`)
  return ids as string[]
}

export function recordAad(table: string, primaryKey: string, version: number): Uint8Array {
  return utf8(`dpo-desk/record/v${version}|${table}|${primaryKey}`)
}

/** The row shell of `rowShell`, with the blind indexes computed by WebCrypto (bulk paths). */
async function rowShellAsync(
  table: string,
  policy: TablePolicy,
  keys: UnlockedKeys,
  value: Record<string, unknown>,
  memo: Map<string, Promise<string>>
): Promise<Record<string, unknown> & { id: string }> {
  const row = rowShell(table, { clear: policy.clear, paged: policy.paged }, keys, value)
  await Promise.all(
    (policy.blindIndexes ?? []).map(async (spec) => {
      const values = indexedValues(policy, spec, value)
      if (values.length === 0) return
      // Many rows share an index value (the events of one case, the cases of one person):
      // each value is keyed once per call.
      const indexes = await Promise.all(
        values.map((normalised) => {
          const memoKey = `${spec.field}\u0000${normalised}`
          let index = memo.get(memoKey)
          if (!index) memo.set(memoKey, (index = blindIndexAsync(spec.keyOf(keys), normalised)))
          return index
        })
      )
      row[spec.field] = policy.paged ? indexes : indexes[0]
    })
  )
  return row
}

/** The stored row without `enc`: id, format version, clear fields and blind indexes. */
function rowShell(
  table: string,
  policy: TablePolicy,
  keys: UnlockedKeys,
  value: Record<string, unknown>
): Record<string, unknown> & { id: string } {
  const id = value['id']
  if (typeof id !== 'string' || id === '') throw new Error(`Records in ${table} need a string id`)
  const row: Record<string, unknown> & { id: string } = { id, v: writtenFormatVersion(policy) }
  for (const field of policy.clear) if (value[field] !== undefined) row[field] = value[field]
  if (policy.paged) row['ids'] = memberIds(table, value)
  for (const spec of policy.blindIndexes ?? []) {
    const values = indexedValues(policy, spec, value)
    if (values.length === 0) continue
    const indexes = values.map((normalised) => blindIndex(spec.keyOf(keys), normalised))
    row[spec.field] = policy.paged ? indexes : indexes[0]
  }
  return row
}

export function encryptRow(
  table: string,
  policy: TablePolicy,
  keys: UnlockedKeys,
  value: Record<string, unknown>
): Record<string, unknown> {
  const row = rowShell(table, policy, keys, value)
  row['enc'] = seal(keys.dek, encodeRecord(value), recordAad(table, row.id, row['v'] as number))
  return row
}

/**
 * Rows sealed ahead of a transaction by `sealRowsAsync` (WebCrypto). The middleware stores them
 * as they are instead of sealing them again; nothing else can mark a row.
 */
const presealed = new WeakSet<object>()

/**
 * Seals many records with WebCrypto, outside any IndexedDB transaction, for bulk writes (restore
 * checks, imports, large attachments): same format and associated data as `encryptRow`, so every
 * reader opens them. Put the returned rows through the normal table methods.
 */
export async function sealRowsAsync(
  table: string,
  keys: UnlockedKeys,
  values: readonly Record<string, unknown>[]
): Promise<(Record<string, unknown> & { id: string })[]> {
  // In batches: a few hundred operations in flight keep the crypto threads busy without
  // queueing tens of thousands of promises at once.
  const batches = sealInBatches(table, keys, values)
  const rows: (Record<string, unknown> & { id: string })[] = []
  for (let index = 0; index < batches.count; index++) rows.push(...(await batches.seal(index)))
  return rows
}

const SEAL_BATCH = 500

/** Rows to seal in batches, one batch at a time on request (`sealInBatches`). */
export type SealingBatches = {
  readonly count: number
  /** Seals batch `index` (0 ≤ index < count). */
  seal(index: number): Promise<(Record<string, unknown> & { id: string })[]>
}

/**
 * Splits `values` into batches that are sealed when asked for, so a bulk write can seal the next
 * batch while the one before is being stored (`bulkPutAsSealed` in db.ts): sealing everything
 * first would keep the main thread busy with crypto completions and start the writes only at
 * the end. Same rows as `sealRowsAsync`.
 */
export function sealInBatches(
  table: string,
  keys: UnlockedKeys,
  values: readonly Record<string, unknown>[],
  size = SEAL_BATCH
): SealingBatches {
  const policy = TABLE_POLICIES[table]
  if (!policy) throw new Error(`Table ${table} is not encrypted`)
  // The random source gives at most 64 KiB per call: at most 5 461 nonces of 12 bytes.
  if (size < 1 || size * NONCE_LENGTH > 65_536) throw new Error(`No batches of ${size} rows`)
  const memo = new Map<string, Promise<string>>()
  return {
    count: Math.ceil(values.length / size),
    async seal(index) {
      const key = await keys.dekWebCrypto
      const slice = values.slice(index * size, (index + 1) * size)
      // One call to the random source for the batch's nonces, each its own 12 bytes.
      const nonces = randomBytes(NONCE_LENGTH * slice.length)
      return Promise.all(
        slice.map((value, i) =>
          sealOne(
            table,
            policy,
            keys,
            key,
            value,
            memo,
            nonces.subarray(i * NONCE_LENGTH, (i + 1) * NONCE_LENGTH)
          )
        )
      )
    }
  }
}

async function sealOne(
  table: string,
  policy: TablePolicy,
  keys: UnlockedKeys,
  key: CryptoKey,
  value: Record<string, unknown>,
  memo: Map<string, Promise<string>>,
  nonce: Uint8Array
): Promise<Record<string, unknown> & { id: string }> {
  const row = await rowShellAsync(table, policy, keys, value, memo)
  const body = await crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv: nonce as Uint8Array<ArrayBuffer>,
      additionalData: recordAad(table, row.id, row['v'] as number) as Uint8Array<ArrayBuffer>
    },
    key,
    encodeRecord(value) as Uint8Array<ArrayBuffer>
  )
  row['enc'] = concatBytes(nonce, new Uint8Array(body))
  presealed.add(row)
  return row
}

type StoredRow = { stored: Record<string, unknown>; id: string; enc: Uint8Array; version: number }

function storedRow(table: string, row: unknown): StoredRow {
  if (!row || typeof row !== 'object') throw new RecordTamperedError(table, 'not a record')
  const stored = row as Record<string, unknown>
  const id = stored['id']
  const enc = stored['enc']
  const version = stored['v']
  if (
    typeof id !== 'string' ||
    !isBytes(enc) ||
    !(READABLE_FORMAT_VERSIONS as readonly unknown[]).includes(version)
  ) {
    throw new RecordTamperedError(table, 'not an encrypted record')
  }
  return { stored, id, enc, version: version as number }
}

function decoded(
  table: string,
  policy: TablePolicy,
  { stored, id, version }: StoredRow,
  plaintext: Uint8Array
): Record<string, unknown> {
  let value: Record<string, unknown>
  try {
    value = decodeRecord<Record<string, unknown>>(plaintext)
  } catch {
    throw new RecordTamperedError(table, 'record does not decode')
  }
  if (value['id'] !== id) throw new RecordTamperedError(table, 'id mismatch')
  for (const field of clearFieldsOf(table, policy, version)) {
    if (stored[field] !== value[field])
      throw new RecordTamperedError(table, `clear field ${field} was changed`)
  }
  if (Boolean(policy.paged) !== (version === PAGE_FORMAT_VERSION))
    throw new RecordTamperedError(table, `format v${version} in this table`)
  if (policy.paged) {
    // The member ids in clear lead lookups to this page: they must be the sealed members'.
    const storedIds = stored['ids']
    const members = Array.isArray(value['members']) ? (value['members'] as unknown[]) : null
    if (
      !members ||
      !Array.isArray(storedIds) ||
      storedIds.length !== members.length ||
      members.some(
        (member, index) =>
          !member ||
          typeof member !== 'object' ||
          (member as Record<string, unknown>)['id'] !== storedIds[index]
      )
    )
      throw new RecordTamperedError(table, 'clear field ids was changed')
  }
  return value
}

/** The format version of a stored row (1 or 2), or null when it is not an encrypted record. */
export function storedFormatVersion(row: unknown): number | null {
  const version = row && typeof row === 'object' ? (row as Record<string, unknown>)['v'] : null
  return typeof version === 'number' ? version : null
}

export function decryptRow(
  table: string,
  policy: TablePolicy,
  keys: UnlockedKeys,
  row: unknown
): Record<string, unknown> {
  const parts = storedRow(table, row)
  let plaintext: Uint8Array
  try {
    plaintext = open(keys.dek, parts.enc, recordAad(table, parts.id, parts.version))
  } catch {
    throw new RecordTamperedError(table, 'ciphertext does not open')
  }
  return decoded(table, policy, parts, plaintext)
}

/**
 * Decrypts many stored rows with WebCrypto, in parallel on the browser's crypto threads. Only for
 * rows already read: never call it inside an IndexedDB transaction. Same checks as decryptRow.
 */
export async function decryptRowsAsync(
  table: string,
  keys: UnlockedKeys,
  rows: readonly unknown[]
): Promise<Record<string, unknown>[]> {
  const policy = TABLE_POLICIES[table]
  if (!policy) throw new Error(`Table ${table} is not encrypted`)
  const key = await keys.dekWebCrypto
  return Promise.all(
    rows.map(async (row) => {
      const parts = storedRow(table, row)
      let plaintext: ArrayBuffer
      try {
        plaintext = await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: parts.enc.subarray(0, NONCE_LENGTH) as Uint8Array<ArrayBuffer>,
            additionalData: recordAad(table, parts.id, parts.version) as Uint8Array<ArrayBuffer>
          },
          key,
          parts.enc.subarray(NONCE_LENGTH) as Uint8Array<ArrayBuffer>
        )
      } catch {
        throw new RecordTamperedError(table, 'ciphertext does not open')
      }
      return decoded(table, policy, parts, new Uint8Array(plaintext))
    })
  )
}

function stripPlaintextChanges(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'put') return req
  const { changeSpec: _changeSpec, updates: _updates, criteria: _criteria, ...rest } = req
  return rest
}

/**
 * The cursor with its values decrypted. A plain object that forwards to Dexie's cursor, not one
 * inheriting from it: in Chromium, Dexie's cursor is the native IDBCursor, whose getters (key,
 * primaryKey) throw "Illegal invocation" on any other receiver (anyOf() reads cursor.key).
 */
function wrapCursor(
  cursor: DBCoreCursor | null,
  decrypt: (value: unknown) => unknown
): DBCoreCursor | null {
  if (!cursor) return cursor
  let cachedKey: unknown = Symbol('none')
  let cachedValue: unknown
  return {
    get trans() {
      return cursor.trans
    },
    get key() {
      return cursor.key
    },
    get primaryKey() {
      return cursor.primaryKey
    },
    get value() {
      if (cursor.primaryKey !== cachedKey) {
        cachedValue = cursor.value === undefined ? undefined : decrypt(cursor.value)
        cachedKey = cursor.primaryKey
      }
      return cachedValue
    },
    get done() {
      return cursor.done
    },
    // Looked up on each call: Dexie replaces these methods as the cursor starts and stops.
    continue: (key) => cursor.continue(key),
    continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count) => cursor.advance(count),
    start: (onNext) => cursor.start(onNext),
    stop: (value) => cursor.stop(value),
    next: () => cursor.next().then((next) => wrapCursor(next, decrypt)),
    fail: (error) => cursor.fail(error)
  } as DBCoreCursor
}

function encryptingTable(table: DBCoreTable, policy: TablePolicy, holder: KeyHolder): DBCoreTable {
  const decrypt = (row: unknown): unknown =>
    row === undefined ? undefined : decryptRow(table.name, policy, holder.keys, row)
  return {
    ...table,
    mutate(req) {
      if (req.type === 'add' || req.type === 'put') {
        const keys = holder.keys
        const values = req.values.map((value) =>
          presealed.has(value as object)
            ? value
            : encryptRow(table.name, policy, keys, value as Record<string, unknown>)
        )
        return table.mutate({ ...stripPlaintextChanges(req), values } as DBCoreMutateRequest)
      }
      return table.mutate(req)
    },
    get(req) {
      holder.requireUnlocked()
      return table.get(req).then(decrypt)
    },
    getMany(req) {
      holder.requireUnlocked()
      return table.getMany(req).then((rows) => rows.map(decrypt))
    },
    query(req) {
      holder.requireUnlocked()
      if (req.values === false) return table.query(req)
      return table
        .query(req)
        .then((response) => ({ ...response, result: response.result.map(decrypt) }))
    },
    openCursor(req) {
      holder.requireUnlocked()
      if (req.values === false) return table.openCursor(req)
      return table.openCursor(req).then((cursor) => wrapCursor(cursor, decrypt))
    },
    count(req) {
      holder.requireUnlocked()
      return table.count(req)
    }
  }
}

/** The Dexie middleware; tables without a policy (the keyring) pass through untouched. */
export function encryptionMiddleware(holder: KeyHolder): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'dpo-desk-encryption',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          const policy = TABLE_POLICIES[name]
          return policy ? encryptingTable(table, policy, holder) : table
        }
      }
    }
  }
}
