/**
 * Header tricks (issue 16): encoded words (RFC 2047) let a sender put anything into a display
 * name, a subject or a file name once decoded — line breaks that fake extra headers, control
 * characters, right-to-left overrides that turn "fdp.exe" around, or an e-mail address that is
 * not the one the mail came from. The decoded values are checked before the DPO sees them.
 */
import { INTAKE_REFUSAL, refuse } from './refusal'

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/
/** Bidirectional overrides and isolates, and the marks that reorder text invisibly. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/
const ADDRESS_IN_TEXT = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g

export type HeaderField = 'from' | 'subject' | 'filename'

/** Refuses a decoded header value with control characters or direction overrides. */
export function assertCleanHeader(value: string, field: HeaderField): void {
  if (CONTROL.test(value) || BIDI.test(value)) refuse(INTAKE_REFUSAL.encodedWordTrick, { field })
}

/** A file name from a message: clean, and no path (so it cannot point outside a folder). */
export function assertCleanFileName(name: string): void {
  assertCleanHeader(name, 'filename')
  if (/[\\/]/.test(name) || name.split('.').every((part) => part === ''))
    refuse(INTAKE_REFUSAL.encodedWordTrick, { field: 'filename' })
}

/** An address as the app stores it: local@domain.tld, no spaces, brackets or controls. */
export function isPlausibleAddress(address: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u.test(address)
}

/**
 * The sender as shown: a display name that carries an address (or angle brackets) other than
 * the sender's own is how a forged "boss@company.se" is made to look real.
 */
export function assertHonestSender(name: string, address: string): void {
  assertCleanHeader(name, 'from')
  assertCleanHeader(address, 'from')
  if (/[<>]/.test(name)) refuse(INTAKE_REFUSAL.senderMismatch, { shown: name, address })
  for (const shown of name.match(ADDRESS_IN_TEXT) ?? []) {
    if (shown.toLowerCase() !== address.toLowerCase())
      refuse(INTAKE_REFUSAL.senderMismatch, { shown, address })
  }
}
