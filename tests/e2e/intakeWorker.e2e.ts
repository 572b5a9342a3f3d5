/**
 * The intake worker as the app ships it: the bundle electron-vite writes next to main
 * (`out/main/chunks/worker-*.js`, file-type bundled in) reads an e-mail, refuses a hostile one
 * and reads an export — in a plain Node worker thread, as Electron's main process starts it.
 * (The browser harness runs the worker from source; this checks the build.)
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { alternativeEml, withAttachment, PNG_1X1 } from '../fixtures/email'
import { customerCsvWindows1252 } from '../fixtures/exports'
import { REPO_ROOT } from './harness/launch'

function builtWorker(): Worker {
  const dir = path.join(REPO_ROOT, 'out/main/chunks')
  const file = readdirSync(dir).find((name) => /^worker-.*\.js$/.test(name))
  if (!file) throw new Error('out/main/chunks has no intake worker: run the build first')
  return new Worker(path.join(dir, file))
}

function ask(worker: Worker, message: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.postMessage(message)
  })
}

describe('the built intake worker', () => {
  it('reads an e-mail and an export, and refuses a lying attachment', async () => {
    const worker = builtWorker()
    try {
      const read = await ask(worker, {
        id: 1,
        kind: 'email',
        bytes: new Uint8Array(alternativeEml()),
        fileName: 'begaran.eml'
      })
      expect(read).toMatchObject({
        id: 1,
        ok: true,
        value: { from: { address: 'marta@example.se' }, subject: 'Begäran om registerutdrag' }
      })
      const lie = withAttachment({ name: 'faktura.pdf', mime: 'application/pdf', data: PNG_1X1 })
      expect(
        await ask(worker, { id: 2, kind: 'email', bytes: new Uint8Array(lie), fileName: 'x.eml' })
      ).toMatchObject({ id: 2, ok: false, refusal: { code: 'INTAKE_TYPE_MISMATCH' } })
      const opened = await ask(worker, {
        id: 3,
        kind: 'table-open',
        bytes: new Uint8Array(customerCsvWindows1252()),
        fileName: 'kunder.csv'
      })
      expect(opened).toMatchObject({ ok: true, value: { encoding: 'windows-1252' } })
      let step: Record<string, unknown> = {}
      for (let id = 4; id < 10; id++) {
        step = await ask(worker, { id, kind: 'table-next' })
        if ((step['value'] as { isDone?: boolean } | undefined)?.isDone) break
      }
      expect(step).toMatchObject({ ok: true, value: { isDone: true, rows: 23 } })
    } finally {
      await worker.terminate()
    }
  })
})
