/**
 * Issue 10: no raw ZodError or technical text ever reaches the DPO. Every channel of the IPC
 * contract gets malformed input (wrong shapes, wrong types, missing values) and every string it
 * takes made over-long, through main's router; the error the renderer shows for the result
 * (`errorText` of the IpcError the renderer throws) must be a readable sentence in Swedish and in
 * English that names the field where main's issues allow it.
 */
import { describe, expect, it } from 'vitest'
import { AUDIT_MARK_VERSION } from '../../src/core/audit/auditMark'
import { DEFAULT_LAYOUT } from '../../src/core/pdf/model'
import { dispatch, type Handlers } from '../../src/main/ipc/router'
import { errorText, translator } from '../../src/renderer/src/lib/i18n/text'
import { IpcError } from '../../src/renderer/src/lib/ipcError'
import { IPC_CHANNELS, type IpcChannel } from '../../src/shared/ipc/channels'
import type { IpcInput } from '../../src/shared/ipc/contract'
import type { Result } from '../../src/shared/result'
import { ENTRACK, sampleLetter, sampleRegisterutdrag } from '../fixtures/documents'

const trusted = { senderFrame: { url: 'app://dpo-desk/index.html' } }
const options = { isTrustedSender: (url: string) => url.startsWith('app://dpo-desk/') }
const sessionId = 'a'.repeat(32)
const auditMark = {
  version: AUDIT_MARK_VERSION,
  vault: 'b'.repeat(32),
  count: 3,
  headHash: 'c'.repeat(64),
  headAt: '2026-11-24T08:00:00.000Z',
  mac: 'd'.repeat(64)
} as const
const key = () => new Uint8Array(32)

/** A valid input for every channel: the compiler asks for one when a channel is added. */
const SAMPLES: { [C in IpcChannel]: IpcInput<C> } = {
  'app:get-info': undefined,
  'vault:derive-key': {
    passphrase: 'korrekt häst batteri',
    params: {
      algorithm: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 1,
      salt: `${'A'.repeat(22)}==`
    }
  },
  'notify:show-deadlines': {
    alerts: [{ caseId: 'case-1', title: 'DSR-2026-0001', body: 'Sista dag i dag' }]
  },
  'signing:get-status': undefined,
  'signing:unlock': { wrapKey: key() },
  'signing:lock': undefined,
  'signing:generate-self-signed': {
    name: 'Susanne Bäcklund',
    organisation: 'Entrack AB',
    email: 'dataskydd@entrack.se'
  },
  'signing:import-p12': { p12: new Uint8Array(64), password: 'hemligt' },
  'pdf:render-registerutdrag': { model: sampleRegisterutdrag({ rowsPerCategory: 1 }), sign: false },
  'pdf:render-letter': { model: sampleLetter('extensionNotice'), sign: true },
  'pdf:render-alignment-test': {
    language: 'sv',
    organisation: ENTRACK,
    layout: DEFAULT_LAYOUT,
    date: '2026-11-24'
  },
  'pdf:merge-for-post': { pdfs: [new Uint8Array(100)] },
  'pdf:save': { pdf: new Uint8Array(100), suggestedName: 'Brev DSR-2026-0001.pdf' },
  'backup:get-status': undefined,
  'backup:choose-folder': undefined,
  'backup:set-automatic': { isAutomatic: true },
  'backup:begin': {
    backupKey: key(),
    keyring: { version: 1, kdf: 'argon2id' },
    schemaVersion: 3,
    counts: { casePages: 1 },
    records: { cases: 1, subjects: 0 },
    attachmentBytes: 0
  },
  'backup:append': { sessionId, frames: new Uint8Array(64) },
  'backup:finish': { sessionId },
  'backup:abort': { sessionId },
  'backup:list': undefined,
  'backup:prune': undefined,
  'backup:restore-choose-file': undefined,
  'backup:restore-select': { name: 'dpo-desk-2026-11-24.dpobackup' },
  'backup:restore-open': { restoreId: sessionId, backupKey: key() },
  'backup:restore-next': { restoreId: sessionId },
  'backup:restore-commit': { restoreId: sessionId },
  'backup:restore-close': { restoreId: sessionId },
  'audit:get-mark': undefined,
  'audit:store-mark': { mark: auditMark, isGapAcknowledged: false },
  'report:save-csv': { csv: 'Ärende;Typ\r\nDSR-2026-0001;access', suggestedName: 'rapport.csv' },
  'file:save-attachment': { data: new Uint8Array(10), name: 'brev från Märta.pdf' },
  'intake:parse-email': { fileName: 'begäran.eml', bytes: new Uint8Array(10) },
  'intake:choose-email': undefined,
  'intake:table-open': { fileName: 'kunder.csv', bytes: new Uint8Array(10) },
  'intake:table-choose': undefined,
  'intake:table-next': { sessionId },
  'intake:table-filter': {
    sessionId,
    filter: {
      match: [{ column: 0, kind: 'email' }],
      identifiers: {
        personnummer: '196408233234',
        emails: ['marta@example.se'],
        customerRefs: ['K-1001']
      },
      categories: [{ categoryId: 'person-kontakt', columns: [1, 2] }],
      today: '2026-11-24'
    }
  },
  'intake:table-raw': { sessionId },
  'intake:table-close': { sessionId },
  'calendar:save-ics': { ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR', suggestedName: 'frister.ics' }
}

/**
 * Strings the contract takes without a limit of their own, with the reason: opaque payloads
 * main checks itself (the sealed keyring).
 */
const UNBOUNDED: Record<string, string> = {
  'backup:begin keyring.kdf': 'the keyring is checked by the backup writer'
}

type Path = (string | number)[]
type Leaf = { path: Path; value: unknown }

function leaves(value: unknown, path: Path = []): Leaf[] {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object')
    return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]))
  return Object.entries(value).flatMap(([name, item]) => leaves(item, [...path, name]))
}

