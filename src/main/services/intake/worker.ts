/**
 * The intake worker: parses untrusted files (e-mails, exports) in a worker thread so that a
 * hostile or huge file can neither block main's event loop nor take main down. Main gives it a
 * time limit and a heap limit and terminates it when either is passed (workerClient.ts).
 */
import { parentPort } from 'node:worker_threads'
import { parseEmail } from './email'
import type { WorkerRequest, WorkerResponse } from './protocol'
import { IntakeRefusalError } from './refusal'
import { TableSession } from './table'

let table: TableSession | null = null

/** Buffers to hand back without copying (attachments, rows stay here). */
function transferablesOf(value: unknown): ArrayBuffer[] {
  const found: ArrayBuffer[] = []
  const visit = (item: unknown) => {
    if (item instanceof Uint8Array) {
      if (
        item.byteOffset === 0 &&
        item.byteLength === item.buffer.byteLength &&
        item.buffer instanceof ArrayBuffer &&
        !found.includes(item.buffer)
      )
        found.push(item.buffer)
    } else if (Array.isArray(item)) item.forEach(visit)
    else if (item && typeof item === 'object') Object.values(item).forEach(visit)
  }
  visit(value)
  return found
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.kind) {
    case 'email':
      return parseEmail(request.bytes, request.fileName)
    case 'table-open':
      table = new TableSession(request.bytes, request.fileName)
      return table.open()
    case 'table-next':
      if (!table) throw new Error('No table is open')
      return table.next()
    case 'table-filter':
      if (!table) throw new Error('No table is open')
      return table.filter(request.filter)
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  void handle(request).then(
    (value) => {
      const response: WorkerResponse = { id: request.id, ok: true, value }
      parentPort!.postMessage(response, transferablesOf(value))
    },
    (error: unknown) => {
      const response: WorkerResponse =
        error instanceof IntakeRefusalError
          ? { id: request.id, ok: false, refusal: { code: error.code, params: error.params } }
          : {
              id: request.id,
              ok: false,
              error: error instanceof Error ? error.message : String(error)
            }
      parentPort!.postMessage(response)
    }
  )
})
