/**
 * The intake channels (issue 16): e-mails and exports read in main's worker, deadlines saved as
 * a calendar file. Kept apart from contract.ts, which spreads them into the one contract.
 */
import { z } from 'zod'
import { messageParamsSchema } from '../../core/model/schemas'
import { MATCH_KINDS } from '../../core/intake/tableMatch'

/** Binary data: Uint8Array in the renderer, Buffer (a Uint8Array) in main. */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected binary data')

/** Why main refused a file; the renderer shows `error.<code>` with the parameters. */
export const INTAKE_REFUSAL = {
  tooLarge: 'INTAKE_TOO_LARGE',
  unsupported: 'INTAKE_UNSUPPORTED',
  malformed: 'INTAKE_MALFORMED',
  malformedRow: 'INTAKE_MALFORMED_ROW',
  noSender: 'INTAKE_NO_SENDER',
  encodedWordTrick: 'INTAKE_ENCODED_WORD_TRICK',
  senderMismatch: 'INTAKE_SENDER_MISMATCH',
  nestedTooDeep: 'INTAKE_NESTED_TOO_DEEP',
  tooManyParts: 'INTAKE_TOO_MANY_PARTS',
  zipBomb: 'INTAKE_ZIP_BOMB',
  typeMismatch: 'INTAKE_TYPE_MISMATCH',
  executable: 'INTAKE_EXECUTABLE',
  tooComplex: 'INTAKE_TOO_COMPLEX',
  emptyTable: 'INTAKE_EMPTY_TABLE',
  tableTooLarge: 'INTAKE_TABLE_TOO_LARGE',
  tooManyMatches: 'INTAKE_TOO_MANY_MATCHES',
  sessionGone: 'INTAKE_SESSION_GONE'
} as const

export type IntakeRefusalCode = (typeof INTAKE_REFUSAL)[keyof typeof INTAKE_REFUSAL]

/** Largest e-mail or export accepted (the attachment limit). */
export const MAX_INTAKE_BYTES = 50 * 1024 * 1024
export const MAX_INTAKE_MB = 50

const refusal = z.object({
  code: z.enum(Object.values(INTAKE_REFUSAL) as [IntakeRefusalCode, ...IntakeRefusalCode[]]),
  params: messageParamsSchema
})
export type IntakeRefusal = z.infer<typeof refusal>

const fileName = z.string().trim().min(1).max(260)
const inputBytes = bytes.refine(
  (value) => value.length <= MAX_INTAKE_BYTES,
  `A file of at most ${MAX_INTAKE_MB} MB`
)
const sessionId = z.string().regex(/^[0-9a-f]{32}$/)

const parsedEmail = z.object({
  fileName: z.string(),
  format: z.enum(['eml', 'msg']),
  from: z.object({ name: z.string(), address: z.string() }),
  subject: z.string(),
  date: z.string().nullable(),
  text: z.string(),
  wasHtml: z.boolean(),
  attachments: z.array(
    z.object({
      name: z.string(),
      mime: z.string(),
      size: z.number().int().nonnegative(),
      isInline: z.boolean(),
      data: bytes
    })
  ),
  /** The file itself, to keep in the case next to what was read from it. */
  original: z.object({ name: z.string(), mime: z.string(), data: bytes })
})
export type ParsedEmailView = z.infer<typeof parsedEmail>

const emailResult = z.discriminatedUnion('accepted', [
  z.object({ accepted: z.literal(true), email: parsedEmail }),
  z.object({ accepted: z.literal(false), refusal })
])

const tableOpened = z.discriminatedUnion('accepted', [
  z.object({
    accepted: z.literal(true),
    sessionId,
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
    bytes: z.number().int().nonnegative()
  }),
  z.object({ accepted: z.literal(false), refusal })
])

const tableProgress = z.object({
  isDone: z.boolean(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  rows: z.number().int().nonnegative(),
  columns: z.array(z.string()).optional(),
  sample: z.array(z.array(z.string())).optional(),
  delimiter: z.string().optional(),
  sheet: z.string().optional(),
  sheets: z.number().int().optional()
})

const index = z.number().int().min(0).max(10_000)
const tableFilter = z.object({
  match: z
    .array(z.object({ column: index, kind: z.enum(MATCH_KINDS) }))
    .min(1)
    .max(20),
  identifiers: z.object({
    personnummer: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    emails: z.array(z.string().max(320)).max(20),
    customerRefs: z.array(z.string().max(100)).max(100)
  }),
  categories: z
    .array(z.object({ categoryId: z.string().min(1).max(100), columns: z.array(index).max(30) }))
    .max(50),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
})
export type TableFilterInput = z.infer<typeof tableFilter>

const tableResult = z.object({
  matched: z.number().int().nonnegative(),
  tables: z.array(
    z.object({
      categoryId: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string()))
    })
  )
})

const saved = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) })
])

export const intakeContract = {
  /** Reads a dropped e-mail (.eml or .msg) in main's worker; refused files say why. */
  'intake:parse-email': {
    input: z.object({ fileName, bytes: inputBytes }),
    output: emailResult
  },
  /** "Importera e-post": the open dialog in main, then the same reading. */
  'intake:choose-email': {
    input: z.undefined(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), result: emailResult }),
      z.object({ chosen: z.literal(false) })
    ])
  },
  /** Starts reading a dropped export (CSV or XLSX); the rows stay in main. */
  'intake:table-open': {
    input: z.object({ fileName, bytes: inputBytes }),
    output: tableOpened
  },
  /** Chooses an export with the open dialog in main, then starts reading it. */
  'intake:table-choose': {
    input: z.undefined(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), result: tableOpened }),
      z.object({ chosen: z.literal(false) })
    ])
  },
  /** Reads the next part of the export; once done, the columns and the first rows. */
  'intake:table-next': {
    input: z.object({ sessionId }),
    output: z.discriminatedUnion('accepted', [
      z.object({ accepted: z.literal(true), progress: tableProgress }),
      z.object({ accepted: z.literal(false), refusal })
    ])
  },
  /** The rows of one person, per inventory category. */
  'intake:table-filter': {
    input: z.object({ sessionId, filter: tableFilter }),
    output: z.discriminatedUnion('accepted', [
      z.object({ accepted: z.literal(true), result: tableResult }),
      z.object({ accepted: z.literal(false), refusal })
    ])
  },
  /** The export as it was read, to attach it to the case. */
  'intake:table-raw': {
    input: z.object({ sessionId }),
    output: z.object({ fileName: z.string(), mime: z.string(), data: bytes })
  },
  /** Ends an import: main drops the rows. */
  'intake:table-close': {
    input: z.object({ sessionId }),
    output: z.object({ closed: z.literal(true) })
  },
  /** Saves deadlines as an .ics file through the save dialog. */
  'calendar:save-ics': {
    input: z.object({
      ics: z
        .string()
        .min(1)
        .max(5 * 1024 * 1024),
      suggestedName: z.string().trim().min(1).max(200)
    }),
    output: saved
  }
} as const