function withLeaf(input: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const copy = structuredClone(input) as Record<string | number, unknown>
  let node = copy
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>
  node[path.at(-1)!] = replacement
  return copy
}

const wrongType = (value: unknown): unknown => {
  if (typeof value === 'string') return 42
  if (typeof value === 'number') return '42'
  if (typeof value === 'boolean') return 'yes'
  if (value instanceof Uint8Array) return 'bytes'
  return { unexpected: true }
}

// Longer than any limit of the contract (the CSV report takes 20 MiB).
const OVER_LONG = 'x'.repeat(21 * 1024 * 1024)

const sv = translator('sv')
const en = translator('en')

/** The text the renderer shows for a failed call: readable, no zod, no stack, no class names. */
function shown(result: Result<unknown>): { sv: string; en: string } {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('expected a failure')
  const error = new IpcError(result.error)
  const texts = { sv: errorText(sv, error), en: errorText(en, error) }
  for (const text of Object.values(texts)) {
    expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/s)
    expect(text).not.toMatch(
      /ZodError|Error\b|Invalid input|expected|received|undefined|\[object|\bat .+:\d+|\n/
    )
    expect(text.length).toBeLessThan(400)
  }
  return texts
}

async function send(channel: IpcChannel, input: unknown): Promise<Result<unknown>> {
  const handler = (() => {
    throw new Error(`the handler of ${channel} ran`)
  }) as unknown as Handlers[typeof channel]
  return dispatch(channel, handler, trusted, input, options)
}

describe('invalid input through every IPC channel reads as a sentence', () => {
  it('has a sample for every channel', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it.each(IPC_CHANNELS)('%s: malformed input', async (channel) => {
    const sample = SAMPLES[channel]
    const inputs: unknown[] = [42, 'text', [1, 2], sample === undefined ? { extra: 1 } : {}]
    for (const leaf of sample === undefined ? [] : leaves(sample)) {
      inputs.push(withLeaf(sample, leaf.path, wrongType(leaf.value)))
    }
    let refused = 0
    for (const input of inputs) {
      const result = await send(channel, input)
      if (!result.ok && result.error.code === 'IPC_INVALID_INPUT') refused++
      if (!result.ok) shown(result)
    }
    expect(refused).toBeGreaterThanOrEqual(4)
  })

  it.each(IPC_CHANNELS)('%s: every string over-long', async (channel) => {
    const sample = SAMPLES[channel]
    const strings =
      sample === undefined ? [] : leaves(sample).filter((leaf) => typeof leaf.value === 'string')
    for (const leaf of strings) {
      const where = `${channel} ${leaf.path.join('.')}`
      const result = await send(channel, withLeaf(sample, leaf.path, OVER_LONG))
      if (UNBOUNDED[where]) continue
      expect(result.ok, where).toBe(false)
      if (result.ok) continue
      expect(result.error.code, where).toBe('IPC_INVALID_INPUT')
      const texts = shown(result)
      const issue = result.error.issues?.find(
        (found) => found.path.join('.') === leaf.path.join('.')
      )
      expect(issue, where).toBeDefined()
      // What the DPO types or the app fills in from her data is named, with its limit.
      if (issue?.problem === 'tooLong' && !/sessionId|restoreId|salt|caseId/.test(where)) {
        expect(texts.sv, where).toMatch(
          /^Uppgifterna som skickades var ogiltiga: .+ \(högst \d+ tecken\)/
        )
        expect(texts.en, where).toMatch(/^The data sent was invalid: .+ \(at most \d+ characters\)/)
      }
    }
  })

  it('names the letter field that was too long', async () => {
    const model = sampleLetter('extensionNotice', 'sv', { reasons: 'x'.repeat(5001) })
    const texts = shown(await send('pdf:render-letter', { model, sign: false }))
    expect(texts.sv).toBe(
      'Uppgifterna som skickades var ogiltiga: skälen i brevet (högst 5000 tecken). Rätta och försök igen.'
    )
    expect(texts.en).toBe(
      'The data sent was invalid: the reasons in the letter (at most 5000 characters). Correct it and try again.'
    )
  })

  it('accepts over-long strings only where the contract says why', async () => {
    const accepted: string[] = []
    for (const channel of IPC_CHANNELS) {
      const sample = SAMPLES[channel]
      if (sample === undefined) continue
      for (const leaf of leaves(sample).filter((found) => typeof found.value === 'string')) {
        const result = await send(channel, withLeaf(sample, leaf.path, OVER_LONG))
        if (result.ok || result.error.code !== 'IPC_INVALID_INPUT')
          accepted.push(`${channel} ${leaf.path.join('.')}`)
      }
    }
    expect(accepted.sort()).toEqual(Object.keys(UNBOUNDED).sort())
  })
})
