/**
 * Main's intake service (issue 16): e-mails and exports are read in worker threads
 * (workerClient.ts); exports are kept as sessions — one worker each, holding the parsed rows —
 * until the renderer closes them, opens too many, or leaves one idle. Files chosen with the open
 * dialog are read here (only main touches the file system), after a size check.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { extensionOf } from './names'
import type { ParsedEmail } from './email'
import type { TableFilter, TableOpened, TableProgress, TableResult } from './table'
import {
  INTAKE_REFUSAL,
  MAX_INTAKE_BYTES,
  MAX_INTAKE_MB,
  refusalOf,
  type IntakeRefusal
} from './refusal'
import {
  DEFAULT_WORKER_LIMITS,
  IntakeWorker,
  parseEmailInWorker,
  type WorkerLimits
} from './workerClient'

export type Refused = { accepted: false; refusal: IntakeRefusal }

export type EmailRead =
  | {
      accepted: true
      email: ParsedEmail & {
        fileName: string
        original: { name: string; mime: string; data: Uint8Array }
      }
    }
  | Refused

export type TableOpenResult =
  ({ accepted: true; sessionId: string; fileName: string } & TableOpened) | Refused

/** Sessions kept at once; opening another ends the oldest. */
const MAX_SESSIONS = 3
/** An export nobody asked about for this long is dropped. */
const SESSION_IDLE_MS = 15 * 60 * 1000

type Session = {
  worker: IntakeWorker
  fileName: string
  bytes: Uint8Array
  idle: NodeJS.Timeout
}

const MIME_OF: Record<string, string> = {
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  csv: 'text/csv',
  txt: 'text/plain',
  tsv: 'text/tab-separated-values',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

export const mimeOfFile = (name: string) => MIME_OF[extensionOf(name)] ?? 'application/octet-stream'

/** Reads a chosen file, refusing it before reading when it is too large. */
export async function readChosenFile(
  filePath: string
): Promise<{ fileName: string; bytes: Uint8Array } | Refused> {
  const stat = await fs.stat(filePath)
  if (stat.size > MAX_INTAKE_BYTES)
    return {
      accepted: false,
      refusal: refusalOf(INTAKE_REFUSAL.tooLarge, { maxMb: MAX_INTAKE_MB })
    }
  return { fileName: path.basename(filePath), bytes: new Uint8Array(await fs.readFile(filePath)) }
}

export class IntakeService {
  readonly #sessions = new Map<string, Session>()

  constructor(private readonly limits: WorkerLimits = DEFAULT_WORKER_LIMITS) {}

  async readEmail(fileName: string, bytes: Uint8Array): Promise<EmailRead> {
    const outcome = await parseEmailInWorker(bytes, fileName, this.limits)
    if (!outcome.ok) return { accepted: false, refusal: outcome.refusal }
    return {
      accepted: true,
      email: {
        ...outcome.value,
        fileName,
        original: { name: fileName, mime: mimeOfFile(fileName), data: bytes }
      }
    }
  }

  async openTable(fileName: string, bytes: Uint8Array): Promise<TableOpenResult> {
    while (this.#sessions.size >= MAX_SESSIONS) this.close(this.#sessions.keys().next().value!)
    const worker = new IntakeWorker(this.limits)
    const outcome = await worker.request({ kind: 'table-open', bytes, fileName })
    if (!outcome.ok) {
      worker.terminate()
      return { accepted: false, refusal: outcome.refusal }
    }
    const sessionId = randomBytes(16).toString('hex')
    this.#sessions.set(sessionId, {
      worker,
      fileName,
      bytes,
      idle: this.#idleTimer(sessionId)
    })
    return { accepted: true, sessionId, fileName, ...outcome.value }
  }

  async next(sessionId: string): Promise<{ accepted: true; progress: TableProgress } | Refused> {
    const session = this.#touch(sessionId)
    if (!session) return this.#gone()
    const outcome = await session.worker.request({ kind: 'table-next' })
    if (!outcome.ok) {
      this.close(sessionId)
      return { accepted: false, refusal: outcome.refusal }
    }
    return { accepted: true, progress: outcome.value }
  }

  async filter(
    sessionId: string,
    filter: TableFilter
  ): Promise<{ accepted: true; result: TableResult } | Refused> {
    const session = this.#touch(sessionId)
    if (!session) return this.#gone()
    const outcome = await session.worker.request({ kind: 'table-filter', filter })
    if (!outcome.ok) return { accepted: false, refusal: outcome.refusal }
    return { accepted: true, result: outcome.value }
  }

  raw(sessionId: string): { fileName: string; mime: string; data: Uint8Array } | null {
    const session = this.#touch(sessionId)
    return session
      ? { fileName: session.fileName, mime: mimeOfFile(session.fileName), data: session.bytes }
      : null
  }

  close(sessionId: string): void {
    const session = this.#sessions.get(sessionId)
    if (!session) return
    clearTimeout(session.idle)
    session.worker.terminate()
    this.#sessions.delete(sessionId)
  }

  /** Ends every session (the vault locked, the app quits). */
  closeAll(): void {
    for (const id of [...this.#sessions.keys()]) this.close(id)
  }

  #gone(): Refused {
    return { accepted: false, refusal: refusalOf(INTAKE_REFUSAL.sessionGone) }
  }

  #touch(sessionId: string): Session | undefined {
    const session = this.#sessions.get(sessionId)
    if (!session) return undefined
    clearTimeout(session.idle)
    session.idle = this.#idleTimer(sessionId)
    return session
  }

  #idleTimer(sessionId: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.close(sessionId), SESSION_IDLE_MS)
    timer.unref()
    return timer
  }
}
