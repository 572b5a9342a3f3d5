/**
 * The renderer's one live, decrypted view of the cases and subjects (ADR 0007).
 *
 * - Loaded once per unlock from the sealed digests: first the active partition (open cases and
 *   whatever the dashboard and the mail queue show), then, in the background, the archive. When
 *   the digests do not match the tables they are rebuilt from the rows (bulk path).
 * - Holds every case's head (CaseHead: everything but long texts and lists) and every subject
 *   without notes; a case's full record is read when it is opened and cached while it is used.
 * - Every write of a case or subject goes through here: the rows, the touched digest chunks and
 *   the audit event are written in one transaction, then the in-memory view is updated in place
 *   (no table is read again) and subscribers are told. Writes run one at a time, in order, and
 *   wait until the archive is loaded.
 */
import {
  addMonths,
  anonymousRecordOf,
  dataSubjectSchema,
  dsrCaseSchema,
  formatReference,
  isOpenCase,
  referenceSequence,
  swedishDateOf,
  type AuditEventInput,
  type CaseChange,
  type CaseHead,
  type DataSubject,
  type DsrCase,
  type IsoDate
} from '@core'
import type { Table } from 'dexie'
import type { AppDb } from '../db'
import { appendAudit } from '../repos/audit.repo'
import {
  attachmentDataIds,
  deleteAttachments,
  deleteAttachmentsOfCase,
  listAllAttachmentMeta,
  writeStagedAttachments,
  type StagedAttachment
} from '../repos/attachments.repo'
import { deleteCase, getCase, readAllCases, writeCase } from '../repos/cases.repo'
import { appendDeletedCaseRecords } from '../repos/statistics.repo'
import {
  ACTIVE_KINDS,
  ARCHIVE_KINDS,
  chunkId,
  chunkIndexOf,
  DIGEST_FORMAT,
  DIGEST_KINDS,
  loadDigestChunks,
  loadManifest,
  putDigestRows,
  sealDigestRows,
  replaceDigests,
  type DigestChunk,
  type DigestKind,
  type DigestManifest
} from '../repos/digests.repo'
import { deleteSubjects, getSubject, listSubjects, saveSubject } from '../repos/subjects.repo'

/** A subject as lists and search need it: everything but the DPO's notes. */
export type SubjectHead = Omit<DataSubject, 'notes'>

export type StoreProgress = {
  phase: 'loading' | 'archive' | 'rebuilding' | 'saving'
  done: number
  total: number
}

/**
 * Items per digest row: ~30 kB sealed, re-sealed whole when one of its items changes (a write
 * touches one to four rows). Digests of the earlier size (format 2, 500 items) are rebuilt
 * from the rows at the next unlock (DIGEST_FORMAT).
 */
export const DIGEST_CHUNK_SIZE = 100
/** Full cases kept in memory after they were opened. */
const DETAIL_CACHE_SIZE = 50
/** Versions whose changed ids the store remembers (see changesSince). */
const CHANGE_LOG_SIZE = 64
/** Closed cases stay in the active partition this long (the dashboard's twelve months). */
export const ACTIVE_MONTHS = 13

