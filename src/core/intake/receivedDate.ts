/**
 * The day an e-mail reached the controller, as the case's receipt date (EDPB 01/2022 §159): the
 * Swedish calendar date (Europe/Stockholm) of the message's date, so a mail sent at 23:30 on the
 * last day of a month belongs to that month, and one sent at 23:30 UTC on that day to the next.
 */
import { isIsoDate, swedishDateOf } from '../calendar/isoDate'
import type { IsoDate, IsoInstant } from '../model/types'

export type ReceivedDate = {
  receivedAt: IsoDate
  /** `header`: from the message; `now`: it had no usable date (missing, unreadable, future). */
  source: 'header' | 'now'
  /** The message's own instant, when it had a usable one. */
  sentAt?: IsoInstant
}

/** The receipt date from a message date (ISO or RFC 5322 text), falling back to `now`. */
export function receivedDateOf(messageDate: string | undefined, now: Date): ReceivedDate {
  const fallback: ReceivedDate = { receivedAt: swedishDateOf(now), source: 'now' }
  if (!messageDate?.trim()) return fallback
  const millis = Date.parse(messageDate.trim())
  if (!Number.isFinite(millis)) return fallback
  const instant = new Date(millis)
  // A date ahead of this computer's clock (a wrong clock or a forged header) cannot be a receipt.
  if (millis > now.getTime()) return fallback
  const receivedAt = swedishDateOf(instant)
  if (!isIsoDate(receivedAt)) return fallback
  return { receivedAt, source: 'header', sentAt: instant.toISOString() }
}
