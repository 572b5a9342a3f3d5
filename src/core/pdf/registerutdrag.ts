/**
 * The registerutdrag: a copy of the personal data (Art. 15(3)) with everything Art. 15(1)(a)–(h)
 * and 15(2) require, laid out as a letter for a window envelope.
 */
import type { InventoryCategory } from '../model/types'
import {
  baseDocument,
  firstPageOverlay,
  letterHead,
  signatureBlock,
  type DocDefinition,
  type DocNode
} from './layout'
import type { DocLanguage, RegisterutdragModel } from './model'

type DataSection = RegisterutdragModel['dataSections'][number]

export const REGISTERUTDRAG_TEXT = {
  sv: {
    title: 'Registerutdrag enligt artikel 15 i dataskyddsförordningen',
    concerns: 'Avser',
    period: 'Period',
    intro: (org: string) =>
      `Du har begärt att få veta om ${org} behandlar personuppgifter om dig. Här får du en kopia av de uppgifter vi behandlar och information om hur vi behandlar dem.`,
    data: '1. Personuppgifter som vi behandlar om dig',
    noData: 'Vi behandlar inga personuppgifter om dig.',
    purposes: '2. Ändamål och rättslig grund',
    legalBasis: 'Rättslig grund',
    categories: '3. Kategorier av personuppgifter',
    recipients: '4. Mottagare',
    namedRecipients: 'Mottagare som har fått dina uppgifter',
    recipientCategories: 'Kategorier av mottagare',
    retention: '5. Hur länge uppgifterna sparas',
    rights: '6. Dina rättigheter',
    rightsText: [
      'Du har rätt att få felaktiga uppgifter rättade och ofullständiga uppgifter kompletterade (artikel 16).',
      'Du har rätt att få uppgifter raderade när de inte längre behövs, när du återkallar ett samtycke eller när behandlingen saknar rättslig grund (artikel 17). Uppgifter som vi enligt lag måste spara, till exempel enligt bokföringslagen, spärras i stället så att de bara används för att uppfylla den skyldigheten.',
      'Du har rätt att begära att behandlingen begränsas, till exempel medan felaktiga uppgifter utreds (artikel 18).',
      'Du har rätt att invända mot behandling som grundas på berättigat intresse, och alltid mot direktmarknadsföring (artikel 21).',
      'Du har rätt att få ut uppgifter som du själv har lämnat i ett maskinläsbart format (artikel 20).',
      'Den första kopian av dina uppgifter är kostnadsfri. Begär du inom tolv månader ytterligare en kopia av samma uppgifter för samma period får vi ta ut en rimlig avgift för den kopian, men först efter att ha meddelat dig avgiften så att du kan återkalla eller ändra din begäran. En kopia av andra uppgifter eller för en annan period, och en kopia som du begär tolv månader eller mer efter den förra, är alltid kostnadsfri.'
    ],
    complaint: '7. Rätt att klaga hos Integritetsskyddsmyndigheten',
    complaintText:
      'Om du anser att vi behandlar dina personuppgifter felaktigt har du rätt att lämna ett klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se.',
    source: '8. Varifrån uppgifterna kommer',
    automated: '9. Automatiserat beslutsfattande och profilering',
    transfers: '10. Överföring till länder utanför EU/EES',
    contact: (email: string) =>
      `Har du frågor om registerutdraget kan du kontakta oss på ${email}.`,
    tableSource: (source: string) => `Uppgifter ur ${source}`,
    /** Labels of the person's own record, the first data section's prefill. */
    subject: {
      name: 'Namn',
      personnummer: 'Personnummer',
      email: 'E-post',
      phone: 'Telefon',
      address: 'Adress',
      customerRefs: 'Kundnummer'
    }
  },
  en: {
    title: 'Copy of personal data under Article 15 of the General Data Protection Regulation',
    concerns: 'Concerning',
    period: 'Period',
    intro: (org: string) =>
      `You asked whether ${org} processes personal data about you. Here is a copy of the data we process and information about how we process it.`,
    data: '1. Personal data we process about you',
    noData: 'We do not process any personal data about you.',
    purposes: '2. Purposes and legal basis',
    legalBasis: 'Legal basis',
    categories: '3. Categories of personal data',
    recipients: '4. Recipients',
    namedRecipients: 'Recipients who have received your data',
    recipientCategories: 'Categories of recipients',
    retention: '5. How long the data is kept',
    rights: '6. Your rights',
    rightsText: [
      'You have the right to have inaccurate data rectified and incomplete data completed (Article 16).',
      'You have the right to have data erased when it is no longer needed, when you withdraw consent or when the processing has no legal basis (Article 17). Data we must keep by law, for example under the Swedish Bookkeeping Act, is blocked instead, so that it is used only to meet that obligation.',
      'You have the right to ask for the processing to be restricted, for example while inaccurate data is investigated (Article 18).',
      'You have the right to object to processing based on legitimate interests, and always to direct marketing (Article 21).',
      'You have the right to receive data you provided in a machine-readable format (Article 20).',
      'Your first copy of your data is free of charge. If, within twelve months, you ask for a further copy of the same data for the same period, we may charge a reasonable fee for that copy, but only after telling you the fee so that you can withdraw or change your request. A copy of other data or for another period, and a copy you ask for twelve months or more after the previous one, is always free of charge.'
    ],
    complaint: '7. Right to lodge a complaint with the supervisory authority',
    complaintText:
      'If you consider that we process your personal data wrongly, you have the right to lodge a complaint with the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), Box 8114, 104 20 Stockholm, Sweden, www.imy.se.',
    source: '8. Where the data comes from',
    automated: '9. Automated decision-making and profiling',
    transfers: '10. Transfers outside the EU/EEA',
    contact: (email: string) => `If you have questions about this copy, contact us at ${email}.`,
    tableSource: (source: string) => `Data from ${source}`,
    subject: {
      name: 'Name',
      personnummer: 'Personal identity number',
      email: 'E-mail',
      phone: 'Telephone',
      address: 'Address',
      customerRefs: 'Customer number'
    }
  }
} as const

