/** Messages between main and the intake worker (worker.ts ↔ workerClient.ts). */
import type { ParsedEmail } from './email'
import type { IntakeRefusal } from './refusal'
import type { TableFilter, TableOpened, TableProgress, TableResult } from './table'

export type WorkerRequest =
  | { id: number; kind: 'email'; bytes: Uint8Array; fileName: string }
  | { id: number; kind: 'table-open'; bytes: Uint8Array; fileName: string }
  | { id: number; kind: 'table-next' }
  | { id: number; kind: 'table-filter'; filter: TableFilter }

export type WorkerValue = {
  email: ParsedEmail
  'table-open': TableOpened
  'table-next': TableProgress
  'table-filter': TableResult
}

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; refusal: IntakeRefusal }
  | { id: number; ok: false; error: string }

export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; refusal: IntakeRefusal }
