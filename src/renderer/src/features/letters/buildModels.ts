/** Turns a case, its subject and the settings into the document models main renders. */
import {
  CASE_TYPE_SV,
  formatPersonnummer,
  LEGAL_BASIS_SV,
  type DataSubject,
  type InventoryCategory,
  type OrganisationProfile
} from '../../../../core'
import type {
  DocLanguage,
  LetterModel,
  LetterTemplateId,
  RegisterutdragModel
} from '../../../../core/pdf/model'
import { DEFAULT_TEMPLATES } from '../../../../core/pdf/templates'
import type { CaseView } from '../cases/useCases'
import type { LetterSettings } from '../organisation/organisation'

/** The template field that carries the DPO's free text, per template. */
const FREE_TEXT_FIELD: Partial<Record<LetterTemplateId, string>> = {
  identificationRequest: 'requestedInformation',
  rectificationDone: 'correctedData',
  refusal: 'reasons',
  extensionNotice: 'reasons',
  feeWarning: 'feeReason'
}

export function letterFields(
  view: CaseView,
  organisation: OrganisationProfile,
  templateId: LetterTemplateId,
  freeText: string,
  on: string,
  categoryName: (id: string) => string
): Record<string, string> {
  const dsrCase = view.case
  const erased = dsrCase.erasure
    .filter((item) => item.action === 'erase')
    .map((item) => categoryName(item.categoryId))
  const blocked = dsrCase.erasure
    .filter((item) => item.action === 'block')
    .map(
      (item) =>
        `${categoryName(item.categoryId)} (${LEGAL_BASIS_SV[item.legalBasis ?? 'other']}, till ${item.releaseDate})`
    )
  const informed = dsrCase.recipientNotices
    .filter((notice) => notice.notifiedAt)
    .map((notice) => notice.recipientId)
  const lastDecision = dsrCase.decisions.at(-1)
  const fields: Record<string, string> = {
    recipientName: view.subject?.name ?? '',
    reference: dsrCase.reference,
    date: on,
    receivedDate: dsrCase.receivedAt,
    organisationName: organisation.name,
    dpoName: organisation.dpoName,
    dpoEmail: organisation.email,
    requestType: CASE_TYPE_SV[dsrCase.type].toLowerCase(),
    dueDate: view.deadlines.due,
    newDueDate: dsrCase.extension?.newDue ?? view.deadlines.extendedDue,
    reasons: dsrCase.extension?.explanation ?? lastDecision?.reasons ?? '',
    amount: dsrCase.fee ? String(dsrCase.fee.amountSek) : '',
    feeReason: dsrCase.fee?.reason ?? '',
    lastCopyDate: dsrCase.copy?.deliveredAt ?? '',
    erasedCategories: erased.join(', ') || 'Inga.',
    blockedCategories: blocked.join('; ') || 'Inga.',
    recipientsInformed: informed.join(', ') || 'Inga mottagare har behövt underrättas.',
    effectiveDate: on
  }
  const freeField = FREE_TEXT_FIELD[templateId]
  if (freeField && freeText.trim()) fields[freeField] = freeText.trim()
  return fields
}

export function buildLetterModel(input: {
  view: CaseView
  subject: DataSubject & { address: NonNullable<DataSubject['address']> }
  organisation: OrganisationProfile
  settings: LetterSettings
  templateId: LetterTemplateId
  language: DocLanguage
  freeText: string
  on: string
  categoryName: (id: string) => string
}): LetterModel {
  const template =
    input.settings.templates[input.language][input.templateId] ??
    DEFAULT_TEMPLATES[input.language][input.templateId]
  return {
    language: input.language,
    templateId: input.templateId,
    template,
    organisation: input.organisation,
    ...(input.settings.logo ? { logo: input.settings.logo } : {}),
    recipient: { name: input.subject.name, address: input.subject.address },
    reference: input.view.case.reference,
    date: input.on,
    fields: letterFields(
      input.view,
      input.organisation,
      input.templateId,
      input.freeText,
      input.on,
      input.categoryName
    ),
    signature: {
      name: input.organisation.signatoryName || input.organisation.dpoName,
      title: input.organisation.signatoryTitle,
      ...(input.settings.signatureImage ? { image: input.settings.signatureImage } : {})
    },
    layout: input.settings.layout
  }
}

/** "Rubrik: värde" lines into entries; lines without a colon become a value with an empty label. */
export function parseEntries(text: string): { label: string; value: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':')
      return colon > 0
        ? { label: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() }
        : { label: '', value: line }
    })
}

/** The subject's own record, as the first section of the copy. */
export function subjectEntries(subject: DataSubject): string {
  return [
    `Namn: ${subject.name}`,
    subject.personnummer ? `Personnummer: ${formatPersonnummer(subject.personnummer)}` : '',
    subject.email ? `E-post: ${subject.email}` : '',
    subject.phone ? `Telefon: ${subject.phone}` : '',
    subject.address
      ? `Adress: ${subject.address.street}, ${subject.address.postalCode} ${subject.address.city}`
      : '',
    subject.customerRefs.length ? `Kundnummer: ${subject.customerRefs.join(', ')}` : ''
  ]
    .filter(Boolean)
    .join('\n')
}

export function buildRegisterutdragModel(input: {
  view: CaseView
  subject: DataSubject & { address: NonNullable<DataSubject['address']> }
  organisation: OrganisationProfile
  settings: LetterSettings
  inventory: InventoryCategory[]
  sections: Record<string, string>
  language: DocLanguage
  on: string
}): RegisterutdragModel {
  return {
    language: input.language,
    organisation: input.organisation,
    ...(input.settings.logo ? { logo: input.settings.logo } : {}),
    recipient: { name: input.subject.name, address: input.subject.address },
    reference: input.view.case.reference,
    date: input.on,
    subject: {
      name: input.subject.name,
      ...(input.subject.personnummer
        ? { personnummer: formatPersonnummer(input.subject.personnummer) }
        : {})
    },
    dataSections: input.inventory
      .map((category) => ({
        categoryId: category.id,
        categoryName: category.name,
        entries: parseEntries(input.sections[category.id] ?? '')
      }))
      .filter((section) => section.entries.length > 0),
    inventory: input.inventory,
    namedRecipients: [],
    automatedDecisions: input.settings.automatedDecisions,
    transfers: input.settings.transfers,
    signature: {
      name: input.organisation.signatoryName || input.organisation.dpoName,
      title: input.organisation.signatoryTitle,
      ...(input.settings.signatureImage ? { image: input.settings.signatureImage } : {})
    },
    layout: input.settings.layout
  }
}
