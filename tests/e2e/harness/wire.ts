/** Node side of the byte encoding used by electron-shim.js (Uint8Array <-> base64 objects). */
const BYTES = '__dpoBytes'

export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') }
  if (Array.isArray(value)) return value.map(toWire)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]))
  }
  return value
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const encoded = record[BYTES]
    if (typeof encoded === 'string') return new Uint8Array(Buffer.from(encoded, 'base64'))
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromWire(item)]))
  }
  return value
}
