/**
 * iCalendar (RFC 5545) text for all-day events: the deadline export (issue 16). Pure: the
 * caller gives the events, the time stamp and the product id. Text values are escaped (§3.3.11)
 * and content lines folded at 75 octets without splitting a UTF-8 character (§3.1), lines end in
 * CRLF.
 */
import { addDays } from './isoDate'
import type { IsoDate } from '../model/types'

export type CalendarEvent = {
  /** Globally unique and stable, so a second import updates instead of duplicating. */
  uid: string
  date: IsoDate
  summary: string
  description?: string
  categories?: readonly string[]
}

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than line breaks go. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- CONTROL characters are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  )
}

const encoder = new TextEncoder()

/** One content line folded into lines of at most 75 octets (continuations begin with a space). */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basicDate = (date: IsoDate) => date.replace(/-/g, '')

function basicUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
}

/** A VCALENDAR of all-day events. */
export function buildIcs(
  events: readonly CalendarEvent[],
  options: { now: Date; prodId: string; name?: string }
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeIcsText(options.name)}`] : [])
  ]
  const stamp = basicUtc(options.now)
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
      ...(event.categories?.length
        ? [`CATEGORIES:${event.categories.map(escapeIcsText).join(',')}`]
        : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}
