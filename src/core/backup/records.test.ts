import { describe, expect, it } from 'vitest'
import { encodeRecord } from '../crypto/recordCodec'
import { BACKUP_ERROR } from './format'
import {
  BackupContents,
  decodeRowPayload,
  encodeRowFrame,
  FRAME,
  FrameEncoder,
  FrameSplitter,
  inspectRowPayload,
  type BackupRow
} from './records'

/** A small deterministic generator, so failures reproduce. */
function random(seed: number) {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

function randomValue(next: () => number, depth = 0): unknown {
  const kind = Math.floor(next() * (depth > 2 ? 6 : 9))
  switch (kind) {
    case 0:
      return null
    case 1:
      return next() < 0.5
    case 2:
      return [0, -0, 1.5, -42, Number.MAX_SAFE_INTEGER, 1e-300, Infinity, NaN][
        Math.floor(next() * 8)
      ]
    case 3:
      return ['', 'Märta Åkesson-Öberg', '2026-03-05', 'ü'.repeat(70), '漢字 😀', 'a"b\\c'][
        Math.floor(next() * 6)
      ]
    case 4:
      return Uint8Array.from({ length: Math.floor(next() * 3000) }, () => Math.floor(next() * 256))
    case 5:
      return 'x'.repeat(Math.floor(next() * 100))
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 4) }, (_, i) => [
          `k${i}`,
          randomValue(next, depth + 1)
        ])
      )
  }
}

function randomRow(next: () => number, index: number): BackupRow {
  const row: Record<string, unknown> = { id: `row-${index}-${'é'.repeat(index % 3)}` }
  const fields = Math.floor(next() * 8)
  for (let i = 0; i < fields; i++) row[`f${i}${i % 2 ? 'ä' : ''}`] = randomValue(next)
  return { table: ['cases', 'subjects', 'auditLog', 'attachments'][index % 4]!, row }
}

/** JSON cannot tell NaN from null or keep -0: compare with Object.is semantics. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array || b instanceof Uint8Array)
    return (
      a instanceof Uint8Array &&
      b instanceof Uint8Array &&
      a.length === b.length &&
      a.every((byte, i) => byte === b[i])
    )
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a)
    const keysB = Object.keys(b)
    return (
      keysA.length === keysB.length &&
      keysA.every((key) =>
        same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
      )
    )
  }
  return Object.is(a, b)
}

/** What a nested value becomes: JSON semantics (NaN → null, -0 → 0), bytes kept. */
function nested(value: unknown): unknown {
  if (value instanceof Uint8Array) return value
  if (Array.isArray(value)) return value.map(nested)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nested(item)]))
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null
  return value
}

/** Top-level fields keep numbers exactly (float64); nested values follow JSON. */
const topLevel = (value: unknown) =>
  value !== null && typeof value === 'object' && !(value instanceof Uint8Array)
    ? nested(value)
    : value

describe('compact row encoding (format 2)', () => {
  it('round-trips random rows exactly: Unicode, binary, nested values, NaN and -0', () => {
    const next = random(7)
    for (let i = 0; i < 500; i++) {
      const row = randomRow(next, i)
      const frame = encodeRowFrame(row)
      expect(frame[0]).toBe(FRAME.row)
      const payload = frame.subarray(5)
      const decoded = decodeRowPayload(payload)
      expect(decoded.table).toBe(row.table)
      const expected = Object.fromEntries(
        Object.entries(row.row).map(([key, value]) => [key, topLevel(value)])
      )
      expect(same(decoded.row, expected), JSON.stringify(Object.keys(row.row))).toBe(true)
      expect(inspectRowPayload(payload)).toEqual({ table: row.table, id: row.row['id'] })
    }
  })

  it('keeps nested binary values (keyring-like settings) through the record codec', () => {
    const row = {
      table: 'settings',
      row: { id: 'x', value: { list: [new Uint8Array([1, 2, 3]), 'a'], n: null } }
    }
    expect(decodeRowPayload(encodeRowFrame(row).subarray(5))).toEqual(row)
  })

  it('copies binary fields out, as plain Uint8Arrays, so a row does not pin its chunk', () => {
    const frame = encodeRowFrame({
      table: 'attachments',
      row: { id: 'a', enc: new Uint8Array(10) }
    })
    const decoded = decodeRowPayload(frame.subarray(5)).row['enc'] as Uint8Array
    expect(Object.getPrototypeOf(decoded)).toBe(Uint8Array.prototype)
    expect(decoded.buffer).not.toBe(frame.buffer)
    expect(decoded.byteLength).toBe(decoded.buffer.byteLength)
  })

  it.each<[string, BackupRow]>([
    ['no id', { table: 'cases', row: { name: 'x' } }],
    ['a number id', { table: 'cases', row: { id: 7 } }],
    ['a table name with a path', { table: '../cases', row: { id: 'a' } }],
    ['a function', { table: 'cases', row: { id: 'a', f: () => 1 } }],
    ['another typed array', { table: 'cases', row: { id: 'a', f: new Uint16Array(2) } }]
  ])('refuses to encode a row with %s', (_name, row) => {
    expect(() => encodeRowFrame(row)).toThrow(
      expect.objectContaining({ code: BACKUP_ERROR.recordDamaged })
    )
  })

  it('refuses cut, padded or mistyped payloads with a specific error', () => {
    const payload = encodeRowFrame({
      table: 'cases',
      row: { id: 'case-1', status: 'received', enc: new Uint8Array(40) }
    }).subarray(5)
    const broken = [
      payload.subarray(0, payload.length - 1),
      new Uint8Array([...payload, 0]),
      Uint8Array.from(payload, (byte, i) => (i === payload.length - 40 - 4 - 1 ? 99 : byte)),
      new Uint8Array(0)
    ]
    for (const bytes of broken) {
      expect(() => inspectRowPayload(bytes)).toThrow(
        expect.objectContaining({ code: BACKUP_ERROR.recordDamaged })
      )
      expect(() => decodeRowPayload(bytes)).toThrow(
        expect.objectContaining({ code: BACKUP_ERROR.recordDamaged })
      )
    }
  })

  it('is smaller than the JSON record encoding of format 1', () => {
    const row = {
      table: 'cases',
      row: {
        id: crypto.randomUUID(),
        v: 1,
        subjectId: crypto.randomUUID(),
        type: 'access',
        status: 'received',
        due: '2026-04-07',
        receivedAt: '2026-03-05',
        enc: new Uint8Array(700)
      }
    }
    expect(encodeRowFrame(row).length).toBeLessThan(encodeRecord(row).length + 5)
  })
})

