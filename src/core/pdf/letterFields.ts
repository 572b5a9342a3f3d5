/**
 * The values a letter's placeholders are filled with, from a case, in the letter's language.
 * Letters have their own per-language wording (ADR 0008): what a field says is written here,
 * next to the templates, not in the UI catalog.
 */
import type { CaseType, DsrCase, ErasureItem, IsoDate, LegalBasisForBlock } from '../model/types'
import type { OrganisationProfile } from '../model/types'
import { addDays } from '../calendar/isoDate'
import { ERASURE_TEMPLATE_IDS, type DocLanguage, type LetterTemplateId } from './model'

type Words = {
  /** "din begäran om …" / "your request for …": the phrase after the preposition. */
  requestType: Record<CaseType, string>
  legalBasis: Record<LegalBasisForBlock, string>
  /** One blocked category as a line of the letter. */
  blocked: (name: string, basis: string, lastDay: IsoDate, allowedUse: string) => string
  none: string
  /** One stopped processing as a line of the letter. */
  stopped: (what: string, system: string, from: IsoDate) => string
  /** What the restriction covers, when the DPO wrote nothing more specific. */
  restrictedAll: string
  /** What the portability letter says is enclosed. */
  deliveredFiles: (reference: string) => string
  /** What the recipients were told of, per letter. */
  noticeOf: Partial<Record<LetterTemplateId, string>>
  informed: (noticeOf: string, recipients: string) => string
  noneInformed: (noticeOf: string) => string
  locale: string
}

export const LETTER_WORDS: Record<DocLanguage, Words> = {
  sv: {
    requestType: {
      access: 'tillgång till dina personuppgifter (registerutdrag)',
      rectification: 'rättelse av dina personuppgifter',
      erasure: 'radering av dina personuppgifter',
      restriction: 'begränsning av behandlingen av dina personuppgifter',
      portability: 'att få ut dina personuppgifter i ett maskinläsbart format (dataportabilitet)',
      objection: 'att vi ska sluta behandla dina personuppgifter (invändning)',
      marketingOptOut: 'att inte längre få direktmarknadsföring från oss',
      other: 'åtgärder som gäller dina personuppgifter'
    },
    legalBasis: {
      bokforingslagen: 'bokföringslagen (1999:1078) 7 kap. 2 §',
      penningtvattslagen: 'penningtvättslagen (2017:630) 5 kap. 3 §',
      konsumentkop: 'konsumentköplagen (2022:260), eftersom du kan reklamera i tre år',
      other: 'en annan rättslig förpliktelse'
    },
    blocked: (name, basis, lastDay, allowedUse) =>
      `– ${name}: sparas enligt ${basis} till och med ${lastDay} och raderas därefter. Tillåten användning: ${allowedUse}`,
    none: 'Inga.',
    stopped: (what, system, from) => `– ${what} i ${system}, från och med ${from}`,
    restrictedAll: 'Begränsningen gäller alla dina personuppgifter hos oss.',
    deliveredFiles: (reference) =>
      `– personuppgifter-${reference}.json (JSON)\n– personuppgifter-${reference}.csv (CSV, UTF-8)\nbåda i filen personuppgifter-${reference}.zip`,
    noticeOf: {
      restrictionDone: 'begränsningen',
      rectificationDone: 'rättelsen',
      erasureDone: 'raderingen',
      erasurePartial: 'raderingen och spärren',
      erasureBlocked: 'spärren'
    },
    informed: (noticeOf, recipients) =>
      `Vi har informerat följande mottagare om ${noticeOf}: ${recipients}.`,
    noneInformed: (noticeOf) => `Inga mottagare har behövt underrättas om ${noticeOf}.`,
    locale: 'sv-SE'
  },
  en: {
    requestType: {
      access: 'access to your personal data',
      rectification: 'rectification of your personal data',
      erasure: 'erasure of your personal data',
      restriction: 'restriction of the processing of your personal data',
      portability: 'your personal data in a machine-readable format (data portability)',
      objection: 'us to stop processing your personal data (objection)',
      marketingOptOut: 'no more direct marketing from us',
      other: 'action concerning your personal data'
    },
    legalBasis: {
      bokforingslagen: 'the Swedish Bookkeeping Act (1999:1078), chapter 7, section 2',
      penningtvattslagen: 'the Swedish Anti-Money Laundering Act (2017:630), chapter 5, section 3',
      konsumentkop:
        'the Swedish Consumer Sales Act (2022:260), as you may make a complaint for three years',
      other: 'another legal obligation'
    },
    blocked: (name, basis, lastDay, allowedUse) =>
      `– ${name}: kept under ${basis} until ${lastDay} inclusive, then erased. Permitted use: ${allowedUse}`,
    none: 'None.',
    stopped: (what, system, from) => `– ${what} in ${system}, from ${from}`,
    restrictedAll: 'The restriction covers all of your personal data we hold.',
    deliveredFiles: (reference) =>
      `– personuppgifter-${reference}.json (JSON)\n– personuppgifter-${reference}.csv (CSV, UTF-8)\nboth in the file personuppgifter-${reference}.zip`,
    noticeOf: {
      restrictionDone: 'the restriction',
      rectificationDone: 'the rectification',
      erasureDone: 'the erasure',
      erasurePartial: 'the erasure and the blocking',
      erasureBlocked: 'the blocking'
    },
    informed: (noticeOf, recipients) =>
      `We have informed the following recipients of ${noticeOf}: ${recipients}.`,
    noneInformed: (noticeOf) => `No recipients needed to be informed of ${noticeOf}.`,
    locale: 'en-GB'
  }
}

