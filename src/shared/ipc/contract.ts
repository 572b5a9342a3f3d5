import { z } from 'zod'
import type { IpcChannel, IpcEvent } from './channels'
import type { Result } from '../result'
import { auditMarkSchema } from '../../core/audit/auditMark'
import { organisationProfileSchema } from '../../core/model/schemas'
import {
  LANGUAGES,
  letterLayoutSchema,
  letterSchema,
  registerutdragSchema
} from '../../core/pdf/model'
import { intakeContract } from './intake'

/** Binary data: Uint8Array in the renderer, Buffer (a Uint8Array) in main. */
export const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'Expected binary data'
)

/** What the app shows about a signing certificate; also stored in clear beside the sealed key. */
export const certificateInfoSchema = z.object({
  subjectName: z.string(),
  organisation: z.string(),
  issuerName: z.string(),
  isSelfSigned: z.boolean(),
  validFrom: z.string(),
  validTo: z.string(),
  fingerprint: z.string()
})

const signingStatus = z.object({
  hasIdentity: z.boolean(),
  isUnlocked: z.boolean(),
  certificate: certificateInfoSchema.nullable()
})

const renderedPdf = z.object({
  pdf: bytes,
  sha256: z.string(),
  pageCount: z.number().int(),
  isSigned: z.boolean()
})

const MAX_PDF_BYTES = 30 * 1024 * 1024
const pdfBytes = bytes.refine(
  (value) => value.length > 4 && value.length <= MAX_PDF_BYTES,
  'A PDF of at most 30 MB'
)

const backupStatus = z.object({
  folder: z.string().nullable(),
  isAutomatic: z.boolean(),
  lastVerified: z
    .object({ name: z.string(), createdAt: z.string(), verifiedAt: z.string(), size: z.number() })
    .nullable()
})

/**
 * Rows of a backup as frames in the compact encoding of core/backup/records.ts (FrameEncoder):
 * one buffer per batch instead of thousands of objects. Main checks every frame as it arrives.
 */
const MAX_FRAME_BATCH = 64 * 1024 * 1024
const frameBatch = bytes.refine(
  (value) => value.length <= MAX_FRAME_BATCH,
  'At most 64 MB of rows per batch'
)

const counts = z.record(z.string().max(50), z.number().int().nonnegative())
const sessionId = z.string().regex(/^[0-9a-f]{32}$/)

const backupPreview = z.object({
  restoreId: sessionId,
  name: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  counts,
  /** Records per kind (cases, subjects); absent in backups made before schema v3. */
  records: counts.optional(),
  keyring: z.unknown(),
  schemaVersion: z.number().int(),
  /** The audit log's high-water mark stored in the backup (null: none). */
  auditMark: auditMarkSchema.nullable()
})

/**
 * Argon2id parameters as stored in the keyring, bounded here; main then derives only with
 * exactly the ones this app writes (DEFAULT_ARGON2) and refuses others with
 * VAULT_KDF_PARAMS_REFUSED, a message the user can read (e.g. for a tampered key file), so a
 * request can neither exhaust main's memory and CPU nor weaken the derivation.
 */
export const argon2ParamsSchema = z.object({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().min(65536).max(1048576),
  iterations: z.number().int().min(3).max(20),
  parallelism: z.number().int().min(1).max(4),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/)
})

/**
 * THE IPC contract: every channel the renderer may invoke, with the schema main validates its
 * input against and the schema of its output. Nothing else declares a channel.
 * Channel names are `area:verb-noun`.
 */