/** The section headings every registerutdrag carries (checked in the PDF text by tests). */
export function registerutdragHeadings(language: DocLanguage): string[] {
  const t = REGISTERUTDRAG_TEXT[language]
  return [
    t.title,
    t.data,
    t.purposes,
    t.categories,
    t.recipients,
    t.retention,
    t.rights,
    t.complaint,
    t.source,
    t.automated,
    t.transfers
  ]
}

function bullets(items: readonly string[]): DocNode {
  return { ul: items.map((item) => ({ text: item })), margin: [0, 0, 0, 4] }
}

/**
 * An imported table with its column headers repeated on every page it spans. Wide tables get a
 * smaller font so that a dozen columns still fit the page width.
 */
function dataTable(table: NonNullable<DataSection['tables']>[number], caption: string): DocNode[] {
  const fontSize = table.columns.length > 8 ? 6.5 : table.columns.length > 5 ? 7.5 : 9
  return [
    { text: caption, style: 'small', margin: [0, 4, 0, 2] },
    {
      table: {
        headerRows: 1,
        widths: table.columns.map(() => '*'),
        body: [
          table.columns.map((column) => ({ text: column, bold: true })),
          ...table.rows.map((row) => row.map((cell) => ({ text: cell })))
        ]
      },
      fontSize,
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 4]
    }
  ]
}

function perCategory(
  inventory: readonly InventoryCategory[],
  pick: (category: InventoryCategory) => string
): DocNode {
  return {
    table: {
      widths: ['35%', '*'],
      body: inventory.map((category) => [
        { text: category.name, bold: true },
        { text: pick(category) }
      ])
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4]
  }
}

export function buildRegisterutdragDoc(model: RegisterutdragModel): DocDefinition {
  const t = REGISTERUTDRAG_TEXT[model.language]
  const concerns = [model.subject.name, model.subject.personnummer].filter(Boolean).join(', ')
  const dataContent: DocNode[] =
    model.dataSections.length === 0
      ? [{ text: t.noData }]
      : model.dataSections.flatMap((section): DocNode[] => [
          { text: section.categoryName, style: 'subheading', headlineLevel: 2 },
          ...(section.entries.length
            ? [
                {
                  table: {
                    widths: ['35%', '*'],
                    headerRows: 0,
                    body: section.entries.map((entry) => [
                      { text: entry.label, color: '#333333' },
                      { text: entry.value }
                    ])
                  },
                  layout: 'lightHorizontalLines'
                }
              ]
            : []),
          ...(section.tables ?? []).flatMap((table) =>
            dataTable(table, t.tableSource(table.source))
          ),
          ...(section.note ? [{ text: section.note, style: 'small', margin: [0, 2, 0, 0] }] : [])
        ])
  const recipientCategories = [
    ...new Set(model.inventory.flatMap((category) => category.recipients))
  ]
  const content: DocNode[] = [
    ...letterHead(model),
    { text: t.title, style: 'title' },
    { text: [{ text: `${t.concerns}: `, bold: true }, { text: concerns }] },
    ...(model.period
      ? [
          {
            text: [
              { text: `${t.period}: `, bold: true },
              { text: `${model.period.from} – ${model.period.to}` }
            ]
          }
        ]
      : []),
    { text: t.intro(model.organisation.name), margin: [0, 6, 0, 0] },
    { text: t.data, style: 'heading', headlineLevel: 1 },
    ...dataContent,
    { text: t.purposes, style: 'heading', headlineLevel: 1 },
    perCategory(
      model.inventory,
      (category) => `${category.purposes.join('; ')}. ${t.legalBasis}: ${category.legalBasis}`
    ),
    { text: t.categories, style: 'heading', headlineLevel: 1 },
    perCategory(model.inventory, (category) => category.examples),
    { text: t.recipients, style: 'heading', headlineLevel: 1 },
    ...(model.namedRecipients.length
      ? [
          { text: t.namedRecipients, style: 'subheading', headlineLevel: 2 },
          bullets(model.namedRecipients)
        ]
      : []),
    { text: t.recipientCategories, style: 'subheading', headlineLevel: 2 },
    bullets(recipientCategories),
    { text: t.retention, style: 'heading', headlineLevel: 1 },
    perCategory(model.inventory, (category) => category.retention),
    { text: t.rights, style: 'heading', headlineLevel: 1 },
    bullets(t.rightsText),
    { text: t.complaint, style: 'heading', headlineLevel: 1 },
    { text: t.complaintText },
    { text: t.source, style: 'heading', headlineLevel: 1 },
    perCategory(model.inventory, (category) => category.source),
    { text: t.automated, style: 'heading', headlineLevel: 1 },
    { text: model.automatedDecisions },
    { text: t.transfers, style: 'heading', headlineLevel: 1 },
    { text: model.transfers },
    { text: t.contact(model.organisation.email), margin: [0, 8, 0, 0] },
    signatureBlock(model)
  ]
  return baseDocument({
    language: model.language,
    title: `${t.title} – ${model.reference}`,
    organisation: model.organisation,
    overlay: firstPageOverlay(model),
    content
  })
}
