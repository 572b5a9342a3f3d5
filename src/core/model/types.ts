import type { MessageParams } from '../errors'
import type { TaskCode } from '../cases/tasks'

/**
 * The domain model shared by every layer: plain, serialisable data (strings for dates, no
 * classes). Dates are ISO `YYYY-MM-DD`; instants are ISO 8601 UTC strings.
 * Rules that act on these types live beside them in `src/core/<feature>/`.
 */

/** Calendar date `YYYY-MM-DD` (local Swedish date, no time zone). */
export type IsoDate = string
/** Instant, ISO 8601 in UTC, e.g. `2026-03-05T09:14:00.000Z`. */
export type IsoInstant = string

export type PostalAddress = {
  /** Care-of or company line, optional. */
  co?: string
  street: string
  postalCode: string
  city: string
  /** Empty or omitted for Sweden. */
  country?: string
}

/** A person whose data the company processes (den registrerade). */
export type DataSubject = {
  id: string
  name: string
  /** Normalised 12-digit personnummer or samordningsnummer (YYYYMMDDNNNN), if known. */
  personnummer?: string
  email?: string
  phone?: string
  address?: PostalAddress
  /** Customer numbers, order numbers and similar references in other systems. */
  customerRefs: string[]
  notes?: string
  createdAt: IsoInstant
  updatedAt: IsoInstant
}

export const CASE_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'marketingOptOut',
  'other'
] as const
export type CaseType = (typeof CASE_TYPES)[number]

export const CASE_CHANNELS = ['email', 'letter', 'phone', 'web', 'other'] as const
export type CaseChannel = (typeof CASE_CHANNELS)[number]