export const ipcContract = {
  /** Name, version and data folder of the running app, shown in the app shell. */
  'app:get-info': {
    input: z.undefined(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataFolder: z.string(),
      platform: z.string()
    })
  },
  /**
   * Argon2id key-encryption key from a passphrase (WASM runs in main only). The renderer uses
   * the result to unwrap the data key and then drops it. One derivation at a time: a call while
   * another runs is refused (VAULT_KDF_BUSY).
   */
  'vault:derive-key': {
    input: z.object({ passphrase: z.string().min(1).max(1024), params: argon2ParamsSchema }),
    output: z.object({ key: bytes })
  },
  /**
   * Desktop reminders for deadlines. The renderer decides what to remind (once per case and day);
   * main shows them. Texts name the case reference only, never the data subject.
   */
  'notify:show-deadlines': {
    input: z.object({
      alerts: z
        .array(
          z.object({
            /** The case to open on click; null for a summary line ("3 more…"). */
            caseId: z
              .string()
              .regex(/^[A-Za-z0-9_-]{1,100}$/)
              .nullable(),
            title: z.string().min(1).max(200),
            body: z.string().max(500)
          })
        )
        .max(10)
    }),
    output: z.object({ shown: z.number().int() })
  },
  /** Whether a signing certificate is set up and unlocked, and which. */
  'signing:get-status': { input: z.undefined(), output: signingStatus },
  /**
   * After the vault unlocks: the key (HKDF of the data key, 'signing-key-wrap') that opens the
   * stored signing identity. Main keeps it until `signing:lock`.
   */
  'signing:unlock': {
    input: z.object({ wrapKey: bytes.refine((key) => key.length === 32, 'A 32-byte key') }),
    output: signingStatus
  },
  'signing:lock': { input: z.undefined(), output: z.object({ isLocked: z.literal(true) }) },
  /** Creates a self-signed certificate for the signatory and stores it encrypted. */
  'signing:generate-self-signed': {
    input: z.object({
      name: z.string().trim().min(1).max(120),
      organisation: z.string().trim().min(1).max(120),
      email: z.string().trim().max(200).optional()
    }),
    output: signingStatus
  },
  /** Imports the organisation's PKCS#12 (RSA or EC key) and stores it encrypted. */
  'signing:import-p12': {
    input: z.object({
      p12: bytes.refine(
        (value) => value.length > 0 && value.length <= 200_000,
        'A PKCS#12 file of at most 200 kB'
      ),
      password: z.string().max(1000)
    }),
    output: signingStatus
  },
  /** Renders (and signs, when asked) a registerutdrag. */
  'pdf:render-registerutdrag': {
    input: z.object({ model: registerutdragSchema, sign: z.boolean() }),
    output: renderedPdf
  },
  /** Renders (and signs, when asked) a case letter from its template. */
  'pdf:render-letter': {
    input: z.object({ model: letterSchema, sign: z.boolean() }),
    output: renderedPdf
  },
  /** A test page that shows where the address lands in a window envelope. */
  'pdf:render-alignment-test': {
    input: z.object({
      language: z.enum(LANGUAGES),
      organisation: organisationProfileSchema,
      layout: letterLayoutSchema,
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
    }),
    output: renderedPdf
  },
  /** Merges letters into one printable PDF for the post. */
  'pdf:merge-for-post': {
    input: z.object({ pdfs: z.array(pdfBytes).min(1).max(200) }),
    output: renderedPdf
  },
  /** Asks where to save a PDF (save dialog in main) and writes it. */
  'pdf:save': {
    input: z.object({ pdf: pdfBytes, suggestedName: z.string().trim().min(1).max(200) }),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), path: z.string() }),
      z.object({ saved: z.literal(false) })
    ])
  },
  /** The backup folder, whether backups run by themselves, and the last verified backup. */
  'backup:get-status': { input: z.undefined(), output: backupStatus },
  /** Folder picker in main; the folder is checked and stored canonical. */
  'backup:choose-folder': {
    input: z.undefined(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), status: backupStatus }),
      z.object({ chosen: z.literal(false) })
    ])
  },
  'backup:set-automatic': { input: z.object({ isAutomatic: z.boolean() }), output: backupStatus },
  /**
   * Starts a backup file. The renderer sends the chunk key (HKDF of the data key), the keyring
   * and the counts of the snapshot it is about to send.
   */
  'backup:begin': {
    input: z.object({
      backupKey: bytes.refine((key) => key.length === 32, 'A 32-byte key'),
      keyring: z.unknown(),
      schemaVersion: z.number().int().positive(),
      counts,
      /** Records per kind (cases, subjects): rows of paged tables hold several (ADR 0015). */
      records: counts,
      attachmentBytes: z.number().int().nonnegative(),
      /** The audit log's high-water mark for the header (see core/audit/auditMark.ts). */
      auditMark: auditMarkSchema.nullable().optional()
    }),
    output: z.object({ sessionId, name: z.string() })
  },
  /** Rows of the snapshot as stored (ciphertext), encoded as frames, in batches. */
  'backup:append': {
    input: z.object({ sessionId, frames: frameBatch }),
    output: z.object({ accepted: z.number().int() })
  },
  /** Seals, syncs, renames and reads the file back; returns only when it verified. */
  'backup:finish': {
    input: z.object({ sessionId }),
    output: z.object({
      name: z.string(),
      size: z.number(),
      createdAt: z.string(),
      counts,
      sha256: z.string()
    })
  },
  'backup:abort': {
    input: z.object({ sessionId }),
    output: z.object({ aborted: z.literal(true) })
  },
  /** Backups in the folder, newest first. */
  'backup:list': {
    input: z.undefined(),
    output: z.array(
      z.object({
        name: z.string(),
        size: z.number(),
        createdAt: z.string(),
        counts,
        records: counts.optional(),
        isVerified: z.boolean()
      })
    )
  },
  /** Deletes what the retention policy no longer keeps (never the newest verified backup). */
  'backup:prune': { input: z.undefined(), output: z.object({ deleted: z.array(z.string()) }) },
  /** Restore from any file (a new computer): file picker in main, then the preview. */
  'backup:restore-choose-file': {
    input: z.undefined(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), preview: backupPreview }),
      z.object({ chosen: z.literal(false) })
    ])
  },
  /** Restore from a backup in the folder. */
  'backup:restore-select': {
    input: z.object({ name: z.string().max(100) }),
    output: backupPreview
  },
  /** Decrypts and verifies the whole file with the backup key before anything is restored. */
  'backup:restore-open': {
    input: z.object({
      restoreId: sessionId,
      backupKey: bytes.refine((key) => key.length === 32, 'A 32-byte key')
    }),
    output: z.object({ counts, sidecars: z.array(z.string()), rows: z.number().int() })
  },
  /** The next rows of the verified backup (about 1 MB of frames; the renderer decodes them). */
  'backup:restore-next': {
    input: z.object({ restoreId: sessionId }),
    output: z.object({ frames: frameBatch, rows: z.number().int(), isDone: z.boolean() })
  },
  /** After the restored database verified: puts back main's files (the signing identity). */
  'backup:restore-commit': {
    input: z.object({ restoreId: sessionId }),
    output: z.object({ committed: z.literal(true) })
  },
  'backup:restore-close': {
    input: z.object({ restoreId: sessionId }),
    output: z.object({ closed: z.literal(true) })
  },
  /** The audit log's high-water mark kept in main's data folder (null: none yet). */
  'audit:get-mark': {
    input: z.undefined(),
    output: z.object({ mark: auditMarkSchema.nullable() })
  },
  /**
   * Stores a newer mark after audit events were committed. Main cannot check the MAC (the
   * renderer holds the key); it refuses to move a vault's mark back unless the user has
   * acknowledged a gap in the log (`isGapAcknowledged`, recorded in the log itself).
   */
  'audit:store-mark': {
    input: z.object({ mark: auditMarkSchema, isGapAcknowledged: z.boolean().optional() }),
    output: z.object({ stored: z.boolean(), mark: auditMarkSchema })
  },
  /** Saves a report (CSV text, already neutralised against formula injection) via a save dialog. */
  'report:save-csv': {
    input: z.object({
      csv: z.string().max(20 * 1024 * 1024),
      suggestedName: z.string().trim().min(1).max(200)
    }),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), path: z.string() }),
      z.object({ saved: z.literal(false) })
    ])
  },
  /**
   * Saves a case's attachment (any type) where the DPO chooses, byte for byte as stored: main's
   * save dialog, an atomic write, and a read-back that the bytes on disk are the same.
   */
  'file:save-attachment': {
    input: z.object({
      data: bytes.refine(
        (value) => value.length > 0 && value.length <= 50 * 1024 * 1024,
        'A file of at most 50 MB'
      ),
      name: z.string().trim().min(1).max(255)
    }),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), path: z.string() }),
      z.object({ saved: z.literal(false) })
    ])
  },
  ...intakeContract
} as const satisfies Record<IpcChannel, { input: z.ZodType; output: z.ZodType }>

/** Payloads of the events main pushes to the renderer. */
export const ipcEvents = {
  /** Main asks the renderer to lock now (screen locked, system suspending, idle). */
  'app:lock-requested': z.object({ reason: z.enum(['idle', 'lock-screen', 'suspend', 'user']) }),
  /** Main asks the renderer to show a route, e.g. after a click on a deadline notification. */
  'app:navigate': z.object({ path: z.string().regex(/^\/[A-Za-z0-9/_-]*$/) })
} as const satisfies Record<IpcEvent, z.ZodType>

export type IpcContract = typeof ipcContract
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEvents)[E]>

/** The object the preload exposes as `window.api`. */
export interface Api {
  invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<Result<IpcOutput<C>>>
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void
}
