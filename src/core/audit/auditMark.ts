/**
 * The audit log's high-water mark (DESIGN §2, issue 13 item 6). The hash chain shows an edited
 * or removed event in the middle of the log, but not a log that simply ends earlier: deleting
 * the last events together with the stored head, replaying an old head, or deleting the whole
 * log all leave a chain that verifies. So the app keeps, outside the log, a keyed mark of how
 * far the log reached: the number of events and the hash and time of the last one, with an
 * HMAC under a sub-key of the data key. Main stores the mark in its data folder and in every
 * backup header; only the renderer (which holds the data key) can make or check one, so main or
 * anyone with access to the files can delete a mark but never forge one.
 *
 * Pure: checking is incremental (`AuditChainChecker.push` takes the log in pages), so a long
 * log can be verified in slices without blocking the UI.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { equalBytes } from '../crypto/bytes'
import { hkdfSha256 } from '../crypto/kdf'
import type { AuditEvent } from '../model/types'
import { auditEventDigest, GENESIS_HASH } from './auditChain'

export const AUDIT_MARK_VERSION = 1

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`))

export const auditMarkSchema = z.object({
  version: z.literal(AUDIT_MARK_VERSION),
  /** Identifies the vault (an HMAC of a constant under the mark key), not the user. */
  vault: hex(32),
  /** Number of events the log held (events are numbered 1..count). */
  count: z.number().int().nonnegative(),
  /** Hash of event `count` (the genesis hash for an empty log). */
  headHash: hex(64),
  /** When event `count` was recorded; null for an empty log. */
  headAt: z.string().datetime().nullable(),
  mac: hex(64)
})
export type AuditMark = z.infer<typeof auditMarkSchema>

/** The key that signs marks: HKDF of the data key, separate from the chain's own key. */
export function auditMarkKey(dataKey: Uint8Array): Uint8Array {
  return hkdfSha256(dataKey, undefined, 'dpo-desk/audit-mark/v1')
}

function vaultTag(markKey: Uint8Array): string {
  return bytesToHex(hmac(sha256, markKey, utf8ToBytes('dpo-desk/audit-mark/vault'))).slice(0, 32)
}

function markMac(markKey: Uint8Array, mark: Omit<AuditMark, 'mac'>): Uint8Array {
  const canonical = JSON.stringify([
    'dpo-desk/audit-mark',
    mark.version,
    mark.vault,
    mark.count,
    mark.headHash,
    mark.headAt
  ])
  return hmac(sha256, markKey, utf8ToBytes(canonical))
}

/** The mark for a log whose last event is `head` (null: an empty log). */
export function createAuditMark(markKey: Uint8Array, head: AuditEvent | null): AuditMark {
  const body = {
    version: AUDIT_MARK_VERSION,
    vault: vaultTag(markKey),
    count: head?.seq ?? 0,
    headHash: head?.hash ?? GENESIS_HASH,
    headAt: head?.at ?? null
  } as const
  return { ...body, mac: bytesToHex(markMac(markKey, body)) }
}

export type MarkCheck = 'valid' | 'otherVault' | 'forged'

/**
 * Whether a mark was made with this key. A mark of another vault (the data folder kept after a
 * new vault was set up) is not evidence about this log; a mark with this vault's tag and a
 * wrong MAC was edited.
 */
export function checkAuditMark(markKey: Uint8Array, mark: AuditMark): MarkCheck {
  if (mark.vault !== vaultTag(markKey)) return 'otherVault'
  const { mac, ...body } = mark
  return equalBytes(hexToBytes(mac), markMac(markKey, body)) ? 'valid' : 'forged'
}

/** The first problem the chain itself shows (an edited, removed or misplaced event). */
export type ChainProblem = { reason: 'edited' | 'removed' | 'reordered'; seq: number }

/**
 * Verifies the chain page by page, in seq order, with the same rules as `verifyAuditChain`:
 * numbering without gaps from 1, each event linked to the one before and its keyed hash intact.
 */