describe('frame splitting across chunk boundaries', () => {
  it('gives the same frames whatever the cuts, copying only frames that span pieces', () => {
    const next = random(11)
    const encoder = new FrameEncoder(64)
    const rows = Array.from({ length: 300 }, (_, i) => randomRow(next, i))
    for (const row of rows) encoder.addRow(row.table, row.row)
    encoder.addEnd({ counts: {}, sidecars: [] })
    const stream = encoder.take()
    for (let trial = 0; trial < 20; trial++) {
      const seen: BackupRow[] = []
      let ended = 0
      const splitter = new FrameSplitter((kind, payload) => {
        if (kind === FRAME.row) seen.push(decodeRowPayload(payload))
        else ended++
      })
      let offset = 0
      while (offset < stream.length) {
        const size = trial === 0 ? 1 : 1 + Math.floor(next() * 5000)
        splitter.push(stream.subarray(offset, offset + size))
        offset += size
      }
      expect(splitter.isAligned).toBe(true)
      expect(ended).toBe(1)
      expect(seen.map((row) => row.row['id'])).toEqual(rows.map((row) => row.row['id']))
    }
  })

  it('refuses an implausibly large frame before allocating it', () => {
    const splitter = new FrameSplitter(() => undefined)
    expect(() => splitter.push(new Uint8Array([FRAME.row, 0xff, 0xff, 0xff, 0xff]))).toThrow(
      expect.objectContaining({ code: BACKUP_ERROR.recordDamaged })
    )
  })
})

describe('backup contents', () => {
  const frames = (rows: BackupRow[]) => {
    const encoder = new FrameEncoder()
    for (const row of rows) encoder.addRow(row.table, row.row)
    return encoder.take()
  }
  const feed = (contents: BackupContents, bytes: Uint8Array) => {
    const splitter = new FrameSplitter((kind, payload) => contents.frame(kind, payload))
    splitter.push(bytes)
    return splitter
  }

  it('refuses the same id twice in a table', () => {
    const contents = new BackupContents(2, {})
    expect(() =>
      feed(
        contents,
        frames([
          { table: 'cases', row: { id: 'a' } },
          { table: 'subjects', row: { id: 'a' } },
          { table: 'cases', row: { id: 'a' } }
        ])
      )
    ).toThrow(expect.objectContaining({ code: BACKUP_ERROR.duplicateId }))
  })

  it('refuses a summary that disagrees, records after the end, and a missing end', () => {
    const encoder = new FrameEncoder()
    encoder.addRow('cases', { id: 'a' })
    encoder.addEnd({ counts: { cases: 2 }, sidecars: [] })
    expect(() => feed(new BackupContents(2, { cases: 1 }), encoder.take())).toThrow(
      expect.objectContaining({ code: BACKUP_ERROR.countMismatch })
    )

    encoder.addEnd({ counts: {}, sidecars: [] })
    encoder.addRow('cases', { id: 'b' })
    expect(() => feed(new BackupContents(2, {}), encoder.take())).toThrow(
      expect.objectContaining({ code: BACKUP_ERROR.trailingData })
    )

    const open = new BackupContents(2, { cases: 1 })
    const splitter = feed(open, frames([{ table: 'cases', row: { id: 'a' } }]))
    expect(() => open.finish(splitter.isAligned)).toThrow(
      expect.objectContaining({ code: BACKUP_ERROR.truncated })
    )
  })
})
