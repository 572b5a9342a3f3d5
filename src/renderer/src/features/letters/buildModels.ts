/** Turns a case, its subject and the settings into the document models main renders. */
import {
  namedRecipientLines,
  formatPersonnummer,
  type DataSubject,
  type InventoryCategory,
  type OrganisationProfile
} from '@core'
import { letterFields as caseLetterFields, letterFor } from '@core/pdf/letterFields'
import type {
  DocLanguage,
  LetterModel,
  LetterTemplateId,
  RegisterutdragModel
} from '@core/pdf/model'
import { REGISTERUTDRAG_TEXT } from '@core/pdf/registerutdrag'
import { DEFAULT_TEMPLATES } from '@core/pdf/templates'
import type { CaseView } from '../cases/useCases'
import type { LetterSettings } from '../organisation/organisation'

/** The placeholder values of a letter, in the letter's language (the rules live in core). */
export function letterFields(
  view: CaseView,
  organisation: OrganisationProfile,
  templateId: LetterTemplateId,
  freeText: string,
  on: string,
  categoryName: (id: string) => string,
  language: DocLanguage = 'sv',
  lastFreeCopy?: string
): Record<string, string> {
  return caseLetterFields({
    case: view.case,
    recipientName: view.subject?.name ?? '',
    due: view.deadlines.due,
    extendedDue: view.deadlines.extendedDue,
    organisation,
    templateId,
    language,
    freeText,
    on,
    categoryName,
    ...(lastFreeCopy ? { lastFreeCopy } : {})
  })
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
  /** The last free copy of the same data, for a fee warning. */
  lastFreeCopy?: string | undefined
}): LetterModel {
  // An erasure letter takes the form that says what was done (erased, partly, blocked).
  const templateId = letterFor(input.templateId, input.view.case)
  const template =
    input.settings.templates[input.language][templateId] ??
    DEFAULT_TEMPLATES[input.language][templateId]
  return {
    language: input.language,
    templateId,
    template,
    organisation: input.organisation,
    ...(input.settings.logo ? { logo: input.settings.logo } : {}),
    recipient: { name: input.subject.name, address: input.subject.address },
    reference: input.view.case.reference,
    date: input.on,
    fields: letterFields(
      input.view,
      input.organisation,
      templateId,
      input.freeText,
      input.on,
      input.categoryName,
      input.language,
      input.lastFreeCopy
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

/** The subject's own record, as the first section of the copy, labelled in the letter's language. */
export function subjectEntries(subject: DataSubject, language: DocLanguage): string {
  const label = REGISTERUTDRAG_TEXT[language].subject
  return [
    `${label.name}: ${subject.name}`,
    subject.personnummer
      ? `${label.personnummer}: ${formatPersonnummer(subject.personnummer)}`
      : '',
    subject.email ? `${label.email}: ${subject.email}` : '',
    subject.phone ? `${label.phone}: ${subject.phone}` : '',
    subject.address
      ? `${label.address}: ${[subject.address.co, subject.address.street].filter(Boolean).join(', ')}, ${subject.address.postalCode} ${subject.address.city}`
      : '',
    subject.customerRefs.length ? `${label.customerRefs}: ${subject.customerRefs.join(', ')}` : ''
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
  /** The period the copy covers, if the request was limited to one. */
  period?: { from: string; to: string }
}): RegisterutdragModel {
  return {
    ...(input.period ? { period: input.period } : {}),
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
      .map((category) => {
        // Data imported from other systems for this case (issue 16) prints as tables.
        const tables = (input.view.case.collected ?? [])
          .filter((table) => table.categoryId === category.id && table.rows.length > 0)
          .map((table) => ({ source: table.source, columns: table.columns, rows: table.rows }))
        return {
          categoryId: category.id,
          categoryName: category.name,
          entries: parseEntries(input.sections[category.id] ?? ''),
          ...(tables.length ? { tables } : {})
        }
      })
      .filter((section) => section.entries.length > 0 || (section.tables?.length ?? 0) > 0),
    inventory: input.inventory,
    // Art. 15(1)(c): the recipients the inventory names, in the letter's language.
    namedRecipients: namedRecipientLines(input.inventory, input.language),
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
