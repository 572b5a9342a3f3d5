/// <reference types="electron-vite/node" />
/**
 * Main's side of the intake worker: one worker thread per e-mail parse or table import, with a
 * time limit per request and a heap limit. A worker that runs out of either is terminated and
 * the file refused as too complex (a hostile file, or a parser caught in a loop): main goes on.
 */
import { Worker } from 'node:worker_threads'
import workerPath from './worker?modulePath'
import type { WorkerOutcome, WorkerRequest, WorkerResponse, WorkerValue } from './protocol'
import { INTAKE_REFUSAL } from './refusal'

export type WorkerLimits = {
  /** Per request. */
  timeoutMs: number
  /** Heap of the worker (V8 old generation). */
  maxHeapMb: number
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeoutMs: 60_000, maxHeapMb: 2048 }

type Pending = {
  resolve: (outcome: WorkerOutcome<unknown>) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

type RequestBody = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never

/** Starts the worker: the bundled file in the app, the TypeScript source under tests (tsx). */
function spawn(limits: WorkerLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxHeapMb }
  if (/\.[cm]?ts$/.test(workerPath)) {
    const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(workerPath)})`
    return new Worker(bootstrap, { eval: true, resourceLimits })
  }
  return new Worker(workerPath, { resourceLimits })
}

export class IntakeWorker {
  readonly #worker: Worker
  readonly #pending = new Map<number, Pending>()
  #nextId = 1
  #ended = false

  constructor(private readonly limits: WorkerLimits = DEFAULT_WORKER_LIMITS) {
    this.#worker = spawn(limits)
    this.#worker.on('message', (response: WorkerResponse) => this.#settle(response))
    // Out of memory, a crash or an exit: every open request is refused, nothing else happens.
    this.#worker.on('error', () => this.#fail())
    this.#worker.on('exit', () => this.#fail())
  }

  /** Sends one request; the bytes in it are copied, so the caller's buffers stay usable. */
  request<K extends RequestBody['kind']>(
    body: Extract<RequestBody, { kind: K }>
  ): Promise<WorkerOutcome<WorkerValue[K]>> {
    if (this.#ended)
      return Promise.resolve({
        ok: false,
        refusal: { code: INTAKE_REFUSAL.sessionGone, params: {} }
      })
    const id = this.#nextId++
    const message = { ...body, id } as WorkerRequest
    const transfer: ArrayBuffer[] = []
    if ('bytes' in message) {
      const copy = new Uint8Array(message.bytes)
      message.bytes = copy
      transfer.push(copy.buffer as ArrayBuffer)
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#fail(), this.limits.timeoutMs)
      this.#pending.set(id, {
        resolve: resolve as Pending['resolve'],
        reject,
        timer
      })
      this.#worker.postMessage(message, transfer)
    })
  }

  /** Ends the worker (and with it whatever it holds: a parsed export). */
  terminate(): void {
    if (this.#ended) return
    this.#ended = true
    void this.#worker.terminate()
    this.#refuseAll(INTAKE_REFUSAL.sessionGone)
  }

  get isEnded(): boolean {
    return this.#ended
  }

  #settle(response: WorkerResponse): void {
    const pending = this.#pending.get(response.id)
    if (!pending) return
    this.#pending.delete(response.id)
    clearTimeout(pending.timer)
    if (response.ok) pending.resolve({ ok: true, value: response.value })
    else if ('refusal' in response) pending.resolve({ ok: false, refusal: response.refusal })
    else pending.reject(new Error(`Intake worker failed: ${response.error}`))
  }

  #fail(): void {
    if (this.#ended) {
      this.#refuseAll(INTAKE_REFUSAL.sessionGone)
      return
    }
    this.#ended = true
    void this.#worker.terminate()
    this.#refuseAll(INTAKE_REFUSAL.tooComplex)
  }

  #refuseAll(code: (typeof INTAKE_REFUSAL)[keyof typeof INTAKE_REFUSAL]): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer)
      pending.resolve({ ok: false, refusal: { code, params: {} } })
      this.#pending.delete(id)
    }
  }
}

/** Parses one e-mail in a worker of its own. */
export async function parseEmailInWorker(
  bytes: Uint8Array,
  fileName: string,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS
): Promise<WorkerOutcome<WorkerValue['email']>> {
  const worker = new IntakeWorker(limits)
  try {
    return await worker.request({ kind: 'email', bytes, fileName })
  } finally {
    worker.terminate()
  }
}
