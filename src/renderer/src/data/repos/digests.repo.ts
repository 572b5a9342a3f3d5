import type { AppDb } from '../db'
import { sealRowsAsync } from '../encryption'

/**
 * Digests: what the store needs of every case and subject, packed a few hundred to a sealed row
 * (ADR 0007). Unlocking then decrypts a few hundred large rows with WebCrypto instead of one
 * small row per case and subject. They are derived data, written in the same transaction as the
 * rows they summarise, and rebuilt from those rows whenever the manifest does not match.
 */
export const DIGEST_FORMAT = 1
export const DIGEST_KINDS = ['caseHeads', 'subjects'] as const
export type DigestKind = (typeof DIGEST_KINDS)[number]

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

export type LoadedDigests = {
  manifest: DigestManifest | null
  chunks: DigestChunk<unknown>[]
}

/** Every digest row through the bulk path; the caller checks them against the manifest. */
export async function loadDigests(
  db: AppDb,
  onProgress?: (done: number, total: number) => void
): Promise<LoadedDigests> {
  const { digests } = await db.readAllDecrypted(['digests'], onProgress)
  let manifest: DigestManifest | null = null
  const chunks: DigestChunk<unknown>[] = []
  for (const row of digests) {
    if (row['id'] === 'manifest') manifest = row as unknown as DigestManifest
    else if (
      typeof row['id'] === 'string' &&
      (DIGEST_KINDS as readonly unknown[]).includes(row['kind']) &&
      Array.isArray(row['items'])
    ) {
      chunks.push(row as unknown as DigestChunk<unknown>)
    }
  }
  return { manifest, chunks }
}

/** Call inside a read-write transaction on `digests` (sealed synchronously by the middleware). */
export async function putDigestRows(
  db: AppDb,
  rows: readonly (DigestChunk<unknown> | DigestManifest)[]
): Promise<void> {
  await db.digests.bulkPut(rows as never)
}

/** Replaces every digest at once (after a rebuild), sealed with WebCrypto first. */
export async function replaceDigests(
  db: AppDb,
  rows: readonly (DigestChunk<unknown> | DigestManifest)[]
): Promise<void> {
  const sealed = await sealRowsAsync('digests', db.keys.keys, rows as never)
  await db.transaction('rw', db.digests, async () => {
    await db.digests.clear()
    await db.digests.bulkPut(sealed)
  })
}

/** Forgets every digest, so the next unlock rebuilds them from the rows. */
export async function dropDigests(db: AppDb): Promise<void> {
  await db.digests.clear()
}

/** Row counts of the summarised tables (keys only; nothing is decrypted). */
export async function summarisedCounts(db: AppDb): Promise<Record<DigestKind, number>> {
  const [caseHeads, subjects] = await Promise.all([db.cases.count(), db.subjects.count()])
  return { caseHeads, subjects }
}