/** What an erasure case did: everything erased, partly erased, only blocked, or nothing yet. */
export type ErasureOutcome = 'erased' | 'partlyErased' | 'blocked' | 'none'

export function erasureOutcome(erasure: readonly ErasureItem[]): ErasureOutcome {
  const erased = erasure.some((item) => item.action === 'erase')
  const blocked = erasure.some((item) => item.action === 'block')
  if (erased && blocked) return 'partlyErased'
  if (blocked) return 'blocked'
  if (erased) return 'erased'
  return 'none'
}

/** The template to use: an erasure letter takes the form that matches what was done. */
export function letterFor(templateId: LetterTemplateId, dsrCase: DsrCase): LetterTemplateId {
  if (!(ERASURE_TEMPLATE_IDS as readonly string[]).includes(templateId)) return templateId
  switch (erasureOutcome(dsrCase.erasure)) {
    case 'partlyErased':
      return 'erasurePartial'
    case 'blocked':
      return 'erasureBlocked'
    default:
      return 'erasureDone'
  }
}

export type LetterFacts = {
  case: DsrCase
  recipientName: string
  /** The one-month deadline as it applies now (adjusted for clock stops). */
  due: IsoDate
  /** The extended deadline as it applies now. */
  extendedDue: IsoDate
  organisation: OrganisationProfile
  /** The template actually used (after `letterFor`). */
  templateId: LetterTemplateId
  language: DocLanguage
  /** The DPO's text for the part of the letter specific to this case. */
  freeText: string
  on: IsoDate
  categoryName: (categoryId: string) => string
  /** The last free copy of the same data, for a fee warning; else the case's own copy. */
  lastFreeCopy?: IsoDate
}

/** The template field that carries the DPO's free text, per template. */
const FREE_TEXT_FIELD: Partial<Record<LetterTemplateId, string>> = {
  identificationRequest: 'requestedInformation',
  rectificationDone: 'correctedData',
  refusal: 'reasons',
  extensionNotice: 'reasons',
  objectionDone: 'reasons',
  restrictionDone: 'restrictedScope',
  feeWarning: 'feeReason'
}

function list(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}

/**
 * The reasons a letter states: the extension notice gives the extension's explanation; a
 * refusal gives the refusal decision's own reasons (never the extension's), so a refusal after
 * an extension does not repeat why more time was needed.
 */
function reasonsFor(templateId: LetterTemplateId, dsrCase: DsrCase): string {
  if (templateId === 'extensionNotice') return dsrCase.extension?.explanation ?? ''
  if (templateId === 'refusal') {
    const refusal = [...dsrCase.decisions]
      .reverse()
      .find((decision) => decision.kind === 'refuse' || decision.kind === 'partialGrant')
    return refusal?.reasons ?? ''
  }
  return ''
}

export function letterFields(facts: LetterFacts): Record<string, string> {
  const words = LETTER_WORDS[facts.language]
  const dsrCase = facts.case
  const erased = dsrCase.erasure
    .filter((item) => item.action === 'erase')
    .map((item) => facts.categoryName(item.categoryId))
  const blocked = dsrCase.erasure
    .filter((item) => item.action === 'block')
    .map((item) =>
      words.blocked(
        facts.categoryName(item.categoryId),
        words.legalBasis[item.legalBasis ?? 'other'],
        item.releaseDate ? addDays(item.releaseDate, -1) : '',
        item.allowedUse ?? ''
      )
    )
  const informed = dsrCase.recipientNotices
    .filter((notice) => notice.notifiedAt)
    .map((notice) => notice.recipientId)
  const noticeOf = words.noticeOf[facts.templateId] ?? ''
  const fields: Record<string, string> = {
    recipientName: facts.recipientName,
    reference: dsrCase.reference,
    date: facts.on,
    receivedDate: dsrCase.receivedAt,
    organisationName: facts.organisation.name,
    dpoName: facts.organisation.dpoName,
    dpoEmail: facts.organisation.email,
    requestType: words.requestType[dsrCase.type],
    dueDate: facts.due,
    newDueDate: dsrCase.extension?.newDue ?? facts.extendedDue,
    reasons: reasonsFor(facts.templateId, dsrCase),
    amount: dsrCase.fee ? String(dsrCase.fee.amountSek) : '',
    feeReason: dsrCase.fee?.reason ?? '',
    lastCopyDate: facts.lastFreeCopy ?? dsrCase.copy?.deliveredAt ?? '',
    erasedCategories: erased.length ? `${list(erased, words.locale)}.` : words.none,
    blockedCategories: blocked.length ? blocked.join('\n') : words.none,
    recipientsInformed: informed.length ? list(informed, words.locale) : words.none,
    recipientsStatement: informed.length
      ? words.informed(noticeOf, list(informed, words.locale))
      : words.noneInformed(noticeOf),
    effectiveDate: facts.on,
    stoppedList: dsrCase.stopped?.length
      ? dsrCase.stopped.map((item) => words.stopped(item.what, item.system, item.from)).join('\n')
      : words.none,
    restrictedScope: words.restrictedAll,
    deliveredFiles: words.deliveredFiles(dsrCase.reference)
  }
  const freeField = FREE_TEXT_FIELD[facts.templateId]
  if (freeField && facts.freeText.trim()) fields[freeField] = facts.freeText.trim()
  return fields
}
