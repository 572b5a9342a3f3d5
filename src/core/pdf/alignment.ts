import type { OrganisationProfile } from '../model/types'
import { ADDRESS_FIELD_MM, baseDocument, firstPageOverlay, mm, type DocDefinition } from './layout'
import type { DocLanguage, LetterLayout } from './model'

const TEXT = {
  sv: {
    title: 'Provutskrift för fönsterkuvert',
    steps: [
      'Skriv ut sidan i 100 % skala (inte "anpassa till sidan").',
      'Vik arket i tre delar som ett vanligt brev och lägg det i kuvertet.',
      'Hela den streckade rutan med provadressen ska synas i kuvertets fönster, utan att texten når kanten.',
      'Om adressen hamnar fel: ändra vänster- och toppavstånd under Inställningar › Brev och skriv ut en ny provsida.'
    ],
    position: (left: number, top: number) =>
      `Adressfältets övre vänstra hörn: ${left} mm från vänster kant, ${top} mm från överkanten (DIN 5008 form B är 20 mm och 45 mm).`
  },
  en: {
    title: 'Window envelope test print',
    steps: [
      'Print this page at 100 % scale (not "fit to page").',
      'Fold it in three like a normal letter and put it in the envelope.',
      'The whole dashed box with the sample address must show in the window, with no text at the edge.',
      'If the address is off, change the left and top offsets under Settings › Letters and print a new test page.'
    ],
    position: (left: number, top: number) =>
      `Top-left corner of the address field: ${left} mm from the left edge, ${top} mm from the top (DIN 5008 form B is 20 mm and 45 mm).`
  }
} as const

/** A page with the address field outlined, to check the printer and envelope before posting. */
export function buildAlignmentTestPage(input: {
  language: DocLanguage
  organisation: OrganisationProfile
  layout: LetterLayout
  date: string
}): DocDefinition {
  const t = TEXT[input.language]
  const { addressLeftMm: left, addressTopMm: top } = input.layout
  const overlay = [
    ...firstPageOverlay({
      language: input.language,
      organisation: input.organisation,
      recipient: {
        name: 'Provmottagare Testsson',
        address: { street: 'Provgatan 1', postalCode: '123 45', city: 'PROVSTAD' }
      },
      reference: 'DSR-0000-0000',
      date: input.date,
      layout: input.layout
    }),
    {
      absolutePosition: { x: 0, y: 0 },
      canvas: [
        {
          type: 'rect',
          x: mm(left),
          y: mm(top),
          w: mm(ADDRESS_FIELD_MM.width),
          h: mm(ADDRESS_FIELD_MM.height),
          lineWidth: 0.8,
          dash: { length: 4 }
        },
        {
          type: 'line',
          x1: mm(left),
          y1: mm(top + ADDRESS_FIELD_MM.returnZone),
          x2: mm(left + ADDRESS_FIELD_MM.width),
          y2: mm(top + ADDRESS_FIELD_MM.returnZone),
          lineWidth: 0.3,
          dash: { length: 2 }
        },
        // Fold marks for a three-part fold (DIN 5008: 105 mm and 210 mm).
        { type: 'line', x1: 0, y1: mm(105), x2: mm(8), y2: mm(105), lineWidth: 0.5 },
        { type: 'line', x1: 0, y1: mm(210), x2: mm(8), y2: mm(210), lineWidth: 0.5 }
      ]
    }
  ]
  return baseDocument({
    language: input.language,
    title: t.title,
    organisation: input.organisation,
    overlay,
    content: [
      { text: '', margin: [0, mm(top + ADDRESS_FIELD_MM.height - 10), 0, 0] },
      { text: t.title, style: 'title' },
      { ol: t.steps.map((step) => ({ text: step })) },
      { text: t.position(left, top), margin: [0, mm(4), 0, 0] }
    ]
  })
}
