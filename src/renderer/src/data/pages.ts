/**
 * Paged tables (record format v3, ADR 0015): subjects and cases are stored in pages of up to
 * PAGE_SIZE records, one sealed row per page, because IndexedDB's cost is per row. Only the
 * subject and case repositories use these helpers; everything above them sees records.
 *
 * - A page is found by the ids of its members (the multi-entry index `ids`) or by a blind index
 *   of one of its members; the encryption middleware seals and opens whole pages.
 * - Bulk writes fill new pages of PAGE_SIZE; a single new record gets a page of its own; a
 *   change or a deletion re-seals the page that holds the record, so an erased record leaves
 *   no copy in any page (the old row is overwritten, as an unpaged row was).
 * - Writes to one table inside one transaction run one after the other: two read-modify-writes
 *   of the same page in parallel would each write the page they read and lose the other's
 *   change.
 */
import Dexie, { type Table } from 'dexie'
import { bulkPutAsSealed, type AppDb, type Row } from './db'
import { PAGE_SIZE, sealInBatches, type Page } from './encryption'

export type PagedTable = 'subjectPages' | 'casePages'
export type Member = Record<string, unknown> & { id: string }

/** Pages sealed per batch in bulk writes: about a thousand records, to overlap with the puts. */
const PAGE_BATCH = 64

function tableOf(db: AppDb, table: PagedTable): Table<Row, string> {
  return db[table]
}

function asPage(row: Row): Page {
  return row as unknown as Page
}

/** Rows read through a multi-entry index, as pages, each once (one row per matching entry). */
function distinctPages(rows: readonly Row[]): Page[] {
  return [...new Map(rows.map((row) => [row.id, asPage(row)])).values()]
}

/** The members of pages as the bulk read returns them (decrypted page values). */
export function membersOf(pages: readonly Record<string, unknown>[]): Member[] {
  return pages.flatMap((page) => asPage(page as Row).members)
}

/** The running read-modify-writes per transaction and table, so they run one at a time. */
const queues = new WeakMap<object, Map<PagedTable, Promise<unknown>>>()

/**
 * Runs `change` inside the current read-write transaction (or its own, on `table` only), after
 * every earlier change of the same table in that transaction. `change` gets the table bound to
 * that transaction: a change that waited for an earlier one runs in a later microtask, where
 * Dexie's zone (and with it the current transaction) is not guaranteed to follow, and a read
 * outside the transaction would wait for it to end.
 */
function serialised<T>(
  db: AppDb,
  table: PagedTable,
  change: (target: Table<Row, string>) => Promise<T>
): Promise<T> {
  const transaction = Dexie.currentTransaction
  if (!transaction)
    return db.transaction('rw', tableOf(db, table), () => change(tableOf(db, table)))
  const target = transaction.table(table) as Table<Row, string>
  let perTable = queues.get(transaction)
  if (!perTable) queues.set(transaction, (perTable = new Map()))
  const before = perTable.get(table)
  const run = before
    ? before.then(
        () => change(target),
        () => change(target)
      )
    : change(target)
  perTable.set(
    table,
    run.catch(() => undefined)
  )
  return run
}

/**
 * Up to this many ids are looked up with one keyed read each, issued together: `anyOf` walks a
 * cursor, a round trip per hit, which a single write (one id) does not need.
 */
const KEYED_LOOKUPS = 16

/** The pages holding any of `ids`, each once. */
async function pagesHolding(target: Table<Row, string>, ids: readonly string[]): Promise<Page[]> {
  if (ids.length === 0) return []
  const rows =
    ids.length <= KEYED_LOOKUPS
      ? (await Promise.all(ids.map((id) => target.where('ids').equals(id).toArray()))).flat()
      : await target
          .where('ids')
          .anyOf([...ids])
          .toArray()
  return distinctPages(rows)
}

/** One record by id, or undefined. */
export async function getMember(
  db: AppDb,
  table: PagedTable,
  id: string
): Promise<Member | undefined> {
  const row = await tableOf(db, table).where('ids').equals(id).first()
  return row ? asPage(row).members.find((member) => member.id === id) : undefined
}

/** Every member of the pages whose blind index `index` holds `value` (filter them further). */
export async function membersOfPagesWhere(
  db: AppDb,
  table: PagedTable,
  index: string,
  value: string
): Promise<Member[]> {
  return distinctPages(await tableOf(db, table).where(index).equals(value).toArray()).flatMap(
    (page) => page.members
  )
}

