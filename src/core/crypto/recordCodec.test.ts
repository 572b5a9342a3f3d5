import { describe, expect, it } from 'vitest'
import { decodeRecord, encodeRecord, RecordCodecError } from './recordCodec'

describe('record codec', () => {
  it('round-trips nested records with binary fields and Unicode', () => {
    const record = {
      id: 'a1',
      name: 'Märta Åkesson-Öberg 👩‍⚖️',
      nested: { list: [1, 'två', null, true], data: new Uint8Array([0, 255, 7]) },
      files: [new Uint8Array(0), new Uint8Array(70_000).fill(9)]
    }
    const decoded = decodeRecord<typeof record>(encodeRecord(record))
    expect(decoded).toEqual(record)
    expect(decoded.nested.data).toBeInstanceOf(Uint8Array)
  })

  it('drops undefined fields like JSON does', () => {
    expect(decodeRecord(encodeRecord({ a: 1, b: undefined }))).toEqual({ a: 1 })
  })

  it('refuses the reserved key, truncation and trailing bytes', () => {
    expect(() => encodeRecord({ $bin: 1 })).toThrow(RecordCodecError)
    const bytes = encodeRecord({ data: new Uint8Array([1, 2, 3]) })
    expect(() => decodeRecord(bytes.subarray(0, bytes.length - 1))).toThrow(RecordCodecError)
    const longer = new Uint8Array(bytes.length + 1)
    longer.set(bytes)
    expect(() => decodeRecord(longer)).toThrow(RecordCodecError)
  })
})
