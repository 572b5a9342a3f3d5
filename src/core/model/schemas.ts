/**
 * Runtime schemas of the domain types, for data read back from storage or restored from a
 * backup (it may come from an older version or be damaged) and for data crossing IPC.
 * `satisfies` keeps each schema in step with its type in types.ts.
 */
import { z } from 'zod'
import { normaliseTask, TASK_CODES } from '../cases/tasks'
import type { MessageParam } from '../errors'
import {
  AUDIT_ENTITY_TYPES,
  CASE_CHANNELS,
  CASE_STATUSES,
  CASE_TYPES,
  DECISION_KINDS,
  EXTENSION_REASONS,
  LEGAL_BASES_FOR_BLOCK,
  type AuditEvent,
  type DataSubject,
  type DsrCase,
  type InventoryCategory,
  type OrganisationProfile
} from './types'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const isoInstant = z.string().min(10)

/** The longest value a letter's placeholder takes (the letter model, `core/pdf/model.ts`). */
export const LETTER_FIELD_MAX = 5_000

/**
 * Maximum lengths of the free texts the DPO types into a case (issue 10), enforced when a case is
 * stored and read by the forms for `maxLength` and their messages. Generous; a text that goes
 * into a letter (reasons, the extension's explanation, the fee's reason) is no longer than a
 * letter field, so every stored text fits the letter it belongs to.
 */
export const CASE_LIMITS = {
  description: 100_000,
  extensionExplanation: LETTER_FIELD_MAX,
  decisionReasons: LETTER_FIELD_MAX,
  feeReason: LETTER_FIELD_MAX,
  /** The highest fee the app records, in kronor (a reasonable fee, art. 15(3)). */
  feeMaxSek: 100_000,
  allowedUse: 1_000,
  notApplicableReason: 1_000,
  copyScope: 500,
  correspondenceSubject: 1_000,
  // An e-mail's text as received (intake): the original file is attached as well.
  correspondenceBody: 1_000_000,
  taskLabel: 500
} as const
const L = CASE_LIMITS

export const postalAddressSchema = z.object({
  co: z.string().max(200).optional(),
  street: z.string().max(200),
  postalCode: z.string().max(20),
  city: z.string().max(100),
  country: z.string().max(100).optional()
})

export const dataSubjectSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(300),
  personnummer: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(50).optional(),
  address: postalAddressSchema.optional(),
  customerRefs: z.array(z.string().max(100)).max(100),
  notes: z.string().max(20_000).optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant
}) satisfies z.ZodType<DataSubject>

const correspondenceSchema = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  medium: z.enum(CASE_CHANNELS),
  at: isoInstant,
  subject: z.string().max(L.correspondenceSubject),
  body: z.string().max(L.correspondenceBody).optional(),
  attachmentIds: z.array(z.string()),
  toPost: z.boolean().optional(),
  postedAt: isoDate.optional(),
  letter: z
    .object({
      templateId: z.string().max(60),
      scope: z.string().max(500).optional(),
      period: z.object({ from: isoDate, to: isoDate }).optional()
    })
    .optional(),
  voidedAt: isoInstant.optional(),
  voidReason: z.string().max(2000).optional(),
  removedAttachments: z
    .array(
      z.object({
        id: z.string(),
        name: z.string().max(300),
        removedAt: isoInstant,
        reason: z.string().max(2000)
      })
    )
    .optional()
})

/** Bounds of imported data: what one registerutdrag can sensibly carry. */
export const COLLECTED_LIMITS = {
  tables: 200,
  columns: 30,
  rows: 2000,
  cell: 2000,
  header: 200
} as const

export const collectedTableSchema = z
  .object({
    id: z.string().min(1).max(100),
    categoryId: z.string().min(1).max(100),
    source: z.string().trim().min(1).max(100),
    fileName: z.string().max(260),
    importedAt: isoInstant,
    columns: z.array(z.string().max(COLLECTED_LIMITS.header)).min(1).max(COLLECTED_LIMITS.columns),
    rows: z
      .array(z.array(z.string().max(COLLECTED_LIMITS.cell)).max(COLLECTED_LIMITS.columns))
      .max(COLLECTED_LIMITS.rows)
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
    message: 'Every row has one cell per column'
  })