export function caseHeadOf(dsrCase: DsrCase): CaseHead {
  const {
    description: _d,
    tasks,
    decisions: _decisions,
    correspondence,
    collected: _collected,
    ...head
  } = dsrCase
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

/** The first day of the active window, per day (called for every head after a load). */
let activeWindow: { today: IsoDate; since: IsoDate } | null = null
function activeSince(today: IsoDate): IsoDate {
  if (activeWindow?.today !== today)
    activeWindow = { today, since: addMonths(today, -ACTIVE_MONTHS) }
  return activeWindow.since
}

/**
 * Whether a case belongs to the active partition on `today`: everything the dashboard, the mail
 * queue, the free-copy check and the next reference number read comes from it.
 */
export function isActiveCase(head: CaseHead, today: IsoDate): boolean {
  if (isOpenCase(head) || head.lettersToPost > 0) return true
  if (head.erasure.some((item) => item.action === 'block' && !item.erasedAt)) return true
  const since = activeSince(today)
  return [
    head.receivedAt,
    head.createdAt.slice(0, 10),
    head.answeredAt,
    head.closedAt?.slice(0, 10),
    head.copy?.deliveredAt
  ].some((date) => date !== undefined && date >= since)
}

type Entity = 'case' | 'subject'
const KINDS: Record<Entity, { active: DigestKind; archive: DigestKind }> = {
  case: { active: 'caseHeads', archive: 'caseArchive' },
  subject: { active: 'subjects', archive: 'subjectArchive' }
}
const entityOf = (kind: DigestKind): Entity =>
  kind === 'caseHeads' || kind === 'caseArchive' ? 'case' : 'subject'

/** Which digest chunk holds which id, and which chunk takes the next new one. */
class ChunkIndex {
  readonly chunkOf = new Map<string, number>()
  /** Ids per chunk, in the order they are stored. */
  readonly members: string[][] = []

  get size(): number {
    return this.chunkOf.size
  }

  clear(): void {
    this.chunkOf.clear()
    this.members.length = 0
  }

  /** Records a whole chunk as loaded. */
  load(chunk: number, ids: string[]): void {
    while (this.members.length <= chunk) this.members.push([])
    this.members[chunk] = ids
    for (const id of ids) this.chunkOf.set(id, chunk)
  }

  /** The chunk of `id`, assigning it to the first chunk with room when it is new here. */
  place(id: string): number {
    const known = this.chunkOf.get(id)
    if (known !== undefined) return known
    let chunk = this.members.findIndex((ids) => ids.length < DIGEST_CHUNK_SIZE)
    if (chunk < 0) {
      chunk = this.members.length
      this.members.push([])
    }
    this.members[chunk]!.push(id)
    this.chunkOf.set(id, chunk)
    return chunk
  }

  remove(id: string): number | undefined {
    const chunk = this.chunkOf.get(id)
    if (chunk === undefined) return undefined
    const ids = this.members[chunk]!
    ids.splice(ids.indexOf(id), 1)
    this.chunkOf.delete(id)
    return chunk
  }

  /** Puts `id` back where `remove` took it from (undoing a failed write). */
  insertAt(id: string, chunk: number, position: number): void {
    this.members[chunk]!.splice(position, 0, id)
    this.chunkOf.set(id, chunk)
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

/** A change of several records at once, for `commit`. */
export type StoreChange = {
  cases?: readonly CaseCommit[]
  subjects?: readonly DataSubject[]
  /** Subjects removed with the change (the second record of a merged person). */
  deleteSubjectIds?: readonly string[]
  /** Audit events besides the cases' own. */
  events?: readonly AuditEventInput[]
}

/** What a retention deletion removed. */
export type RetentionDeletion = { cases: number; subjects: number; attachments: number }

/** The store refuses to delete a case that is not closed, or that still has data blocked. */
export class CaseNotDeletableError extends Error {
  readonly code = 'CASE_NOT_DELETABLE'
  constructor(readonly reference: string) {
    super(`Case ${reference} is not closed or still has blocked data`)
  }
}

/** The ids of the cases and subjects that changed (written or deleted) between two versions. */
export type StoreChanges = { cases: ReadonlySet<string>; subjects: ReadonlySet<string> }

/** The digest chunks a write touches (`kind/chunk`), and how to undo its placements. */
type Touched = { chunks: Set<`${DigestKind}/${number}`>; undo: (() => void)[] }

export class CaseStore {
  readonly #cases = new Map<string, CaseHead>()
  readonly #subjects = new Map<string, SubjectHead>()
  /** Built on first use (only a person's page and the free-copy ledger need it). */
  #casesBySubject: Map<string, Set<string>> | null = null
  readonly #chunks = Object.fromEntries(
    DIGEST_KINDS.map((kind) => [kind, new ChunkIndex()])
  ) as Record<DigestKind, ChunkIndex>
  readonly #details = new Map<string, DsrCase>()
  readonly #listeners = new Set<() => void>()
  #version = 0
  /** Grows on every change of the data and of the archive's progress (useStoreCompleteness). */
  #progressStamp = 0
  /** Changed ids per version, newest last; `null` ids: everything may have changed. */
  readonly #log: { version: number; cases: readonly string[]; subjects: readonly string[] }[] = []
  #queue: Promise<unknown> = Promise.resolve()
  #caseList: readonly CaseHead[] | null = null
  /** Year → highest sequence number among the case heads (null: count again on next use). */
  #highestReference: Map<number, number> | null = null
  #subjectList: readonly SubjectHead[] | null = null
  #complete = false
  #archiveProgress: StoreProgress | null = null
  #archiveError: unknown = null
  /** Where the last load came from (the digests, or a rebuild from the rows). */
  source: 'digests' | 'rows' = 'digests'
  /** Settles when every case and subject is in memory (the archive too). */
  loaded: Promise<void> = Promise.resolve()

  private constructor(
    readonly db: AppDb,
    private readonly clock: () => Date
  ) {}

  /**
   * Loads the store for an unlocked database. Resolves once the active partition is in memory;
   * `loaded` settles when the archive is too (`isComplete`).
   */
  static async open(
    db: AppDb,
    options: { onProgress?: (progress: StoreProgress) => void; clock?: () => Date } = {}
  ): Promise<CaseStore> {
    const store = new CaseStore(db, options.clock ?? (() => new Date()))
    const onProgress = options.onProgress ?? (() => undefined)
    // The digests are current unless dropped: the store writes them in the transaction of every
    // change, and bulk writes past the store (imports, seeding) and the v1 → v2 migration drop
    // them in theirs. (Comparing record counts instead costs ~250 ms per 10⁵ entries of a
    // multi-entry index at every unlock, measured, ADR 0015.)
    const manifest = await loadManifest(db)
    if (
      manifest &&
      (await store.#loadKinds(ACTIVE_KINDS, manifest, (done, total) =>
        onProgress({ phase: 'loading', done, total })
      ))
    ) {
      store.loaded = store.#loadArchive(manifest)
      // Failures are shown through archiveError; `loaded` still rejects for whoever awaits it.
      store.loaded.catch(() => undefined)
      // Writes wait for the whole store: a write may move a case between partitions.
      store.#queue = store.loaded.then(() => store.#demote()).catch(() => undefined)
      return store
    }
    store.source = 'rows'
    await store.#rebuild(onProgress)
    store.#complete = true
    return store
  }

  /** Grows on every change of cases or subjects; derived data is memoised on it. */
  get version(): number {
    return this.#version
  }

  /** Grows with `version` and whenever the archive's progress moves (the loading notices). */
  get progressStamp(): number {
    return this.#progressStamp
  }

  /**
   * The cases and subjects written or deleted after `version`, so derived data can be patched
   * row by row; null when the store cannot say (a load in between, or too many versions ago):
   * then derive everything again.
   */
  changesSince(version: number): StoreChanges | null {
    if (version === this.#version) return { cases: new Set(), subjects: new Set() }
    const first = this.#log.findIndex((entry) => entry.version === version + 1)
    if (first < 0 || version > this.#version) return null
    const cases = new Set<string>()
    const subjects = new Set<string>()
    for (const entry of this.#log.slice(first)) {
      for (const id of entry.cases) cases.add(id)
      for (const id of entry.subjects) subjects.add(id)
    }
    return { cases, subjects }
  }

  /** Whether the archive is in memory too (lists and search are then complete). */
  get isComplete(): boolean {
    return this.#complete
  }

  /** Why the archive could not be read, if it could not (the active partition still works). */
  get archiveError(): unknown {
    return this.#archiveError
  }

  /** How far reading the archive has come, while it is read. */
  get archiveProgress(): StoreProgress | null {
    return this.#archiveProgress
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  caseHead(id: string): CaseHead | undefined {
    return this.#cases.get(id)
  }

  /** Every case head in memory; the same array until the next change. */
  caseHeads(): readonly CaseHead[] {
    this.#caseList ??= [...this.#cases.values()]
    return this.#caseList
  }

  subject(id: string): SubjectHead | undefined {
    return this.#subjects.get(id)
  }

  /** Every subject in memory (without notes); the same array until the next change. */
  subjects(): readonly SubjectHead[] {
    this.#subjectList ??= [...this.#subjects.values()]
    return this.#subjectList
  }

  /** The heads of one person's cases. */
  casesOfSubject(subjectId: string): CaseHead[] {
    if (!this.#casesBySubject) {
      this.#casesBySubject = new Map()
      for (const head of this.#cases.values()) this.#indexBySubject(head)
    }
    const ids = this.#casesBySubject.get(subjectId)
    if (!ids) return []
    return [...ids].map((id) => this.#cases.get(id)!).filter(Boolean)
  }

  /**
   * What the next reference number depends on: the highest reference of each year among the
   * cases in memory. The active partition holds every case registered in the last 13 months, so
   * every one of this year is counted even before the archive is read. Kept up to date on each
   * write, so registering a case does not go through every case.
   */
  references(): string[] {
    if (!this.#highestReference) {
      this.#highestReference = new Map()
      for (const head of this.#cases.values()) this.#noteReference(head.reference)
    }
    return [...this.#highestReference].map(([year, sequence]) => formatReference(year, sequence))
  }

  #noteReference(reference: string): void {
    if (!this.#highestReference) return
    const parsed = referenceSequence(reference)
    if (!parsed) return
    if ((this.#highestReference.get(parsed.year) ?? 0) < parsed.sequence)
      this.#highestReference.set(parsed.year, parsed.sequence)
  }

  /** The whole case, read once when opened and cached while it is used. */
  async case(id: string): Promise<DsrCase | undefined> {
    const cached = this.#details.get(id)
    if (cached) {
      this.#details.delete(id)
      this.#details.set(id, cached)
      return cached
    }
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
    return this.commit({ cases: [commit] }, actor)
  }

  /** Several case changes in one transaction (e.g. the mail queue marking letters posted). */
  commitCases(commits: readonly CaseCommit[], actor: string): Promise<void> {
    return this.commit({ cases: commits }, actor)
  }

  /** Stores a subject with its audit event, then updates the view. */
  commitSubject(commit: SubjectCommit, actor: string): Promise<void> {
    return this.commit({ subjects: [commit.subject], events: [commit.event] }, actor)
  }

  /**
   * One change of several cases and subjects (e.g. merging two records of one person): every
   * row, attachment, deletion, digest chunk and audit event in one transaction, then the view.
   * Case events come from the case commits; `events` are the others, appended after them.
   */
  commit(change: StoreChange, actor: string): Promise<void> {
    return this.#enqueue(async () => {
      const db = this.db
      const now = this.clock()
      const today = swedishDateOf(now)
      const caseCommits = change.cases ?? []
      const cases = caseCommits.map((commit) => dsrCaseSchema.parse(commit.change.case))
      const subjects = (change.subjects ?? []).map((subject) => dataSubjectSchema.parse(subject))
      const dropped = change.deleteSubjectIds ?? []
      const heads = new Map(cases.map((dsrCase) => [dsrCase.id, caseHeadOf(dsrCase)]))
      const subjectHeads = new Map(subjects.map((subject) => [subject.id, subjectHeadOf(subject)]))
      await this.#writeWithDigests(
        (touched) => {
          for (const subject of subjects) {
            const isNew = !this.#subjects.has(subject.id)
            const kind = this.#kindOf('subject', subject.id)
            this.#assign('subject', subject.id, isNew || kind === 'subjects', touched)
          }
          for (const head of heads.values()) {
            const active = isActiveCase(head, today)
            this.#assign('case', head.id, active, touched)
            // The dashboard names the people of active cases: their subjects come first too.
            if (active && (this.#subjects.has(head.subjectId) || subjectHeads.has(head.subjectId)))
              this.#assign('subject', head.subjectId, true, touched)
          }
          for (const id of dropped) this.#unassign('subject', id, touched)
          return { cases: heads, subjects: subjectHeads }
        },
        // Every request issued at once (each await in a transaction is a round trip): they
        // touch different keys, so the order they run in does not change the result. A case in
        // several commits is written once, as the last one left it.
        () =>
          Promise.all([
            ...subjects.map((subject) => saveSubject(db, subject)),
            ...[...new Map(cases.map((dsrCase) => [dsrCase.id, dsrCase])).values()].map((dsrCase) =>
              writeCase(db, dsrCase)
            ),
            writeStagedAttachments(
              db,
              caseCommits.flatMap((commit) => commit.attachments ?? [])
            ),
            deleteAttachments(
              db,
              caseCommits.flatMap((commit) => commit.deleteAttachmentIds ?? [])
            ),
            dropped.length ? deleteSubjects(db, dropped) : undefined,
            appendAudit(
              db,
              [...caseCommits.map((commit) => commit.change.event), ...(change.events ?? [])],
              actor,
              now
            )
          ]).then(() => undefined),
        [
          db.subjectPages,
          db.casePages,
          db.events,
          db.attachments,
          db.attachmentData,
          db.auditLog,
          db.settings
        ]
      )
      for (const [id, head] of subjectHeads) this.#subjects.set(id, head)
      for (const id of dropped) this.#subjects.delete(id)
      if (subjectHeads.size || dropped.length) this.#subjectList = null
      for (const dsrCase of cases) {
        this.#putCaseHead(heads.get(dsrCase.id)!)
        this.#remember(dsrCase)
      }
      this.#changed({ cases: [...heads.keys()], subjects: [...subjectHeads.keys(), ...dropped] })
    })
  }

  /**
   * The app's own storage limitation (issue 16, ADR 0012): deletes closed cases whose retention
   * period has run — the case rows, their events, attachments (metadata and bytes) and digest
   * entries, and each person left without a case — in one transaction with the audit events and
   * the anonymous records the annual report counts instead. A case that is not closed or still
   * has a pending block is refused (blocked data keeps its own release date).
   */
  deleteCases(ids: readonly string[], actor: string): Promise<RetentionDeletion> {
    return this.#enqueue(async () => {
      const db = this.db
      const now = this.clock()
      const today = swedishDateOf(now)
      const cases: DsrCase[] = []
      for (const id of new Set(ids)) {
        const dsrCase = await getCase(db, id)
        if (!dsrCase) continue
        const isBlocked = dsrCase.erasure.some((item) => item.action === 'block' && !item.erasedAt)
        if (dsrCase.status !== 'closed' || isBlocked)
          throw new CaseNotDeletableError(dsrCase.reference)
        cases.push(dsrCase)
      }
      if (cases.length === 0) return { cases: 0, subjects: 0, attachments: 0 }
      const deleting = new Set(cases.map((dsrCase) => dsrCase.id))
      const subjectIds = [...new Set(cases.map((dsrCase) => dsrCase.subjectId))].filter(
        (subjectId) =>
          this.#subjects.has(subjectId) &&
          this.casesOfSubject(subjectId).every((head) => deleting.has(head.id))
      )
      const records = cases.map((dsrCase) => anonymousRecordOf(dsrCase, today))
      const events: AuditEventInput[] = [
        ...cases.map((dsrCase, index) => ({
          action: 'case.retention-delete' as const,
          entityType: 'case' as const,
          entityId: dsrCase.id,
          params: {
            reference: dsrCase.reference,
            type: dsrCase.type,
            closedMonth: records[index]!.closedMonth
          }
        })),
        ...subjectIds.map((subjectId) => ({
          action: 'subject.retention-delete' as const,
          entityType: 'subject' as const,
          entityId: subjectId,
          params: {}
        }))
      ]
      let attachments = 0
      await this.#writeWithDigests(
        (touched) => {
          for (const dsrCase of cases) this.#unassign('case', dsrCase.id, touched)
          for (const subjectId of subjectIds) this.#unassign('subject', subjectId, touched)
          return { cases: new Map(), subjects: new Map() }
        },
        async () => {
          for (const dsrCase of cases) {
            await deleteCase(db, dsrCase.id)
            attachments += await deleteAttachmentsOfCase(db, dsrCase.id)
          }
          if (subjectIds.length) await deleteSubjects(db, subjectIds)
          await appendDeletedCaseRecords(db, records)
          await appendAudit(db, events, actor, now)
        },
        [
          db.subjectPages,
          db.casePages,
          db.events,
          db.attachments,
          db.attachmentData,
          db.auditLog,
          db.settings
        ]
      )
      this.#highestReference = null
      for (const dsrCase of cases) {
        this.#cases.delete(dsrCase.id)
        this.#details.delete(dsrCase.id)
        this.#casesBySubject?.get(dsrCase.subjectId)?.delete(dsrCase.id)
      }
      for (const subjectId of subjectIds) {
        this.#subjects.delete(subjectId)
        this.#casesBySubject?.delete(subjectId)
      }
      this.#caseList = null
      this.#subjectList = null
      this.#changed({ cases: cases.map((dsrCase) => dsrCase.id), subjects: subjectIds })
      return { cases: cases.length, subjects: subjectIds.length, attachments }
    })
  }

  /**
   * Removes attachments no correspondence entry refers to, and bytes without their metadata:
   * left by saves that failed before attachments went into the same transaction as their entry
   * (issue 14). Each case is read from the database itself, not from what the store has loaded,
   * so an archived case's files are never taken for orphans. One transaction with an audit
   * event that counts them; nothing is written when there are none. Run after unlock.
   */
  sweepOrphanAttachments(actor: string): Promise<number> {
    return this.#enqueue(async () => {
      const db = this.db
      const [metas, dataIds] = await Promise.all([listAllAttachmentMeta(db), attachmentDataIds(db)])
      const byCase = new Map<string, string[]>()
      for (const meta of metas) {
        const ids = byCase.get(meta.caseId) ?? []
        ids.push(meta.id)
        byCase.set(meta.caseId, ids)
      }
      const orphans: string[] = []
      for (const [caseId, ids] of byCase) {
        const dsrCase = await getCase(db, caseId)
        const referenced = new Set(
          dsrCase?.correspondence.flatMap((entry) => entry.attachmentIds) ?? []
        )
        for (const id of ids) if (!referenced.has(id)) orphans.push(id)
      }
      const withMeta = new Set(metas.map((meta) => meta.id))
      const bytesOnly = dataIds.filter((id) => !withMeta.has(id))
      const count = orphans.length + bytesOnly.length
      if (count === 0) return 0
      await db.transaction(
        'rw',
        [db.attachments, db.attachmentData, db.auditLog, db.settings],
        async () => {
          await deleteAttachments(db, orphans)
          await db.attachmentData.bulkDelete(bytesOnly)
          await appendAudit(
            db,
            [
              {
                action: 'vault.attachment-sweep',
                entityType: 'vault',
                entityId: 'attachments',
                params: { count }
              }
            ],
            actor,
            this.clock()
          )
        }
      )
      return count
    })
  }

  /** Waits for every queued write (tests, lock). */
  async settled(): Promise<void> {
    await this.#queue.catch(() => undefined)
  }

  /**
   * One write with its digests: `place` decides which chunks change (and returns the heads as
   * they will be), `write` stores the rows; both go in one transaction with the touched chunks
   * and the manifest. On failure the chunk assignment is put back and nothing in memory changes.
   */
  async #writeWithDigests(
    place: (touched: Touched) => {
      cases: ReadonlyMap<string, CaseHead>
      subjects: ReadonlyMap<string, SubjectHead>
    },
    write: () => Promise<void>,
    tables: Table[]
  ): Promise<void> {
    const touched: Touched = { chunks: new Set(), undo: [] }
    try {
      const pending = place(touched)
      const rows: (DigestChunk<unknown> | DigestManifest)[] = [...touched.chunks].map((key) => {
        const [kind, chunk] = key.split('/') as [DigestKind, string]
        return this.#chunkRow(kind, Number(chunk), pending)
      })
      rows.push(this.#manifest())
      // Sealed before the transaction (WebCrypto): inside it only small rows are sealed.
      const sealed = await sealDigestRows(this.db, rows)
      await this.db.transaction('rw', [...tables, this.db.digests], async () => {
        // Issued together: the digests do not depend on the rows, and each await inside a
        // transaction is a round trip to IndexedDB. Either failing aborts both.
        await Promise.all([write(), putDigestRows(this.db, sealed)])
      })
    } catch (error) {
      for (const undo of touched.undo.reverse()) undo()
      throw error
    }
  }

  #kindOf(entity: Entity, id: string): DigestKind | undefined {
    const { active, archive } = KINDS[entity]
    if (this.#chunks[active].chunkOf.has(id)) return active
    if (this.#chunks[archive].chunkOf.has(id)) return archive
    return undefined
  }

  /** Puts `id` in the active or archive partition, noting every chunk that changes. */
  #assign(entity: Entity, id: string, active: boolean, touched: Touched): void {
    const target = active ? KINDS[entity].active : KINDS[entity].archive
    const current = this.#kindOf(entity, id)
    if (current && current !== target) {
      const index = this.#chunks[current]
      const old = index.chunkOf.get(id)!
      const position = index.members[old]!.indexOf(id)
      index.remove(id)
      touched.chunks.add(`${current}/${old}`)
      touched.undo.push(() => index.insertAt(id, old, position))
    }
    const index = this.#chunks[target]
    const isNew = !index.chunkOf.has(id)
    touched.chunks.add(`${target}/${index.place(id)}`)
    if (isNew) touched.undo.push(() => index.remove(id))
  }

  /** Takes `id` out of its digest chunk (a deleted record), noting the chunk. */
  #unassign(entity: Entity, id: string, touched: Touched): void {
    const kind = this.#kindOf(entity, id)
    if (!kind) return
    const index = this.#chunks[kind]
    const chunk = index.chunkOf.get(id)!
    const position = index.members[chunk]!.indexOf(id)
    index.remove(id)
    touched.chunks.add(`${kind}/${chunk}`)
    touched.undo.push(() => index.insertAt(id, chunk, position))
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work)
    this.#queue = run.catch(() => undefined)
    return run
  }

  /** After a change of the data: `ids` says which records changed; without it, anything may. */
  #changed(ids?: { cases: readonly string[]; subjects: readonly string[] }): void {
    this.#version++
    if (ids) {
      this.#log.push({ version: this.#version, ...ids })
      if (this.#log.length > CHANGE_LOG_SIZE) this.#log.shift()
    } else this.#log.length = 0
    this.#progressed()
  }

  /** After a change of the archive's progress only: the data's version stays. */
  #progressed(): void {
    this.#progressStamp++
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

  #indexBySubject(head: CaseHead): void {
    const bySubject = this.#casesBySubject!
    let ids = bySubject.get(head.subjectId)
    if (!ids) bySubject.set(head.subjectId, (ids = new Set()))
    ids.add(head.id)
  }

  #putCaseHead(head: CaseHead): void {
    if (this.#casesBySubject) {
      const previous = this.#cases.get(head.id)
      if (previous && previous.subjectId !== head.subjectId)
        this.#casesBySubject.get(previous.subjectId)?.delete(head.id)
      this.#indexBySubject(head)
    }
    this.#cases.set(head.id, head)
    this.#noteReference(head.reference)
    this.#caseList = null
  }

  /** A digest chunk as it will be once `pending` heads are stored. */
  #chunkRow(
    kind: DigestKind,
    chunk: number,
    pending: {
      cases: ReadonlyMap<string, CaseHead>
      subjects: ReadonlyMap<string, SubjectHead>
    }
  ): DigestChunk<unknown> {
    const entity = entityOf(kind)
    const source: ReadonlyMap<string, unknown> = entity === 'case' ? this.#cases : this.#subjects
    const overrides: ReadonlyMap<string, unknown> =
      entity === 'case' ? pending.cases : pending.subjects
    const items = (this.#chunks[kind].members[chunk] ?? []).map(
      (id) => overrides.get(id) ?? source.get(id)
    )
    return { id: chunkId(kind, chunk), kind, items }
  }

  #manifest(): DigestManifest {
    return {
      id: 'manifest',
      format: DIGEST_FORMAT,
      counts: Object.fromEntries(
        DIGEST_KINDS.map((kind) => [kind, this.#chunks[kind].size])
      ) as Record<DigestKind, number>
    }
  }

  /** Loads the chunks of `kinds`; false when they do not match the manifest. */
  async #loadKinds(
    kinds: readonly DigestKind[],
    manifest: DigestManifest,
    onProgress: (done: number, total: number) => void
  ): Promise<boolean> {
    const chunks = await loadDigestChunks(this.db, kinds, onProgress)
    const found = Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<DigestKind, number>
    for (const chunk of chunks) {
      const ids: string[] = []
      const target: Map<string, unknown> =
        entityOf(chunk.kind) === 'case' ? this.#cases : this.#subjects
      for (const item of chunk.items) {
        const id = (item as { id?: unknown } | null)?.id
        if (typeof id !== 'string') return false
        ids.push(id)
        target.set(id, item)
      }
      this.#chunks[chunk.kind].load(chunkIndexOf(chunk.id), ids)
      found[chunk.kind] += ids.length
    }
    this.#caseList = null
    this.#subjectList = null
    // Built again on first use, with the cases just read.
    this.#casesBySubject = null
    this.#highestReference = null
    return kinds.every((kind) => found[kind] === manifest.counts[kind])
  }

  /** Reads the archive after the first screen is up; rebuilds everything if it does not match. */
  async #loadArchive(manifest: DigestManifest): Promise<void> {
    const report = (done: number, total: number) => {
      this.#archiveProgress = { phase: 'archive', done, total }
      this.#progressed()
    }
    try {
      const ok = await this.#loadKinds(ARCHIVE_KINDS, manifest, report)
      if (!ok) {
        this.source = 'rows'
        await this.#rebuild(({ done, total }) => report(done, total))
      }
      this.#complete = true
      // Counted now, in the background, rather than in the first registration after the load.
      this.references()
    } catch (error) {
      this.#archiveError = error
      throw error
    } finally {
      this.#archiveProgress = null
      this.#changed()
    }
  }

  /**
   * Moves what has aged out of the active partition (closed more than ACTIVE_MONTHS ago, no
   * block pending) to the archive, and subjects with no active case with it. No audit event:
   * the digests are derived data and nothing recorded changes.
   */
  async #demote(): Promise<void> {
    const today = swedishDateOf(this.clock())
    const activeSubjects = new Set<string>()
    const aged: string[] = []
    for (const id of this.#chunks.caseHeads.chunkOf.keys()) {
      const head = this.#cases.get(id)!
      if (isActiveCase(head, today)) activeSubjects.add(head.subjectId)
      else aged.push(id)
    }
    const agedSubjects = [...this.#chunks.subjects.chunkOf.keys()].filter(
      (id) => !activeSubjects.has(id) && this.casesOfSubject(id).length > 0
    )
    if (aged.length === 0 && agedSubjects.length === 0) return
    // Runs at the head of the write queue (see open), so no write interleaves.
    await this.#writeWithDigests(
      (touched) => {
        for (const id of aged) this.#assign('case', id, false, touched)
        for (const id of agedSubjects) this.#assign('subject', id, false, touched)
        return { cases: new Map(), subjects: new Map() }
      },
      async () => undefined,
      []
    )
  }

  #reset(): void {
    this.#cases.clear()
    this.#highestReference = null
    this.#subjects.clear()
    this.#casesBySubject = null
    for (const kind of DIGEST_KINDS) this.#chunks[kind].clear()
    this.#caseList = null
    this.#subjectList = null
  }

  /** Reads every case and subject (bulk path) and writes the digests anew. */
  async #rebuild(onProgress: (progress: StoreProgress) => void): Promise<void> {
    this.#reset()
    onProgress({ phase: 'rebuilding', done: 0, total: 1 })
    const [cases, subjects] = await Promise.all([readAllCases(this.db), listSubjects(this.db)])
    const today = swedishDateOf(this.clock())
    const activeSubjects = new Set<string>()
    for (const dsrCase of cases) {
      const head = caseHeadOf(dsrCase)
      this.#putCaseHead(head)
      const active = isActiveCase(head, today)
      if (active) activeSubjects.add(head.subjectId)
      this.#chunks[active ? 'caseHeads' : 'caseArchive'].place(head.id)
    }
    for (const subject of subjects) {
      this.#subjects.set(subject.id, subjectHeadOf(subject))
      const active = activeSubjects.has(subject.id) || !this.casesOfSubject(subject.id).length
      this.#chunks[active ? 'subjects' : 'subjectArchive'].place(subject.id)
    }
    this.#subjectList = null
    onProgress({ phase: 'saving', done: 0, total: 1 })
    const none = { cases: new Map(), subjects: new Map() }
    const rows: (DigestChunk<unknown> | DigestManifest)[] = [this.#manifest()]
    for (const kind of DIGEST_KINDS)
      this.#chunks[kind].members.forEach((_, chunk) => rows.push(this.#chunkRow(kind, chunk, none)))
    await replaceDigests(this.db, rows)
    onProgress({ phase: 'saving', done: 1, total: 1 })
  }
}
