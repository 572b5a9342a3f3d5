/**
 * Reads an e-mail the DPO dragged onto the app or chose (issue 16): RFC 5322 `.eml` with
 * postal-mime, Outlook `.msg` with @kenjiuno/msgreader. Only plain text leaves this module: an
 * HTML body is turned into text (html-to-text), never rendered. Every decoded header, every
 * attachment and every attached message (a few levels deep) is checked first; anything hostile
 * or broken is refused with a reason and nothing is created.
 *
 * Runs inside the intake worker (worker.ts), which bounds its time and memory.
 */
import MsgReader, { type FieldsData } from '@kenjiuno/msgreader'
import { convert } from 'html-to-text'
import PostalMime, { addressParser } from 'postal-mime'
import { checkAttachment } from './attachmentCheck'
import { extensionOf } from './names'
import {
  INTAKE_REFUSAL,
  IntakeRefusalError,
  MAX_INTAKE_BYTES,
  MAX_INTAKE_MB,
  refuse
} from './refusal'
import {
  assertCleanFileName,
  assertCleanHeader,
  assertHonestSender,
  isPlausibleAddress
} from './textCheck'

export const EMAIL_LIMITS = {
  /** Messages inside messages followed this deep (an attached .eml is level 1). */
  maxNestedDepth: 3,
  /** MIME parts nested inside one another. */
  maxMimeDepth: 30,
  maxAttachments: 100,
  maxHeaderBytes: 1024 * 1024
} as const

export type EmailAttachment = {
  name: string
  mime: string
  size: number
  /** Referenced from the HTML body (an inline image). */
  isInline: boolean
  data: Uint8Array
}

export type ParsedEmail = {
  format: 'eml' | 'msg'
  from: { name: string; address: string }
  subject: string
  /** The message's date as an ISO instant, or null when it had none that parses. */
  date: string | null
  /** The body as plain text. */
  text: string
  /** The body came as HTML only (shown as text). */
  wasHtml: boolean
  attachments: EmailAttachment[]
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
export const isCompoundFile = (bytes: Uint8Array) =>
  bytes.length >= 512 && CFB_MAGIC.every((byte, i) => bytes[i] === byte)

/** The first bytes look like RFC 5322 headers ("Name: value" lines of printable ASCII). */
function looksLikeHeaders(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const firstLine = head.split(/\r?\n/, 1)[0] ?? ''
  // eslint-disable-next-line no-control-regex -- a header block has no NUL or other controls
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head)) return false
  return /^[!-9;-~]+:/.test(firstLine) || /^From \S/.test(firstLine)
}

function htmlText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } }
    ]
  })
}

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null
  const millis = Date.parse(value)
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null
}

/** Parses and checks an e-mail file; throws IntakeRefusalError when it must be refused. */
export async function parseEmail(bytes: Uint8Array, fileName: string): Promise<ParsedEmail> {
  if (bytes.length > MAX_INTAKE_BYTES) refuse(INTAKE_REFUSAL.tooLarge, { maxMb: MAX_INTAKE_MB })
  if (bytes.length === 0) refuse(INTAKE_REFUSAL.malformed, { name: fileName })
  const ext = extensionOf(fileName)
  if (isCompoundFile(bytes)) return parseMsg(bytes, fileName, 0)
  if (ext === 'msg') refuse(INTAKE_REFUSAL.malformed, { name: fileName })
  if (ext && ext !== 'eml' && ext !== 'txt') refuse(INTAKE_REFUSAL.unsupported, { name: fileName })
  return parseEml(bytes, fileName, 0)
}

async function parseEml(bytes: Uint8Array, fileName: string, depth: number): Promise<ParsedEmail> {
  if (!looksLikeHeaders(bytes)) refuse(INTAKE_REFUSAL.malformed, { name: fileName })
  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    parsed = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
      maxNestingDepth: EMAIL_LIMITS.maxMimeDepth,
      maxHeadersSize: EMAIL_LIMITS.maxHeaderBytes,
      attachmentEncoding: 'arraybuffer'
    })
  } catch (error) {
    if (/nesting depth/i.test(String(error)))
      refuse(INTAKE_REFUSAL.nestedTooDeep, { name: fileName })
    if (/header/i.test(String(error))) refuse(INTAKE_REFUSAL.tooManyParts, { name: fileName })
    refuse(INTAKE_REFUSAL.malformed, { name: fileName })
    throw error
  }
  // One sender: postal-mime keeps the first of several, so the raw header is counted too.
  const fromHeaders = parsed.headers.filter((header) => header.key === 'from')
  const mailboxes = fromHeaders.flatMap((header) => addressParser(header.value, { flatten: true }))
  const from = parsed.from
  if (fromHeaders.length !== 1 || mailboxes.length !== 1 || !from || !from.address)
    refuse(INTAKE_REFUSAL.noSender, { name: fileName })
  const address = from!.address!.trim()
  if (!isPlausibleAddress(address)) refuse(INTAKE_REFUSAL.noSender, { name: fileName })
  assertHonestSender(from!.name ?? '', address)
  const subject = (parsed.subject ?? '').trim()
  assertCleanHeader(subject, 'subject')
  const text = parsed.text ?? (parsed.html ? htmlText(parsed.html) : '')
  const attachments = await checkedAttachments(
    parsed.attachments.map((attachment, index) => ({
      name: attachment.filename?.trim() || defaultName(index, attachment.mimeType),
      mime: attachment.mimeType || 'application/octet-stream',
      isInline: Boolean(attachment.related) || attachment.disposition === 'inline',
      data: toBytes(attachment.content)
    })),
    depth
  )
  return {
    format: 'eml',
    from: { name: (from!.name ?? '').trim(), address },
    subject,
    date: isoOrNull(parsed.date),
    text: text.trim(),
    wasHtml: !parsed.text && Boolean(parsed.html),
    attachments
  }
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content)
  return content instanceof Uint8Array ? content : new Uint8Array(content)
}