export class AuditChainChecker {
  #last: AuditEvent | null = null
  #count = 0
  #problem: ChainProblem | null = null
  readonly #watched = new Map<number, string>()

  /** `watch`: seqs whose hashes are kept (the remembered head, the mark) for the judgement. */
  constructor(
    private readonly chainKey: Uint8Array,
    private readonly watch: readonly number[] = []
  ) {}

  /** Hash of a watched event that has been checked. */
  hashAt(seq: number): string | undefined {
    return this.#watched.get(seq)
  }

  get count(): number {
    return this.#count
  }

  get last(): AuditEvent | null {
    return this.#last
  }

  get problem(): ChainProblem | null {
    return this.#problem
  }

  /** Checks the next events; stops at the first problem (later pushes are ignored). */
  push(events: readonly AuditEvent[]): ChainProblem | null {
    for (const event of events) {
      if (this.#problem) return this.#problem
      const expectedSeq = this.#count + 1
      if (event.seq !== expectedSeq) {
        this.#problem = {
          reason: event.seq > expectedSeq ? 'removed' : 'reordered',
          seq: event.seq
        }
        break
      }
      if (event.prevHash !== (this.#last?.hash ?? GENESIS_HASH)) {
        this.#problem = { reason: 'removed', seq: event.seq }
        break
      }
      if (auditEventDigest(event, this.chainKey) !== event.hash) {
        this.#problem = { reason: 'edited', seq: event.seq }
        break
      }
      this.#last = event
      this.#count = event.seq
      if (this.watch.includes(event.seq)) this.#watched.set(event.seq, event.hash)
    }
    return this.#problem
  }
}

export type AuditIntegrity =
  /** The log is whole. `mark` says whether it reached the mark ('matched'), went past it
   * ('behind': the mark should move on) or whether there is no mark of this vault yet. */
  | { status: 'ok'; count: number; mark: 'matched' | 'behind' | 'none' }
  | { status: 'broken'; reason: ChainProblem['reason']; seq: number }
  /** Events at the end are gone: `missing` events after `found`, recorded after
   * `lastKeptAt` (null: the whole log is gone) until `lastMissingAt` (null: unknown). */
  | {
      status: 'truncated'
      expected: number
      found: number
      missing: number
      lastKeptAt: string | null
      lastMissingAt: string | null
    }
  /** The log has as many events as the mark, but not the same ones from `seq` on. */
  | { status: 'replaced'; seq: number }
  /** A mark for this vault whose MAC does not verify: the file was edited. */
  | { status: 'markForged' }

/**
 * Judges a fully checked log against the head the database remembers and the mark kept
 * outside it. The checker must have watched `head.seq` and `mark.count`.
 */
export function assessAuditIntegrity(input: {
  checker: AuditChainChecker
  /** The head row stored beside the log (deletable together with the log). */
  head: { seq: number; hash: string } | null
  mark: AuditMark | null
  markKey: Uint8Array
}): AuditIntegrity {
  const { checker, head } = input
  if (checker.problem) return { status: 'broken', ...checker.problem }
  const found = checker.count
  const lastKeptAt = checker.last?.at ?? null
  const markCheck = input.mark ? checkAuditMark(input.markKey, input.mark) : 'otherVault'
  if (markCheck === 'forged') return { status: 'markForged' }
  const mark = markCheck === 'valid' ? input.mark : null

  const expected = Math.max(mark?.count ?? 0, head?.seq ?? 0)
  if (expected > found) {
    return {
      status: 'truncated',
      expected,
      found,
      missing: expected - found,
      lastKeptAt,
      lastMissingAt: mark && mark.count === expected ? mark.headAt : null
    }
  }
  if (head && head.seq > 0 && checker.hashAt(head.seq) !== head.hash)
    return { status: 'replaced', seq: head.seq }
  if (!mark) return { status: 'ok', count: found, mark: 'none' }
  if (mark.count > 0 && checker.hashAt(mark.count) !== mark.headHash)
    return { status: 'replaced', seq: mark.count }
  return { status: 'ok', count: found, mark: mark.count === found ? 'matched' : 'behind' }
}
