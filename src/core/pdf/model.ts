/**
 * What the DPO's documents are made of: plain data, validated when it crosses into main.
 * Builders in this folder turn these models into pdfmake document definitions. User text only
 * ever becomes the string of a text node (never an object key, a URL or a path).
 */
import { z } from 'zod'
import {
  inventoryCategorySchema,
  LETTER_FIELD_MAX,
  organisationProfileSchema,
  postalAddressSchema
} from '../model/schemas'

const text = (max: number) => z.string().max(max)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const LANGUAGES = ['sv', 'en'] as const
export type DocLanguage = (typeof LANGUAGES)[number]

/** Image bytes (PNG or JPEG only, checked by magic number), at most 2 MB. */
export const imageSchema = z
  .custom<Uint8Array>(
    (value) =>
      value instanceof Uint8Array ||
      (ArrayBuffer.isView(value) &&
        Object.prototype.toString.call(value) === '[object Uint8Array]'),
    'Expected image bytes'
  )
  .refine(
    (bytes) => bytes.length > 8 && bytes.length <= 2 * 1024 * 1024,
    'Image must be between 8 bytes and 2 MB'
  )
  .refine((bytes) => isPng(bytes) || isJpeg(bytes), 'Image must be PNG or JPEG')

export function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}

/**
 * Where the recipient address sits: the top-left corner of the DIN 5008 form B address field
 * (85 × 45 mm, first 17.7 mm for the return address), in millimetres from the page's top-left.
 */
export const letterLayoutSchema = z.object({
  addressLeftMm: z.number().min(5).max(120),
  addressTopMm: z.number().min(10).max(120)
})
export type LetterLayout = z.infer<typeof letterLayoutSchema>
export const DEFAULT_LAYOUT: LetterLayout = { addressLeftMm: 20, addressTopMm: 45 }

export const recipientSchema = z.object({ name: text(200).min(1), address: postalAddressSchema })

export const signatureBlockSchema = z.object({
  name: text(200).min(1),
  title: text(200),
  image: imageSchema.optional()
})

const commonSchema = z.object({
  language: z.enum(LANGUAGES),
  organisation: organisationProfileSchema,
  logo: imageSchema.optional(),
  recipient: recipientSchema,
  reference: z.string().regex(/^DSR-\d{4}-\d{4,}$/),
  date: isoDate,
  signature: signatureBlockSchema,
  /** SHA-256 fingerprint of the signing certificate, printed so a recipient can check it. */
  certificateFingerprint: z
    .string()
    .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    .optional(),
  layout: letterLayoutSchema
})

/**
 * Rows of data imported from another system (issue 16): column headers and one row per record
 * about the subject, printed as a table under its category.
 */
export const dataTableSchema = z
  .object({
    /** Where the rows come from, e.g. "kundsystemet". */
    source: text(100).min(1),
    columns: z.array(text(200)).min(1).max(30),
    rows: z.array(z.array(text(2000)).max(30)).max(2000)
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
    message: 'Every row has one cell per column'
  })

export const dataSectionSchema = z.object({
  categoryId: text(100),
  categoryName: text(200).min(1),
  entries: z.array(z.object({ label: text(200), value: text(5000) })).max(500),
  /** Imported tables; absent in models made before imports existed. */
  tables: z.array(dataTableSchema).max(20).optional(),
  note: text(5000).optional()
})

export const registerutdragSchema = commonSchema.extend({
  subject: z.object({ name: text(200).min(1), personnummer: text(20).optional() }),
  /** The period the copy covers, if limited. */
  period: z.object({ from: isoDate, to: isoDate }).optional(),
  dataSections: z.array(dataSectionSchema).max(50),
  inventory: z.array(inventoryCategorySchema).max(50),
  /** Recipients who actually received the subject's data (CJEU C-154/21), if known. */
  namedRecipients: z.array(text(300)).max(100),
  automatedDecisions: text(3000),
  transfers: text(3000)
})
export type RegisterutdragModel = z.infer<typeof registerutdragSchema>

export const LETTER_TEMPLATE_IDS = [
  'receiptAcknowledgement',
  'identificationRequest',
  'extensionNotice',
  'feeWarning',
  'rectificationDone',
  'erasureDone',
  'erasurePartial',
  'erasureBlocked',
  'refusal',
  'marketingOptOutConfirmation',
  'restrictionDone',
  'objectionDone',
  'portabilityDelivery'
] as const
export type LetterTemplateId = (typeof LETTER_TEMPLATE_IDS)[number]

/**
 * The erasure answer comes in three forms whose subject line says what was done: everything
 * erased, partly erased (some categories blocked), or blocked (nothing erased yet). A case
 * offers one "erasure" letter and the app picks the form from the decisions (`letterFor`).
 */
export const ERASURE_TEMPLATE_IDS = ['erasureDone', 'erasurePartial', 'erasureBlocked'] as const

/** The letters a case offers: the erasure forms appear once, as `erasureDone`. */
/**
 * The templates the DPO picks in a case: the erasure answer picks its own form, and the
 * portability letter is made together with its package in the portability section.
 */
export const CASE_LETTER_TEMPLATE_IDS = LETTER_TEMPLATE_IDS.filter(
  (id) => id !== 'erasurePartial' && id !== 'erasureBlocked' && id !== 'portabilityDelivery'
)

export const letterSchema = commonSchema.extend({
  templateId: z.enum(LETTER_TEMPLATE_IDS),
  /** The template text as the DPO edited it; `{{field}}` placeholders. */
  template: z.object({ subject: text(300).min(1), body: text(20_000).min(1) }),
  /** Values for the placeholders, inserted as plain text. */
  fields: z
    .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/), text(LETTER_FIELD_MAX))
    .refine((record) => Object.keys(record).length <= 50)
})
export type LetterModel = z.infer<typeof letterSchema>
