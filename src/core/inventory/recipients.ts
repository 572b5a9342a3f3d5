/**
 * Named recipients (art. 15(1)(c), art. 19): the processors, authorities and other recipients the
 * company actually discloses data to, per inventory category. The registerutdrag names them, and
 * rectification, erasure and restriction cases keep a checklist of who was told and when.
 *
 * A recipient is known by its name: a notice stores the name as it was when the recipient was
 * told, so renaming an entry of the inventory later does not rewrite what a case says happened.
 */
import { isIsoDate, swedishDateOf } from '../calendar/isoDate'
import { failure } from '../errors'
import type { DsrCase, InventoryCategory, RecipientNotice } from '../model/types'
import type { DocLanguage } from '../pdf/model'
import { applyCasePatch, type CaseCommandResult, type CommandContext } from '../cases/workflow'

export const RECIPIENT_ROLES = ['processor', 'authority', 'other'] as const
export type RecipientRole = (typeof RECIPIENT_ROLES)[number]

export type NamedRecipient = { name: string; role: RecipientRole }

export const RECIPIENT_ERROR = {
  invalid: 'RECIPIENT_NOTICE_INVALID',
  future: 'RECIPIENT_NOTICE_FUTURE',
  notFound: 'RECIPIENT_NOTICE_NOT_FOUND',
  notApplicable: 'RECIPIENT_NOT_APPLICABLE'
} as const

/** The case types art. 19 applies to. */
export const ART19_CASE_TYPES: ReadonlySet<DsrCase['type']> = new Set([
  'rectification',
  'erasure',
  'restriction'
])

const fold = (name: string) => name.trim().toLocaleLowerCase('sv')

/** Every named recipient of the inventory once (first spelling and role win), in inventory order. */
export function namedRecipientsOf(
  inventory: readonly InventoryCategory[]
): (NamedRecipient & { categoryIds: string[] })[] {
  const byName = new Map<string, NamedRecipient & { categoryIds: string[] }>()
  for (const category of inventory)
    for (const recipient of category.namedRecipients ?? []) {
      const key = fold(recipient.name)
      if (!key) continue
      const known = byName.get(key)
      if (known) {
        if (!known.categoryIds.includes(category.id)) known.categoryIds.push(category.id)
      } else
        byName.set(key, {
          name: recipient.name.trim(),
          role: recipient.role,
          categoryIds: [category.id]
        })
    }
  return [...byName.values()]
}

export type Art19Row = {
  name: string
  /** Absent for a recipient told earlier that is no longer in the inventory. */
  role?: RecipientRole
  notice?: RecipientNotice
}

/**
 * The case's checklist: every named recipient of the inventory, and every recipient the case
 * recorded that the inventory no longer names (so nothing recorded disappears).
 */
export function art19Checklist(
  dsrCase: Pick<DsrCase, 'recipientNotices'>,
  inventory: readonly InventoryCategory[]
): Art19Row[] {
  const notices = new Map(
    dsrCase.recipientNotices.map((notice) => [fold(notice.recipientId), notice])
  )
  const rows: Art19Row[] = namedRecipientsOf(inventory).map((recipient) => {
    const notice = notices.get(fold(recipient.name))
    return { name: recipient.name, role: recipient.role, ...(notice ? { notice } : {}) }
  })
  const listed = new Set(rows.map((row) => fold(row.name)))
  for (const notice of dsrCase.recipientNotices)
    if (!listed.has(fold(notice.recipientId))) rows.push({ name: notice.recipientId, notice })
  return rows
}

/**
 * Art. 19: the recipient was told on a day (not before the request, not after today), or telling
 * it is impossible or disproportionate, with the reason.
 */
export function recordArt19Notice(
  dsrCase: DsrCase,
  input: { name: string; notifiedAt?: string; notApplicableReason?: string },
  ctx: CommandContext
): CaseCommandResult {
  if (!ART19_CASE_TYPES.has(dsrCase.type) && dsrCase.erasure.length === 0)
    return failure(RECIPIENT_ERROR.notApplicable)
  const name = input.name.trim()
  const reason = input.notApplicableReason?.trim() ?? ''
  const date = input.notifiedAt
  if (!name || (date === undefined) === !reason || (date !== undefined && !isIsoDate(date)))
    return failure(RECIPIENT_ERROR.invalid)
  const today = swedishDateOf(ctx.now)
  if (date !== undefined && (date > today || date < dsrCase.receivedAt))
    return failure(RECIPIENT_ERROR.future, { from: dsrCase.receivedAt, today })
  const notice: RecipientNotice =
    date !== undefined
      ? { recipientId: name, notifiedAt: date }
      : { recipientId: name, notApplicableReason: reason }
  const recipientNotices = [
    ...dsrCase.recipientNotices.filter((item) => fold(item.recipientId) !== fold(name)),
    notice
  ]
  return applyCasePatch(dsrCase, { recipientNotices }, ctx, 'case.art19', {
    notifiedAt: date ?? null
  })
}

/** Takes back a notice recorded by mistake (audited). */
export function removeArt19Notice(
  dsrCase: DsrCase,
  name: string,
  ctx: CommandContext
): CaseCommandResult {
  const recipientNotices = dsrCase.recipientNotices.filter(
    (item) => fold(item.recipientId) !== fold(name)
  )
  if (recipientNotices.length === dsrCase.recipientNotices.length)
    return failure(RECIPIENT_ERROR.notFound)
  return applyCasePatch(dsrCase, { recipientNotices }, ctx, 'case.art19-remove', {})
}

const ROLE_WORDS: Record<DocLanguage, Record<RecipientRole, string>> = {
  sv: { processor: 'personuppgiftsbiträde', authority: 'myndighet', other: 'mottagare' },
  en: { processor: 'processor', authority: 'public authority', other: 'recipient' }
}

/** The registerutdrag's lines for art. 15(1)(c): "Fortnox AB (personuppgiftsbiträde)". */
export function namedRecipientLines(
  inventory: readonly InventoryCategory[],
  language: DocLanguage
): string[] {
  return namedRecipientsOf(inventory).map(
    (recipient) => `${recipient.name} (${ROLE_WORDS[language][recipient.role]})`
  )
}
