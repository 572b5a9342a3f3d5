/**
 * Zip bombs (issue 16): an archive is checked by actually inflating it as a stream and counting
 * the bytes that come out, because the sizes in a zip's headers are written by whoever made it
 * and can lie. Inflating stops as soon as a limit is passed; nothing is kept but the counts (and
 * archives inside the archive, which are checked the same way, a few levels deep).
 */
import { Unzip, UnzipInflate, UnzipPassThrough, Gunzip } from 'fflate'
import { INTAKE_REFUSAL, refuse } from './refusal'

export const ZIP_LIMITS = {
  /** Bytes an archive (all levels together) may unpack to. */
  maxUnpackedBytes: 512 * 1024 * 1024,
  /** Unpacked / packed above this, once more than `ratioFloorBytes` came out, is a bomb. */
  maxRatio: 200,
  ratioFloorBytes: 32 * 1024 * 1024,
  maxEntries: 10_000,
  /** Archives inside archives followed this deep. */
  maxDepth: 3,
  /** Inner archives larger than this are not copied out for a deeper look, only counted. */
  maxInnerArchiveBytes: 64 * 1024 * 1024
} as const

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04
const isGzip = (bytes: Uint8Array) => bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b

/** True when `bytes` is an archive this module inspects (zip family, gzip). */
export function isArchive(bytes: Uint8Array): boolean {
  return isZip(bytes) || isGzip(bytes)
}

type Budget = { unpacked: number; entries: number }

function overBudget(budget: Budget, packed: number): boolean {
  if (budget.unpacked > ZIP_LIMITS.maxUnpackedBytes) return true
  if (budget.entries > ZIP_LIMITS.maxEntries) return true
  return (
    budget.unpacked > ZIP_LIMITS.ratioFloorBytes && budget.unpacked / packed > ZIP_LIMITS.maxRatio
  )
}

/**
 * Inflates `bytes` (zip or gzip) as a stream and refuses it as a zip bomb when it unpacks to
 * more than the limits allow. Entries that cannot be inflated (encrypted, unknown method) are
 * not expanded here either, so they cannot be a bomb for this check; `name` is for the message.
 */
export function assertNotZipBomb(bytes: Uint8Array, name: string): void {
  const budget: Budget = { unpacked: 0, entries: 0 }
  inspect(bytes, name, budget, bytes.length, 0)
}

function inspect(bytes: Uint8Array, name: string, budget: Budget, packed: number, depth: number) {
  if (depth > ZIP_LIMITS.maxDepth) refuse(INTAKE_REFUSAL.zipBomb, { name })
  const inner: Uint8Array[] = []
  let exceeded = false
  const collect = (
    onChunk: (handler: (error: Error | null, chunk: Uint8Array, final: boolean) => void) => void
  ) => {
    const head: Uint8Array[] = []
    let headBytes = 0
    let keep = true
    onChunk((error, chunk, final) => {
      if (error || exceeded) return
      budget.unpacked += chunk.length
      if (overBudget(budget, packed)) {
        exceeded = true
        return
      }
      if (keep) {
        head.push(chunk)
        headBytes += chunk.length
        if (headBytes > ZIP_LIMITS.maxInnerArchiveBytes || (head.length === 1 && !isArchive(chunk)))
          keep = false
      }
      if (final && keep && headBytes > 0) inner.push(concat(head, headBytes))
      if (!keep) head.length = 0
    })
  }
  if (isGzip(bytes)) {
    const gunzip = new Gunzip()
    collect((handler) => {
      gunzip.ondata = (chunk, final) => handler(null, chunk, final)
    })
    budget.entries++
    try {
      // Pushed in slices so a bomb is noticed after little output.
      for (let at = 0; at < bytes.length && !exceeded; at += 64 * 1024)
        gunzip.push(bytes.subarray(at, at + 64 * 1024), at + 64 * 1024 >= bytes.length)
    } catch {
      // Not valid gzip: nothing here inflates, so nothing here is a bomb.
    }
  } else {
    const unzip = new Unzip((file) => {
      budget.entries++
      if (exceeded || overBudget(budget, packed)) {
        exceeded = true
        return
      }
      collect((handler) => {
        file.ondata = handler
      })
      try {
        file.start()
      } catch {
        // Unknown compression (e.g. AES-encrypted entries): it is not inflated here.
      }
    })
    unzip.register(UnzipInflate)
    unzip.register(UnzipPassThrough)
    try {
      for (let at = 0; at < bytes.length && !exceeded; at += 64 * 1024)
        unzip.push(bytes.subarray(at, at + 64 * 1024), at + 64 * 1024 >= bytes.length)
    } catch {
      // A damaged archive: what could be inflated was counted.
    }
  }
  if (exceeded) refuse(INTAKE_REFUSAL.zipBomb, { name })
  for (const archive of inner) inspect(archive, name, budget, packed, depth + 1)
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