export const CASE_STATUSES = [
  'received',
  'identityCheck',
  'inProgress',
  'extended',
  'answered',
  'closed',
  'rejected',
  'withdrawn'
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Why the deadline was extended (Art. 12(3), EDPB 01/2022 §163). */
export const EXTENSION_REASONS = ['complexity', 'numberOfRequests'] as const
export type ExtensionReason = (typeof EXTENSION_REASONS)[number]

export type Extension = {
  reason: ExtensionReason
  /** Free-text explanation shown in the extension notice. */
  explanation: string
  decidedAt: IsoDate
  /** The extended due date computed at the time. */
  newDue: IsoDate
}

/** A pause of the clock while waiting for identification or clarification (EDPB §159). */
export type ClockStop = {
  reason: 'identity' | 'clarification'
  /** The date the question was sent to the subject. */
  questionSentAt: IsoDate
  from: IsoDate
  /** Absent while the clock is still stopped. */
  to?: IsoDate
}

/**
 * One item of a case's checklist: a default item is named by its `code` (the catalog gives its
 * text in each language), a task the DPO added herself by her own `label`. Exactly one is set.
 */
export type CaseTask = {
  id: string
  code?: TaskCode
  label?: string
  done: boolean
  doneAt?: IsoInstant
}

export const DECISION_KINDS = [
  'grant',
  'partialGrant',
  'refuse',
  'noData',
  'fee',
  'other',
  'reopen'
] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

export type Decision = {
  id: string
  at: IsoInstant
  kind: DecisionKind
  /** The DPO's reasons in her own words. */
  reasons: string
}

export type CorrespondenceEntry = {
  id: string
  direction: 'in' | 'out'
  medium: CaseChannel
  at: IsoInstant
  subject: string
  body?: string
  attachmentIds: string[]
  /** For outgoing letters: queued for post, and when posted. */
  toPost?: boolean
  postedAt?: IsoDate
  /** For letters the app made: which one (the workflow follows from it, see automation.ts). */
  letter?: { templateId: string; scope?: string; period?: { from: IsoDate; to: IsoDate } }
  /** A letter filed by mistake stays in the history, marked void with the DPO's reason. */
  voidedAt?: IsoInstant
  voidReason?: string
  /** Attachments taken off the entry, with when and why (the files themselves are deleted). */
  removedAttachments?: { id: string; name: string; removedAt: IsoInstant; reason: string }[]
}

export type Fee = {
  amountSek: number
  reason: string
  warnedAt?: IsoDate
}

/** An access request copy delivered to a subject (free-copy ledger, Art. 15(3)). */
export type CopyDelivery = {
  caseId: string
  deliveredAt: IsoDate
  /** What the copy covered, e.g. 'all' or a list of data categories. */
  scope: string
  /** The period the copy covered, if limited. */
  period?: { from: IsoDate; to: IsoDate }
  free: boolean
}

export const LEGAL_BASES_FOR_BLOCK = [
  'bokforingslagen',
  'penningtvattslagen',
  'konsumentkop',
  'other'
] as const
export type LegalBasisForBlock = (typeof LEGAL_BASES_FOR_BLOCK)[number]

/** Erasure decision for one data category: erased now, or blocked until a release date. */
export type ErasureItem = {
  categoryId: string
  action: 'erase' | 'block'
  /** For blocks. */
  legalBasis?: LegalBasisForBlock
  /**
   * The date the retention period runs from: the last day of the financial year (bokföringslagen,
   * always a month end), the day the business relationship ended (penningtvättslagen), the day
   * of delivery (consumer complaints).
   */
  startEvent?: IsoDate
  releaseDate?: IsoDate
  allowedUse?: string
  erasedAt?: IsoDate
}

/** A processing the company stopped because of an objection or opt-out (art. 21). */
export type StoppedProcessing = {
  id: string
  /** What was stopped, e.g. "Nyhetsbrev via e-post". */
  what: string
  /** Where, e.g. "Mailchimp", "kundsystemet". */
  system: string
  from: IsoDate
}

/** Art. 19: a recipient told of a rectification, erasure or restriction. */
export type RecipientNotice = {
  /** The recipient's name as it was when told (a named recipient of the inventory). */
  recipientId: string
  notifiedAt?: IsoDate
  notApplicableReason?: string
}

/**
 * Data about the subject collected from another system (an export imported for a
 * registerutdrag): one table per inventory category, the rows that concern this subject only.
 */
export type CollectedTable = {
  id: string
  categoryId: string
  /** The system the export came from, as the DPO named it ("kundsystemet"). */
  source: string
  fileName: string
  importedAt: IsoInstant
  columns: string[]
  rows: string[][]
}

export type DsrCase = {
  id: string
  /** `DSR-YYYY-NNNN`. */
  reference: string
  type: CaseType
  channel: CaseChannel
  subjectId: string
  /** The day the request reached any official channel (EDPB §159). */
  receivedAt: IsoDate
  status: CaseStatus
  description?: string
  extension?: Extension
  clockStops: ClockStop[]
  tasks: CaseTask[]
  decisions: Decision[]
  correspondence: CorrespondenceEntry[]
  fee?: Fee
  erasure: ErasureItem[]
  recipientNotices: RecipientNotice[]
  /** Objection and marketing opt-out: what was stopped, in which system, from when. */
  stopped?: StoppedProcessing[]
  /** For access requests: the copy delivered (feeds the subject's free-copy ledger). */
  copy?: Omit<CopyDelivery, 'caseId'>
  /** Data imported from other systems for the registerutdrag (absent in older records). */
  collected?: CollectedTable[]
  answeredAt?: IsoDate
  closedAt?: IsoDate
  createdAt: IsoInstant
  updatedAt: IsoInstant
}

/**
 * The fields of a case that lists, search, the dashboard, reports and the free-copy ledger read:
 * everything but the long texts and the per-case lists. The renderer keeps these for every case
 * in memory and loads the rest of a case when it is opened (ADR 0007).
 */
export type CaseHeadFields = Omit<
  DsrCase,
  'description' | 'tasks' | 'decisions' | 'correspondence' | 'collected'
>

/** A case as every screen sees it: its head fields and the counts lists show. */
export type CaseHead = CaseHeadFields & {
  /** Checklist items not done yet. */
  openTasks: number
  /** Outgoing letters queued for the post. */
  lettersToPost: number
}

/** One category of the processing inventory (register över behandlingar), used in Art. 15 copies. */
export type InventoryCategory = {
  id: string
  name: string
  examples: string
  purposes: string[]
  legalBasis: string
  recipients: string[]
  /**
   * The processors, authorities and other recipients this category is actually disclosed to, by
   * name (art. 15(1)(c), art. 19). Absent in inventories saved before they existed.
   */
  namedRecipients?: { name: string; role: 'processor' | 'authority' | 'other' }[]
  retention: string
  source: string
}

export type OrganisationProfile = {
  name: string
  orgNumber: string
  address: PostalAddress
  dpoName: string
  dpoTitle: string
  email: string
  phone?: string
  website?: string
  signatoryName: string
  signatoryTitle: string
  /**
   * The month the financial year (räkenskapsår) ends in, 1–12; it ends on that month's last day
   * (e.g. 4 for 1 maj–30 april). Absent in profiles stored before it existed: calendar year (12).
   */
  financialYearEndMonth?: number
}

/** What the audit log records; the catalog describes each (`audit.<action>`). */
export const AUDIT_ACTIONS = [
  'case.create',
  'case.status',
  'case.extend',
  'case.clock-stop',
  'case.clock-resume',
  'case.decision',
  'case.close',
  'case.reopen',
  'case.task',
  'case.task-add',
  'case.correspondence',
  'case.posted',
  'case.fee',
  'case.fee-remove',
  'case.erasure',
  'case.erased',
  'case.art19',
  'case.art19-remove',
  'case.copy',
  'case.subject-move',
  'case.attachment-remove',
  'case.letter-void',
  'case.letter-unqueue',
  'case.automatic',
  'case.automatic-undo',
  'case.stopped',
  'subject.create',
  'subject.update',
  'subject.merge',
  'inventory.save',
  'inventory.delete',
  'inventory.restore',
  'case.data-import',
  'case.data-remove',
  'case.retention-delete',
  'subject.retention-delete',
  /** The user recorded a gap the audit log's high-water mark showed (core/audit/auditMark.ts). */
  'vault.audit-gap',
  /** Attachments no case entry referred to were removed after unlock (the store's sweep). */
  'vault.attachment-sweep'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ENTITY_TYPES = [
  'case',
  'subject',
  'settings',
  'inventory',
  'backup',
  'vault',
  'letter'
] as const
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number]

/**
 * One entry of the append-only audit log: who did what to which record, and when. It holds
 * facts of the procedure as an action code and parameters (codes, dates, references, counts),
 * never personal data or text the DPO typed (mission.md §3.12). Each event carries the hash of
 * the one before, so an edited, removed or reordered event is detected.
 */
export type AuditEvent = {
  seq: number
  at: IsoInstant
  actor: string
  /** An `AuditAction`; kept open so events of other versions still read. */
  action: string
  entityType: AuditEntityType
  entityId: string
  /** What the action needs to be described, e.g. `{ reference, from, to }`. */
  params?: MessageParams
  /** Events stored before actions had parameters carry a Swedish sentence instead. */
  summary?: string
  prevHash: string
  hash: string
}

export type AuditEventInput = {
  action: AuditAction
  entityType: AuditEntityType
  entityId: string
  params: MessageParams
}
