/**
 * The renderer's one live, decrypted view of the cases and subjects (ADR 0007).
 *
 * - Loaded once per unlock: from the sealed digests (a few hundred rows, WebCrypto) when they
 *   match the tables, otherwise rebuilt from the rows (bulk path) and the digests written anew.
 * - Holds every case's head (CaseHead: everything but long texts and lists) and every subject
 *   without notes; a case's full record is read when it is opened and cached while it is used.
 * - Every write of a case or subject goes through here: the rows, the touched digest chunk and
 *   the audit event are written in one transaction, then the in-memory view is updated in place
 *   (no table is read again) and subscribers are told. Writes run one at a time, in order.
 */
import {
  dataSubjectSchema,
  type AuditEventInput,
  type CaseChange,
  type CaseHead,
  type DataSubject,
  type DsrCase
} from '../../../../core'
import type { AppDb } from '../db'
import { appendAudit } from '../repos/audit.repo'
import {
  deleteAttachments,
  writeStagedAttachments,
  type StagedAttachment
} from '../repos/attachments.repo'
import { getCase, readAllCases, writeCase } from '../repos/cases.repo'
import {
  chunkId,
  chunkIndexOf,
  DIGEST_FORMAT,
  loadDigests,
  putDigestRows,
  replaceDigests,
  summarisedCounts,
  type DigestChunk,
  type DigestKind,
  type DigestManifest
} from '../repos/digests.repo'
import { getSubject, listSubjects, saveSubject } from '../repos/subjects.repo'

/** A subject as lists and search need it: everything but the DPO's notes. */
export type SubjectHead = Omit<DataSubject, 'notes'>

export type StoreProgress = {
  phase: 'loading' | 'rebuilding' | 'saving'
  done: number
  total: number
}

/** Items per digest row: ~150 kB sealed, re-sealed whole when one of its items changes. */
export const DIGEST_CHUNK_SIZE = 500
/** Full cases kept in memory after they were opened. */
const DETAIL_CACHE_SIZE = 50

export function caseHeadOf(dsrCase: DsrCase): CaseHead {
  const { description: _d, tasks, decisions: _decisions, correspondence, ...head } = dsrCase
  return {
    ...head,
    openTasks: tasks.filter((task) => !task.done).length,
    lettersToPost: correspondence.filter((entry) => entry.direction === 'out' && entry.toPost)
      .length
  }
}

export function subjectHeadOf(subject: DataSubject): SubjectHead {
  const { notes: _notes, ...head } = subject
  return head
}

/** Which digest chunk holds which id, and which chunk takes the next new one. */
class ChunkIndex {
  readonly chunkOf = new Map<string, number>()
  readonly members: Set<string>[] = []

  clear(): void {
    this.chunkOf.clear()
    this.members.length = 0
  }

  add(id: string, chunk: number): void {
    while (this.members.length <= chunk) this.members.push(new Set())
    this.members[chunk]!.add(id)
    this.chunkOf.set(id, chunk)
  }

  /** The chunk of `id`, assigning it to the first chunk with room when it is new. */
  place(id: string): number {
    const known = this.chunkOf.get(id)
    if (known !== undefined) return known
    let chunk = this.members.findIndex((set) => set.size < DIGEST_CHUNK_SIZE)
    if (chunk < 0) chunk = this.members.length
    this.add(id, chunk)
    return chunk
  }

  remove(id: string): number | undefined {
    const chunk = this.chunkOf.get(id)
    if (chunk === undefined) return undefined
    this.members[chunk]!.delete(id)
    this.chunkOf.delete(id)
    return chunk
  }
}

export type CaseCommit = {
  change: CaseChange
  /** Attachments the change's correspondence refers to, sealed ahead (stageAttachment). */
  attachments?: readonly StagedAttachment[]
  /** Attachments to delete with the change (erasure of a case's data, removal with a reason). */
  deleteAttachmentIds?: readonly string[]
}

export type SubjectCommit = { subject: DataSubject; event: AuditEventInput }