export const dsrCaseSchema = z.object({
  id: z.string().min(1),
  reference: z.string().regex(/^DSR-\d{4}-\d{4,}$/),
  type: z.enum(CASE_TYPES),
  channel: z.enum(CASE_CHANNELS),
  subjectId: z.string().min(1),
  receivedAt: isoDate,
  status: z.enum(CASE_STATUSES),
  description: z.string().max(L.description).optional(),
  extension: z
    .object({
      reason: z.enum(EXTENSION_REASONS),
      explanation: z.string().max(L.extensionExplanation),
      decidedAt: isoDate,
      newDue: isoDate
    })
    .optional(),
  clockStops: z.array(
    z.object({
      reason: z.enum(['identity', 'clarification']),
      questionSentAt: isoDate,
      from: isoDate,
      to: isoDate.optional()
    })
  ),
  // Tolerant reader: tasks stored before they had codes carry a Swedish label; known default
  // labels become their code again (no migration needed), the DPO's own tasks keep the label.
  tasks: z.array(
    z
      .object({
        id: z.string(),
        code: z.enum(TASK_CODES).optional(),
        label: z.string().max(L.taskLabel).optional(),
        done: z.boolean(),
        doneAt: isoInstant.optional()
      })
      .refine((task) => task.code !== undefined || task.label !== undefined)
      .transform(normaliseTask)
  ),
  decisions: z.array(
    z.object({
      id: z.string(),
      at: isoInstant,
      kind: z.enum(DECISION_KINDS).catch('other'),
      reasons: z.string().max(L.decisionReasons)
    })
  ),
  correspondence: z.array(correspondenceSchema),
  fee: z
    .object({
      amountSek: z.number(),
      reason: z.string().max(L.feeReason),
      warnedAt: isoDate.optional()
    })
    .optional(),
  erasure: z.array(
    z.object({
      categoryId: z.string(),
      action: z.enum(['erase', 'block']),
      legalBasis: z.enum(LEGAL_BASES_FOR_BLOCK).optional(),
      startEvent: isoDate.optional(),
      releaseDate: isoDate.optional(),
      allowedUse: z.string().max(L.allowedUse).optional(),
      erasedAt: isoDate.optional()
    })
  ),
  recipientNotices: z.array(
    z.object({
      recipientId: z.string(),
      notifiedAt: isoDate.optional(),
      notApplicableReason: z.string().max(L.notApplicableReason).optional()
    })
  ),
  stopped: z
    .array(
      z.object({
        id: z.string(),
        what: z.string().min(1).max(500),
        system: z.string().min(1).max(200),
        from: isoDate
      })
    )
    .max(100)
    .optional(),
  copy: z
    .object({
      deliveredAt: isoDate,
      scope: z.string().max(L.copyScope),
      period: z.object({ from: isoDate, to: isoDate }).optional(),
      free: z.boolean()
    })
    .optional(),
  collected: z.array(collectedTableSchema).max(COLLECTED_LIMITS.tables).optional(),
  answeredAt: isoDate.optional(),
  closedAt: isoInstant.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant
}) satisfies z.ZodType<DsrCase>

/** The most purposes or recipients one category of the processing inventory lists. */
export const INVENTORY_LIST_MAX = 50

export const inventoryCategorySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  examples: z.string().max(2000),
  purposes: z.array(z.string().max(1000)).max(INVENTORY_LIST_MAX),
  legalBasis: z.string().max(1000),
  recipients: z.array(z.string().max(500)).max(INVENTORY_LIST_MAX),
  namedRecipients: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        role: z.enum(['processor', 'authority', 'other'])
      })
    )
    .max(INVENTORY_LIST_MAX)
    .optional(),
  retention: z.string().max(2000),
  source: z.string().max(1000)
}) satisfies z.ZodType<InventoryCategory>

export const organisationProfileSchema = z.object({
  name: z.string().min(1).max(200),
  orgNumber: z.string().max(20),
  address: postalAddressSchema,
  dpoName: z.string().max(200),
  dpoTitle: z.string().max(200),
  email: z.string().max(320),
  phone: z.string().max(50).optional(),
  website: z.string().max(200).optional(),
  signatoryName: z.string().max(200),
  signatoryTitle: z.string().max(200),
  // Optional: profiles stored before it existed read as a calendar financial year.
  financialYearEndMonth: z.number().int().min(1).max(12).optional()
}) satisfies z.ZodType<OrganisationProfile>

const messageParam: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(messageParam),
    z.record(z.string(), messageParam)
  ])
)

export const messageParamsSchema = z.record(z.string(), messageParam)

export const auditEventSchema = z
  .object({
    seq: z.number().int().positive(),
    at: isoInstant,
    actor: z.string(),
    action: z.string(),
    entityType: z.enum(AUDIT_ENTITY_TYPES),
    entityId: z.string(),
    params: messageParamsSchema.optional(),
    /** Events stored before parameters existed. */
    summary: z.string().optional(),
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .refine(
    (event) => (event.params === undefined) !== (event.summary === undefined)
  ) satisfies z.ZodType<AuditEvent>