const EXTENSIONS: Record<string, string> = {
  'message/rfc822': 'eml',
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics'
}

function defaultName(index: number, mime: string): string {
  const ext = EXTENSIONS[mime.toLowerCase()] ?? 'bin'
  return `bilaga-${index + 1}.${ext}`
}

/** Checks every attachment; attached messages are read (and checked) in turn. */
async function checkedAttachments(
  list: Omit<EmailAttachment, 'size'>[],
  depth: number
): Promise<EmailAttachment[]> {
  if (list.length > EMAIL_LIMITS.maxAttachments)
    refuse(INTAKE_REFUSAL.tooManyParts, { max: EMAIL_LIMITS.maxAttachments })
  const checked: EmailAttachment[] = []
  for (const attachment of list) {
    assertCleanFileName(attachment.name)
    const ext = extensionOf(attachment.name)
    const isMessage = attachment.mime.toLowerCase() === 'message/rfc822' || ext === 'eml'
    if (isMessage || (ext === 'msg' && isCompoundFile(attachment.data))) {
      if (depth + 1 > EMAIL_LIMITS.maxNestedDepth)
        refuse(INTAKE_REFUSAL.nestedTooDeep, { name: attachment.name })
      try {
        if (isCompoundFile(attachment.data))
          await parseMsg(attachment.data, attachment.name, depth + 1)
        else await parseEml(attachment.data, attachment.name, depth + 1)
      } catch (error) {
        // An attached message without a sender is only a file; anything else wrong in it (its
        // own attachments included) refuses the whole message.
        if (!(error instanceof IntakeRefusalError) || error.code !== INTAKE_REFUSAL.noSender)
          throw error
      }
    } else {
      await checkAttachment(attachment)
    }
    checked.push({ ...attachment, size: attachment.data.length })
  }
  return checked
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

/** The SMTP address of a .msg sender (Exchange-internal addresses are not e-mail addresses). */
function msgSender(data: FieldsData): { name: string; address: string } | null {
  const candidates = [
    data.senderSmtpAddress,
    data.senderAddressType?.toUpperCase() === 'SMTP' ? data.senderEmail : undefined,
    data.senderEmail
  ]
  let address = candidates.find((value) => value && isPlausibleAddress(value.trim()))?.trim()
  if (!address && data.headers) {
    const fromLine = /^from:(.*(?:\r?\n[ \t].*)*)/im.exec(data.headers)?.[1]
    const [mailbox] = fromLine
      ? addressParser(fromLine.replace(/\r?\n/g, ''), { flatten: true })
      : []
    if (mailbox?.address && isPlausibleAddress(mailbox.address)) address = mailbox.address
  }
  return address ? { name: (data.senderName ?? '').trim(), address } : null
}

function msgDate(data: FieldsData): string | null {
  const header = data.headers ? /^date:(.*)$/im.exec(data.headers)?.[1]?.trim() : undefined
  return (
    isoOrNull(data.messageDeliveryTime) ?? isoOrNull(data.clientSubmitTime) ?? isoOrNull(header)
  )
}

async function parseMsg(bytes: Uint8Array, fileName: string, depth: number): Promise<ParsedEmail> {
  let reader: MsgReader
  let data: FieldsData
  try {
    reader = new MsgReader(arrayBufferOf(bytes))
    data = reader.getFileData()
  } catch {
    return refuse(INTAKE_REFUSAL.malformed, { name: fileName })
  }
  if (data.error || data.dataType !== 'msg') refuse(INTAKE_REFUSAL.malformed, { name: fileName })
  const from = msgSender(data)
  if (!from) refuse(INTAKE_REFUSAL.noSender, { name: fileName })
  assertHonestSender(from!.name, from!.address)
  const subject = (data.subject ?? '').trim()
  assertCleanHeader(subject, 'subject')
  const html = data.bodyHtml
  const text = data.body?.trim() ? data.body : html ? htmlText(html) : ''
  const raw: Omit<EmailAttachment, 'size'>[] = []
  for (const [index, attachment] of (data.attachments ?? []).entries()) {
    let content: { fileName: string; content: Uint8Array }
    try {
      content = reader.getAttachment(attachment)
    } catch {
      return refuse(INTAKE_REFUSAL.malformed, { name: fileName })
    }
    if (!content?.content) continue
    raw.push({
      name:
        (attachment.fileName ?? attachment.fileNameShort ?? content.fileName ?? '').trim() ||
        (attachment.innerMsgContent
          ? `meddelande-${index + 1}.msg`
          : defaultName(index, attachment.attachMimeTag ?? '')),
      mime: attachment.innerMsgContent
        ? 'application/vnd.ms-outlook'
        : (attachment.attachMimeTag ?? 'application/octet-stream'),
      isInline: Boolean(attachment.attachmentHidden || attachment.pidContentId),
      data: content.content
    })
  }
  const attachments = await checkedAttachments(raw, depth)
  return {
    format: 'msg',
    from: from!,
    subject,
    date: msgDate(data),
    text: text.trim(),
    wasHtml: !data.body?.trim() && Boolean(html),
    attachments
  }
}