export class CaseStore {
  readonly #cases = new Map<string, CaseHead>()
  readonly #subjects = new Map<string, SubjectHead>()
  readonly #casesBySubject = new Map<string, Set<string>>()
  readonly #chunks: Record<DigestKind, ChunkIndex> = {
    caseHeads: new ChunkIndex(),
    subjects: new ChunkIndex()
  }
  readonly #details = new Map<string, DsrCase>()
  readonly #listeners = new Set<() => void>()
  #version = 0
  #queue: Promise<unknown> = Promise.resolve()
  #caseList: readonly CaseHead[] | null = null
  #subjectList: readonly SubjectHead[] | null = null
  /** Where the last load came from (the digests, or a rebuild from the rows). */
  source: 'digests' | 'rows' = 'digests'

  private constructor(
    readonly db: AppDb,
    private readonly clock: () => Date
  ) {}

  /** Loads the store for an unlocked database (digests, or a rebuild from the rows). */
  static async open(
    db: AppDb,
    options: { onProgress?: (progress: StoreProgress) => void; clock?: () => Date } = {}
  ): Promise<CaseStore> {
    const store = new CaseStore(db, options.clock ?? (() => new Date()))
    const onProgress = options.onProgress ?? (() => undefined)
    const loaded = await store.#loadFromDigests(onProgress)
    if (!loaded) {
      store.source = 'rows'
      await store.#rebuild(onProgress)
    }
    return store
  }

  /** Grows on every change; derived data is memoised on it. */
  get version(): number {
    return this.#version
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  caseHead(id: string): CaseHead | undefined {
    return this.#cases.get(id)
  }

  /** Every case head; the same array until the next change. */
  caseHeads(): readonly CaseHead[] {
    this.#caseList ??= [...this.#cases.values()]
    return this.#caseList
  }

  subject(id: string): SubjectHead | undefined {
    return this.#subjects.get(id)
  }

  /** Every subject (without notes); the same array until the next change. */
  subjects(): readonly SubjectHead[] {
    this.#subjectList ??= [...this.#subjects.values()]
    return this.#subjectList
  }

  /** The heads of one person's cases. */
  casesOfSubject(subjectId: string): CaseHead[] {
    const ids = this.#casesBySubject.get(subjectId)
    if (!ids) return []
    return [...ids].map((id) => this.#cases.get(id)!).filter(Boolean)
  }

  /** Every case reference in use (for the next reference number). */
  references(): string[] {
    return this.caseHeads().map((head) => head.reference)
  }

  /** The whole case, read once when opened and cached while it is used. */
  async case(id: string): Promise<DsrCase | undefined> {
    const cached = this.#details.get(id)
    if (cached) {
      this.#details.delete(id)
      this.#details.set(id, cached)
      return cached
    }
    if (!this.#cases.has(id)) return undefined
    const version = this.#version
    const loaded = await getCase(this.db, id)
    // A write that landed meanwhile already put the newer case in the cache.
    if (loaded && version === this.#version) this.#remember(loaded)
    return this.#details.get(id) ?? loaded
  }

  /** The cached full case, if it was opened (synchronous, for render paths). */
  cachedCase(id: string): DsrCase | undefined {
    return this.#details.get(id)
  }

  /** The whole subject, notes included. */
  async fullSubject(id: string): Promise<DataSubject | undefined> {
    return getSubject(this.db, id)
  }

  /** Stores a case change (and its attachments) with its audit event, then updates the view. */
  commitCase(commit: CaseCommit, actor: string): Promise<void> {
    return this.commitCases([commit], actor)
  }

  /** Several case changes in one transaction (e.g. the mail queue marking letters posted). */
  commitCases(commits: readonly CaseCommit[], actor: string): Promise<void> {
    return this.#enqueue(async () => {
      const db = this.db
      const now = this.clock()
      const heads = commits.map((commit) => caseHeadOf(commit.change.case))
      const touched = new Set<number>()
      const placed = heads.map((head) => {
        const chunk = this.#chunks.caseHeads.place(head.id)
        touched.add(chunk)
        return head
      })
      const isNew = placed.filter((head) => !this.#cases.has(head.id)).length
      const rows = [...touched].map((chunk) =>
        this.#chunkRow('caseHeads', chunk, new Map(placed.map((head) => [head.id, head])))
      )
      const manifest = this.#manifest({ caseHeads: this.#cases.size + isNew })
      try {
        await db.transaction(
          'rw',
          [
            db.cases,
            db.events,
            db.attachments,
            db.attachmentData,
            db.auditLog,
            db.settings,
            db.digests
          ],
          async () => {
            for (const commit of commits) {
              await writeCase(db, commit.change.case)
              await writeStagedAttachments(db, commit.attachments ?? [])
              await deleteAttachments(db, commit.deleteAttachmentIds ?? [])
            }
            await putDigestRows(db, [...rows, manifest])
            await appendAudit(
              db,
              commits.map((commit) => commit.change.event),
              actor,
              now
            )
          }
        )
      } catch (error) {
        for (const head of placed)
          if (!this.#cases.has(head.id)) this.#chunks.caseHeads.remove(head.id)
        throw error
      }
      for (const commit of commits) {
        const dsrCase = commit.change.case
        this.#putCaseHead(caseHeadOf(dsrCase))
        this.#remember(dsrCase)
      }
      this.#changed()
    })
  }

  /** Stores a subject with its audit event, then updates the view. */
  commitSubject(commit: SubjectCommit, actor: string): Promise<void> {
    return this.#enqueue(async () => {
      const db = this.db
      const subject = dataSubjectSchema.parse(commit.subject)
      const head = subjectHeadOf(subject)
      const isNew = !this.#subjects.has(subject.id)
      const chunk = this.#chunks.subjects.place(subject.id)
      const row = this.#chunkRow('subjects', chunk, new Map([[head.id, head]]))
      const manifest = this.#manifest({ subjects: this.#subjects.size + (isNew ? 1 : 0) })
      try {
        await db.transaction(
          'rw',
          [db.subjects, db.auditLog, db.settings, db.digests],
          async () => {
            await saveSubject(db, subject)
            await putDigestRows(db, [row, manifest])
            await appendAudit(db, [commit.event], actor, this.clock())
          }
        )
      } catch (error) {
        if (isNew) this.#chunks.subjects.remove(subject.id)
        throw error
      }
      this.#subjects.set(head.id, head)
      this.#subjectList = null
      this.#changed()
    })
  }

  /** Waits for every queued write (tests, lock). */
  async settled(): Promise<void> {
    await this.#queue.catch(() => undefined)
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work)
    this.#queue = run.catch(() => undefined)
    return run
  }

  #changed(): void {
    this.#version++
    for (const listener of this.#listeners) listener()
  }

  #remember(dsrCase: DsrCase): void {
    this.#details.delete(dsrCase.id)
    this.#details.set(dsrCase.id, dsrCase)
    while (this.#details.size > DETAIL_CACHE_SIZE) {
      const oldest = this.#details.keys().next().value as string
      this.#details.delete(oldest)
    }
  }

  #putCaseHead(head: CaseHead): void {
    const previous = this.#cases.get(head.id)
    if (previous && previous.subjectId !== head.subjectId)
      this.#casesBySubject.get(previous.subjectId)?.delete(head.id)
    this.#cases.set(head.id, head)
    let ids = this.#casesBySubject.get(head.subjectId)
    if (!ids) this.#casesBySubject.set(head.subjectId, (ids = new Set()))
    ids.add(head.id)
    this.#caseList = null
  }

  /** A digest chunk as it will be after the pending changes (`overrides`) are applied. */
  #chunkRow<T extends { id: string }>(
    kind: DigestKind,
    chunk: number,
    overrides: ReadonlyMap<string, T>
  ): DigestChunk<unknown> {
    const source: ReadonlyMap<string, unknown> = kind === 'caseHeads' ? this.#cases : this.#subjects
    const items = [...this.#chunks[kind].members[chunk]!].map(
      (id) => overrides.get(id) ?? source.get(id)
    )
    return { id: chunkId(kind, chunk), kind, items }
  }

  #manifest(counts: Partial<Record<DigestKind, number>>): DigestManifest {
    return {
      id: 'manifest',
      format: DIGEST_FORMAT,
      counts: {
        caseHeads: counts.caseHeads ?? this.#cases.size,
        subjects: counts.subjects ?? this.#subjects.size
      }
    }
  }

  async #loadFromDigests(onProgress: (progress: StoreProgress) => void): Promise<boolean> {
    const [{ manifest, chunks }, counts] = await Promise.all([
      loadDigests(this.db, (done, total) => onProgress({ phase: 'loading', done, total })),
      summarisedCounts(this.db)
    ])
    if (!manifest || manifest.format !== DIGEST_FORMAT) return false
    if (
      manifest.counts.caseHeads !== counts.caseHeads ||
      manifest.counts.subjects !== counts.subjects
    )
      return false
    const found: Record<DigestKind, number> = { caseHeads: 0, subjects: 0 }
    for (const chunk of chunks) {
      const index = chunkIndexOf(chunk.id)
      for (const item of chunk.items) {
        if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string')
          return false
        const id = (item as { id: string }).id
        this.#chunks[chunk.kind].add(id, index)
        if (chunk.kind === 'caseHeads') this.#putCaseHead(item as CaseHead)
        else this.#subjects.set(id, item as SubjectHead)
        found[chunk.kind]++
      }
    }
    if (found.caseHeads !== counts.caseHeads || found.subjects !== counts.subjects) {
      this.#reset()
      return false
    }
    return true
  }

  #reset(): void {
    this.#cases.clear()
    this.#subjects.clear()
    this.#casesBySubject.clear()
    this.#chunks.caseHeads.clear()
    this.#chunks.subjects.clear()
    this.#caseList = null
    this.#subjectList = null
  }

  /** Reads every case and subject (bulk path) and writes the digests anew. */
  async #rebuild(onProgress: (progress: StoreProgress) => void): Promise<void> {
    this.#reset()
    onProgress({ phase: 'rebuilding', done: 0, total: 1 })
    const [cases, subjects] = await Promise.all([readAllCases(this.db), listSubjects(this.db)])
    for (const subject of subjects) {
      this.#subjects.set(subject.id, subjectHeadOf(subject))
      this.#chunks.subjects.place(subject.id)
    }
    for (const dsrCase of cases) {
      this.#putCaseHead(caseHeadOf(dsrCase))
      this.#chunks.caseHeads.place(dsrCase.id)
    }
    onProgress({ phase: 'saving', done: 0, total: 1 })
    const rows: (DigestChunk<unknown> | DigestManifest)[] = [this.#manifest({})]
    for (const kind of ['caseHeads', 'subjects'] as const)
      this.#chunks[kind].members.forEach((_, chunk) =>
        rows.push(this.#chunkRow(kind, chunk, new Map()))
      )
    await replaceDigests(this.db, rows)
    onProgress({ phase: 'saving', done: 1, total: 1 })
  }
}
