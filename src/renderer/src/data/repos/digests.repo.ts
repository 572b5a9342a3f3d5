import type { AppDb } from '../db'
import { sealRowsAsync } from '../encryption'
import { countMembers } from '../pages'

/**
 * Digests: what the store needs of every case and subject, packed a hundred to a sealed row
 * (ADR 0007). Unlocking then decrypts a few thousand larger rows with WebCrypto instead of one
 * small row per case and subject. They are derived data, written in the same transaction as the
 * rows they summarise, and rebuilt from those rows whenever the manifest does not match.
 *
 * Two partitions per entity: the "active" one (open cases and what the dashboard and the mail
 * queue read: recent, blocked, queued) is read first, so the first screen comes up while the
 * archive is still being read.
 */
/**
 * 3: rows of 100 items (2: of 500). A manifest of another format is not read: the store rebuilds
 * the digests from the rows at the next unlock (with progress), as after an import.
 */
export const DIGEST_FORMAT = 3
export const DIGEST_KINDS = ['caseHeads', 'caseArchive', 'subjects', 'subjectArchive'] as const
export type DigestKind = (typeof DIGEST_KINDS)[number]
export const ACTIVE_KINDS = ['caseHeads', 'subjects'] as const satisfies readonly DigestKind[]
export const ARCHIVE_KINDS = [
  'caseArchive',
  'subjectArchive'
] as const satisfies readonly DigestKind[]

export type DigestManifest = {
  id: 'manifest'
  format: number
  counts: Record<DigestKind, number>
}

export type DigestChunk<T> = { id: string; kind: DigestKind; items: T[] }

export function chunkId(kind: DigestKind, index: number): string {
  return `${kind}/${String(index).padStart(6, '0')}`
}

export function chunkIndexOf(id: string): number {
  return Number(id.slice(id.indexOf('/') + 1))
}

function isChunk(row: Record<string, unknown>): boolean {
  return (
    typeof row['id'] === 'string' &&
    (DIGEST_KINDS as readonly unknown[]).includes(row['kind']) &&
    Array.isArray(row['items'])
  )
}

/** The manifest, or null when there are no (usable) digests. */
export async function loadManifest(db: AppDb): Promise<DigestManifest | null> {
  const row = await db.digests.get('manifest')
  if (!row || row['format'] !== DIGEST_FORMAT) return null
  return row as unknown as DigestManifest
}

/** The chunks of the given kinds, through the bulk path. */
export async function loadDigestChunks(
  db: AppDb,
  kinds: readonly DigestKind[],
  onProgress?: (done: number, total: number) => void
): Promise<DigestChunk<unknown>[]> {
  const rows = await db.readDecryptedByPrefix(
    'digests',
    kinds.map((kind) => `${kind}/`),
    onProgress
  )
  return rows.filter(isChunk) as unknown as DigestChunk<unknown>[]
}

/** Digest rows sealed ahead of a transaction (WebCrypto), for `putDigestRows`. */
export type SealedDigestRows = { readonly sealed: (Record<string, unknown> & { id: string })[] }

/**
 * Seals digest rows with WebCrypto before the transaction that stores them: a chunk is a few
 * hundred kilobytes, which the middleware's synchronous AES-GCM would take tens of milliseconds
 * over inside the transaction. The same format as a row the middleware seals.
 */
export async function sealDigestRows(
  db: AppDb,
  rows: readonly (DigestChunk<unknown> | DigestManifest)[]
): Promise<SealedDigestRows> {
  return {
    sealed: await sealRowsAsync(
      'digests',
      db.keys.keys,
      rows as unknown as Record<string, unknown>[]
    )
  }
}

/** Call inside a read-write transaction on `digests`, with rows from `sealDigestRows`. */
export async function putDigestRows(db: AppDb, rows: SealedDigestRows): Promise<void> {
  await db.digests.bulkPut(rows.sealed)
}

/** Call inside a read-write transaction on `digests`. */
export async function deleteDigestRows(db: AppDb, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.digests.bulkDelete([...ids])
}

/** Replaces every digest at once (after a rebuild), sealed with WebCrypto first. */
export async function replaceDigests(
  db: AppDb,
  rows: readonly (DigestChunk<unknown> | DigestManifest)[]
): Promise<void> {
  const sealed = await sealRowsAsync(
    'digests',
    db.keys.keys,
    rows as unknown as Record<string, unknown>[]
  )
  await db.transaction('rw', db.digests, async () => {
    await db.digests.clear()
    await db.digests.bulkPut(sealed)
  })
}

/** Forgets every digest, so the next unlock rebuilds them from the rows. */
export async function dropDigests(db: AppDb): Promise<void> {
  await db.digests.clear()
}

/**
 * Record counts of the summarised tables (index keys only; nothing is decrypted). Counting a
 * multi-entry index walks it: ~250 ms per 10⁵ records, measured; not for the unlock path.
 */
export async function summarisedCounts(db: AppDb): Promise<{ cases: number; subjects: number }> {
  const [cases, subjects] = await Promise.all([
    countMembers(db, 'casePages'),
    countMembers(db, 'subjectPages')
  ])
  return { cases, subjects }
}