/** Splits records into new pages of up to PAGE_SIZE, each with a fresh id. */
export function newPages(members: readonly Member[], size = PAGE_SIZE): Page[] {
  const pages: Page[] = []
  for (let start = 0; start < members.length; start += size)
    pages.push({ id: crypto.randomUUID(), members: members.slice(start, start + size) })
  return pages
}

/**
 * Writes records: each one already stored replaces itself in its page; new ones go to new
 * pages. Inside the caller's read-write transaction when there is one.
 */
export function putMembers(
  db: AppDb,
  table: PagedTable,
  members: readonly Member[]
): Promise<void> {
  return serialised(db, table, async (target) => {
    if (members.length === 0) return
    const incoming = new Map(members.map((member) => [member.id, member]))
    if (incoming.size !== members.length) throw new Error(`Records in ${table} need distinct ids`)
    const pages = await pagesHolding(target, [...incoming.keys()])
    const changed: Page[] = []
    for (const page of pages) {
      let touched = false
      const updated = page.members.map((member) => {
        const next = incoming.get(member.id)
        if (!next) return member
        incoming.delete(member.id)
        touched = true
        return next
      })
      if (touched) changed.push({ id: page.id, members: updated })
    }
    changed.push(...newPages([...incoming.values()]))
    await target.bulkPut(changed as unknown as Row[])
  })
}

/**
 * Deletes records by id: their pages are re-sealed without them, and a page left empty is
 * deleted. Returns how many records were deleted.
 */
export function deleteMembers(
  db: AppDb,
  table: PagedTable,
  ids: readonly string[]
): Promise<number> {
  return serialised(db, table, async (target) => {
    const gone = new Set(ids)
    const pages = await pagesHolding(target, [...gone])
    const kept: Page[] = []
    const emptied: string[] = []
    let deleted = 0
    for (const page of pages) {
      const members = page.members.filter((member) => !gone.has(member.id))
      deleted += page.members.length - members.length
      if (members.length === 0) emptied.push(page.id)
      else kept.push({ id: page.id, members })
    }
    await Promise.all([
      emptied.length ? target.bulkDelete(emptied) : undefined,
      kept.length ? target.bulkPut(kept as unknown as Row[]) : undefined
    ])
    return deleted
  })
}

/**
 * Writes many records at once (imports, seeding, the v3 migration) in one transaction: the new
 * ones in new pages of PAGE_SIZE, sealed with WebCrypto batch by batch while the batches already
 * sealed are stored; records already stored are replaced in their pages. The records must be
 * valid already.
 */
export async function bulkPutMembers(
  db: AppDb,
  table: PagedTable,
  members: readonly Member[]
): Promise<void> {
  const target = tableOf(db, table)
  for (const member of members)
    if (typeof member.id !== 'string' || member.id === '')
      throw new Error(`Records in ${table} need a string id`)
  const write = async () => {
    // An empty table (a new vault, an import into a new database) has nothing to merge;
    // otherwise the ids already stored are looked up in the index (keys only, nothing decrypted).
    const stored =
      (await target.count()) === 0
        ? new Set<string>()
        : new Set(
            (await target
              .where('ids')
              .anyOf(members.map((member) => member.id))
              .keys()) as string[]
          )
    const fresh = members.filter((member) => !stored.has(member.id))
    if (new Set(fresh.map((member) => member.id)).size !== fresh.length)
      throw new Error(`Records in ${table} need distinct ids`)
    const known = members.filter((member) => stored.has(member.id))
    await Promise.all([
      bulkPutAsSealed(target, sealInBatches(table, db.keys.keys, newPages(fresh), PAGE_BATCH)),
      known.length ? putMembers(db, table, known) : undefined
    ])
  }
  // Inside the caller's transaction when there is one: as a nested transaction, beside the
  // parent's own batches being sealed, it never finished (bulkWrite.test.ts).
  await (Dexie.currentTransaction ? write() : db.transaction('rw', target, write))
}

/** Every record of a paged table, through the bulk read (one snapshot, WebCrypto). */
export async function readAllMembers(db: AppDb, table: PagedTable): Promise<Member[]> {
  return membersOf((await db.readAllDecrypted([table]))[table])
}

/** How many records a paged table holds (index keys only; nothing is decrypted). */
export function countMembers(db: AppDb, table: PagedTable): Promise<number> {
  return tableOf(db, table).orderBy('ids').count()
}
