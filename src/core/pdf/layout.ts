/**
 * Page furniture shared by every letter: sender block, the recipient address placed for a
 * window envelope (DIN 5008 form B by default), the information block with date and reference,
 * the signature block and the footer with "page X of Y".
 */
import type { OrganisationProfile, PostalAddress } from '../model/types'
import { ADDRESS_LINE_HEIGHT, fitAddress, type AddressFit } from './addressFit'
import type { DocLanguage, LetterLayout } from './model'

/** pdfmake document nodes; kept loose so core does not depend on pdfmake. */
export type DocNode = Record<string, unknown> | string
export type DocDefinition = Record<string, unknown> & { content: DocNode[] }

export const MM = 72 / 25.4
export const mm = (value: number): number => Math.round(value * MM * 100) / 100

export const PAGE_MARGINS_MM = { left: 25, top: 20, right: 20, bottom: 25 }
/** DIN 5008 form B address field: 85 × 45 mm; the first 17.7 mm hold the return address. */
export const ADDRESS_FIELD_MM = { width: 85, height: 45, returnZone: 17.7 }

export const FONT = 'LiberationSans'

/** Marks the footer's nodes: they share the page with the content but do not follow it. */
const FOOTER_STYLE = 'footer'

export const UI_TEXT = {
  sv: {
    date: 'Datum',
    ourReference: 'Vårt ärende',
    handledBy: 'Handläggare',
    page: (current: number, count: number) => `Sida ${current} av ${count}`,
    regards: 'Med vänliga hälsningar',
    orgNumber: 'Org.nr',
    eSigned: (fingerprint: string) =>
      `Dokumentet är elektroniskt signerat. Kontrollera signaturen i en PDF-läsare; certifikatets SHA-256-fingeravtryck: ${fingerprint}`
  },
  en: {
    date: 'Date',
    ourReference: 'Our reference',
    handledBy: 'Handled by',
    page: (current: number, count: number) => `Page ${current} of ${count}`,
    regards: 'Kind regards',
    orgNumber: 'Reg. no.',
    eSigned: (fingerprint: string) =>
      `This document is electronically signed. Check the signature in a PDF reader; SHA-256 fingerprint of the certificate: ${fingerprint}`
  }
} as const

export function addressLines(name: string, address: PostalAddress): string[] {
  return [
    name,
    ...(address.co ? [`c/o ${address.co}`] : []),
    address.street,
    `${address.postalCode} ${address.city}`.trim(),
    ...(address.country ? [address.country.toUpperCase()] : [])
  ].filter((line) => line.trim() !== '')
}

/** Room for the recipient below the return address, with a little air at the edges. */
export const RECIPIENT_ZONE_MM = {
  width: ADDRESS_FIELD_MM.width - 2,
  height: ADDRESS_FIELD_MM.height - ADDRESS_FIELD_MM.returnZone - 1
}

/** How the recipient's address is set in the window (wrapped, shrunk, or too long). */
export function recipientFit(recipient: { name: string; address: PostalAddress }): AddressFit {
  return fitAddress(addressLines(recipient.name, recipient.address), {
    widthMm: RECIPIENT_ZONE_MM.width,
    heightMm: RECIPIENT_ZONE_MM.height
  })
}

