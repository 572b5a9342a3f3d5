/**
 * A compact binary encoding for records that hold binary fields (attachments, ciphertexts):
 * JSON for the structure, with every Uint8Array moved out into raw byte segments instead of
 * base64. Layout (all integers u32 big-endian):
 *   [json length][json utf-8][segment count]([segment length][segment bytes])*
 * In the JSON a binary field reads {"$bin": <segment index>}. Objects with a "$bin" key of
 * their own are refused, so decoding is unambiguous. Dates are not supported (use ISO strings).
 */
import { fromUtf8, isBytes, utf8 } from './bytes'

const BIN = '$bin'

export const RECORD_CODEC_ERROR = { invalid: 'RECORD_CODEC_INVALID' } as const

/** A record that cannot be encoded or decoded; `message` is for developers only. */
export class RecordCodecError extends Error {
  readonly code = RECORD_CODEC_ERROR.invalid
  constructor(message: string) {
    super(message)
    this.name = 'RecordCodecError'
  }
}

function hasBinaryOrReserved(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false
  if (isBytes(value)) return true
  if (depth > 64) return true
  if (Array.isArray(value)) return value.some((item) => hasBinaryOrReserved(item, depth + 1))
  for (const key in value) {
    if (key === BIN) return true
    if (hasBinaryOrReserved((value as Record<string, unknown>)[key], depth + 1)) return true
  }
  return false
}

export function encodeRecord(value: unknown): Uint8Array {
  const segments: Uint8Array[] = []
  // A replacer function slows JSON.stringify down a lot; most records have no binary fields.
  const json = !hasBinaryOrReserved(value)
    ? JSON.stringify(value)
    : JSON.stringify(value, function (this: unknown, _key, item: unknown) {
        if (isBytes(item)) {
          segments.push(item)
          return { [BIN]: segments.length - 1 }
        }
        if (item && typeof item === 'object' && !Array.isArray(item) && BIN in item) {
          throw new RecordCodecError(`Records may not use the reserved key ${BIN}`)
        }
        return item
      })
  if (json === undefined) throw new RecordCodecError('Nothing to encode')
  const jsonBytes = utf8(json)
  const total =
    8 + jsonBytes.length + segments.reduce((sum, segment) => sum + 4 + segment.length, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  let offset = 0
  view.setUint32(offset, jsonBytes.length)
  offset += 4
  out.set(jsonBytes, offset)
  offset += jsonBytes.length
  view.setUint32(offset, segments.length)
  offset += 4
  for (const segment of segments) {
    view.setUint32(offset, segment.length)
    offset += 4
    out.set(segment, offset)
    offset += segment.length
  }
  return out
}

export function decodeRecord<T = unknown>(bytes: Uint8Array): T {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const need = (offset: number, length: number) => {
    if (offset + length > bytes.length) throw new RecordCodecError('Record is truncated')
  }
  need(0, 4)
  const jsonLength = view.getUint32(0)
  need(4, jsonLength + 4)
  const json = fromUtf8(bytes.subarray(4, 4 + jsonLength))
  let offset = 4 + jsonLength
  const count = view.getUint32(offset)
  offset += 4
  const segments: Uint8Array[] = []
  for (let i = 0; i < count; i++) {
    need(offset, 4)
    const length = view.getUint32(offset)
    offset += 4
    need(offset, length)
    // A copy, so the record does not keep the whole decrypted buffer alive.
    segments.push(bytes.slice(offset, offset + length))
    offset += length
  }
  if (offset !== bytes.length) throw new RecordCodecError('Record has trailing bytes')
  // Without binary segments no reviver is needed (and encodeRecord refused the reserved key).
  if (count === 0) return JSON.parse(json) as T
  return JSON.parse(json, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item) && BIN in item) {
      const index = (item as Record<string, unknown>)[BIN]
      const segment = typeof index === 'number' ? segments[index] : undefined
      if (!segment) throw new RecordCodecError('Record refers to a missing binary segment')
      return segment
    }
    return item
  }) as T
}