export function imageDataUrl(bytes: Uint8Array): string {
  const isPng = bytes[0] === 0x89
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:image/${isPng ? 'png' : 'jpeg'};base64,${btoa(binary)}`
}

/** Everything absolutely placed on page 1: return address, recipient address, information block. */
export function firstPageOverlay(input: {
  language: DocLanguage
  organisation: OrganisationProfile
  recipient: { name: string; address: PostalAddress }
  reference: string
  date: string
  layout: LetterLayout
}): DocNode[] {
  const t = UI_TEXT[input.language]
  const { addressLeftMm, addressTopMm } = input.layout
  const org = input.organisation
  const fit = recipientFit(input.recipient)
  const returnAddress = [
    org.name,
    org.address.street,
    `${org.address.postalCode} ${org.address.city}`
  ].join(', ')
  return [
    {
      absolutePosition: { x: mm(addressLeftMm), y: mm(addressTopMm + 8) },
      width: mm(ADDRESS_FIELD_MM.width),
      text: returnAddress,
      fontSize: 7,
      decoration: 'underline'
    },
    // Lines are wrapped and sized here (recipientFit), each set without further wrapping, so
    // nothing runs past the window; pdfmake does not bound absolutely placed text by width.
    ...fit.lines.map((line, index) => ({
      absolutePosition: {
        x: mm(addressLeftMm),
        y:
          mm(addressTopMm + ADDRESS_FIELD_MM.returnZone) +
          index * fit.fontSize * ADDRESS_LINE_HEIGHT
      },
      text: line,
      fontSize: fit.fontSize,
      noWrap: true
    })),
    {
      absolutePosition: { x: mm(125), y: mm(addressTopMm + 5) },
      width: mm(65),
      fontSize: 9,
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: `${t.date}:`, color: '#444444' }, { text: input.date }],
          [{ text: `${t.ourReference}:`, color: '#444444' }, { text: input.reference }],
          [{ text: `${t.handledBy}:`, color: '#444444' }, { text: org.dpoName }],
          [{ text: '', color: '#444444' }, { text: org.email }]
        ]
      },
      layout: 'noBorders'
    }
  ]
}

/** The sender block at the top of page 1 and the space that keeps the text below the window. */
export function letterHead(input: {
  organisation: OrganisationProfile
  logo?: Uint8Array
  layout: LetterLayout
}): DocNode[] {
  const org = input.organisation
  const sender: DocNode = {
    stack: [
      { text: org.name, bold: true, fontSize: 13 },
      {
        text: `${org.address.street}, ${org.address.postalCode} ${org.address.city}`,
        fontSize: 8,
        color: '#444444'
      }
    ]
  }
  const head: DocNode = input.logo
    ? {
        columns: [
          { image: imageDataUrl(input.logo), fit: [mm(45), mm(16)], width: mm(50) },
          sender
        ],
        columnGap: mm(5)
      }
    : sender
  // Page 1 text starts below the address field and information block.
  const startMm = input.layout.addressTopMm + ADDRESS_FIELD_MM.height + 8
  const usedMm = PAGE_MARGINS_MM.top + 16
  return [head, { text: '', margin: [0, mm(Math.max(0, startMm - usedMm)), 0, 0] }]
}

/** The signature block, built from the parts of a document model every letter shares. */
export function signatureBlock(input: {
  language: DocLanguage
  date: string
  signature: { name: string; title: string; image?: Uint8Array | undefined }
  certificateFingerprint?: string | undefined
}): DocNode {
  const t = UI_TEXT[input.language]
  return {
    unbreakable: true,
    margin: [0, mm(8), 0, 0],
    stack: [
      { text: t.regards },
      input.signature.image
        ? {
            image: imageDataUrl(input.signature.image),
            fit: [mm(50), mm(18)],
            margin: [0, mm(2), 0, mm(1)]
          }
        : { text: ' ', margin: [0, mm(8), 0, 0] },
      { text: input.signature.name, bold: true },
      ...(input.signature.title ? [{ text: input.signature.title }] : []),
      { text: `${t.date}: ${input.date}` },
      ...(input.certificateFingerprint
        ? [
            {
              text: t.eSigned(input.certificateFingerprint),
              fontSize: 7,
              color: '#444444',
              margin: [0, mm(4), 0, 0]
            }
          ]
        : [])
    ]
  }
}

export function footer(language: DocLanguage, organisation: OrganisationProfile) {
  const t = UI_TEXT[language]
  const orgLine = [
    organisation.name,
    `${organisation.address.street}, ${organisation.address.postalCode} ${organisation.address.city}`,
    organisation.orgNumber ? `${t.orgNumber} ${organisation.orgNumber}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
  return (currentPage: number, pageCount: number): DocNode => ({
    margin: [mm(PAGE_MARGINS_MM.left), mm(8), mm(PAGE_MARGINS_MM.right), 0],
    columns: [
      { text: orgLine, style: FOOTER_STYLE, fontSize: 7, color: '#555555' },
      {
        text: t.page(currentPage, pageCount),
        style: FOOTER_STYLE,
        alignment: 'right',
        fontSize: 8,
        width: mm(30)
      }
    ]
  })
}

/** What pdfmake tells `pageBreakBefore` about a node (pdfmake 0.3). */
export type PageNodeInfo = {
  headlineLevel?: number
  style?: unknown
  text?: unknown
  image?: unknown
  pageNumbers: number[]
  startPosition: { pageInnerHeight: number; verticalRatio: number }
}
type PageNodes = { getFollowingNodesOnPage(): PageNodeInfo[] }

/** Room for two lines of body text (10 pt at line height 1.2) with a little spacing. */
export const MIN_ROOM_UNDER_HEADING_PT = 28

/**
 * Keeps headings with what follows them: a heading (any node with a `headlineLevel`) moves to
 * the next page when nothing but other headings follows it on its page, or when the text
 * under it has room for less than two lines before it runs onto the next page. So a heading
 * is never left at the foot of a page.
 */
export function keepHeadingsWithContent(node: PageNodeInfo, nodes: PageNodes): boolean {
  if (!node.headlineLevel) return false
  const content = nodes
    .getFollowingNodesOnPage()
    .find(
      (following) =>
        !following.headlineLevel &&
        following.style !== FOOTER_STYLE &&
        (following.text !== undefined || following.image !== undefined)
    )
  if (!content) return true
  const { pageInnerHeight, verticalRatio } = content.startPosition
  const room = pageInnerHeight * (1 - verticalRatio)
  return content.pageNumbers.length > 1 && room < MIN_ROOM_UNDER_HEADING_PT
}

export function baseDocument(input: {
  language: DocLanguage
  title: string
  organisation: OrganisationProfile
  overlay: DocNode[]
  content: DocNode[]
}): DocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [
      mm(PAGE_MARGINS_MM.left),
      mm(PAGE_MARGINS_MM.top),
      mm(PAGE_MARGINS_MM.right),
      mm(PAGE_MARGINS_MM.bottom)
    ],
    info: {
      title: input.title,
      author: input.organisation.name,
      subject: input.title,
      creator: 'DPO Desk',
      producer: 'DPO Desk'
    },
    language: input.language === 'sv' ? 'sv-SE' : 'en-GB',
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.2 },
    pageBreakBefore: keepHeadingsWithContent,
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, mm(4)] },
      heading: { fontSize: 11.5, bold: true, margin: [0, mm(5), 0, mm(2)] },
      subheading: { fontSize: 10, bold: true, margin: [0, mm(3), 0, mm(1)] },
      small: { fontSize: 8.5, color: '#333333' },
      [FOOTER_STYLE]: {}
    },
    background: (currentPage: number) => (currentPage === 1 ? input.overlay : []),
    footer: footer(input.language, input.organisation),
    content: input.content
  }
}
