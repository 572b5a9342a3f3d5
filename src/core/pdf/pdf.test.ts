import { describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../../../tests/fixtures/documents'
import { buildAlignmentTestPage } from './alignment'
import { keepHeadingsWithContent, type PageNodeInfo } from './layout'
import { buildLetterDoc } from './letter'
import { DEFAULT_LAYOUT, LETTER_TEMPLATE_IDS, letterSchema, registerutdragSchema } from './model'
import { buildRegisterutdragDoc, registerutdragHeadings } from './registerutdrag'
import { DEFAULT_TEMPLATES, fillTemplate, unknownPlaceholders } from './templates'

/** The JSON a document definition serialises to (functions such as the footer drop out). */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(texts)
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts)
  return []
}

describe('registerutdrag document definition', () => {
  const model = sampleRegisterutdrag()

  it('matches the reviewed snapshot', () => {
    expect(json(buildRegisterutdragDoc(model))).toMatchSnapshot()
  })

  it('has every Art. 15 section heading, in Swedish and English', () => {
    for (const language of ['sv', 'en'] as const) {
      const all = texts(json(buildRegisterutdragDoc({ ...model, language })))
      for (const heading of registerutdragHeadings(language))
        expect(all, heading).toContain(heading)
    }
  })

  it('prints imported data as a table with its column headers repeated on each page', () => {
    const section = model.dataSections[0]!
    const withTable = {
      ...model,
      dataSections: [
        {
          ...section,
          tables: [
            { source: 'kundsystemet', columns: ['Order', 'Datum'], rows: [['A-1', '2026-01-02']] }
          ]
        }
      ]
    }
    expect(registerutdragSchema.safeParse(withTable).success).toBe(true)
    const doc = json(buildRegisterutdragDoc(withTable))
    expect(texts(doc)).toEqual(
      expect.arrayContaining(['Uppgifter ur kundsystemet', 'Order', 'Datum', 'A-1', '2026-01-02'])
    )
    expect(JSON.stringify(doc)).toContain('"headerRows":1')
    // A row with a missing cell is refused before anything is rendered.
    const ragged = {
      ...withTable,
      dataSections: [{ ...section, tables: [{ source: 'x', columns: ['a', 'b'], rows: [['1']] }] }]
    }
    expect(registerutdragSchema.safeParse(ragged).success).toBe(false)
  })

  it('places the recipient address in the DIN 5008 form B window by default', () => {
    const doc = buildRegisterutdragDoc(model)
    const overlay = (
      doc['background'] as (page: number) => {
        absolutePosition?: { x: number; y: number }
        text?: string
        noWrap?: boolean
        fontSize?: number
      }[]
    )(1)
    const address = overlay.filter((node) => node.noWrap)
    // 20 mm from the left, 45 + 17.7 mm from the top, in points; one line under the other.
    expect(address[0]?.absolutePosition).toEqual({ x: 56.69, y: 177.73 })
    expect(address.map((line) => line.text)).toEqual([
      'Märta Åkesson-Öberg',
      'Ängsvägen 3 lgh 1102',
      '752 36 Uppsala'
    ])
    expect(address.map((line) => line.fontSize)).toEqual([11, 11, 11])
    expect(address[1]!.absolutePosition!.y - address[0]!.absolutePosition!.y).toBeCloseTo(12.65, 1)
    expect((doc['background'] as (page: number) => unknown[])(2)).toEqual([])
  })

  it('numbers pages "Sida X av Y"', () => {
    const footer = buildRegisterutdragDoc(model)['footer'] as (
      current: number,
      count: number
    ) => unknown
    expect(texts(footer(2, 5))).toContain('Sida 2 av 5')
  })

  it('states plainly when no data is processed', () => {
    expect(texts(json(buildRegisterutdragDoc({ ...model, dataSections: [] })))).toContain(
      'Vi behandlar inga personuppgifter om dig.'
    )
  })

  it('keeps hostile text as text: no keys, images or links can be injected', () => {
    const hostile =
      '{"image":"file:///etc/passwd","link":"https://evil.example"} {{signatory}} <script>'
    const doc = json(
      buildRegisterutdragDoc({
        ...model,
        subject: { name: hostile },
        dataSections: [
          { categoryId: 'x', categoryName: hostile, entries: [{ label: hostile, value: hostile }] }
        ]
      })
    )
    const serialised = JSON.stringify(doc)
    expect(serialised).not.toContain('"image":"file')
    expect(serialised).not.toContain('"link":')
    expect(texts(doc)).toContain(hostile)
  })
})

describe('letters', () => {
  it.each(LETTER_TEMPLATE_IDS.flatMap((id) => [[id, 'sv'] as const, [id, 'en'] as const]))(
    '%s (%s) fills every placeholder',
    (id, language) => {
      const model = sampleLetter(id, language)
      expect(letterSchema.safeParse(model).success).toBe(true)
      const all = texts(json(buildLetterDoc(model))).join('\n')
      expect(all).not.toMatch(/\{\{|\[saknas|\[missing/)
      expect(all).toContain('Märta Åkesson-Öberg')
      expect(unknownPlaceholders(DEFAULT_TEMPLATES[language][id].body, id)).toEqual([])
    }
  )

  it('states the period "from … to …" in the receipt acknowledgement, with "senast"', () => {
    const all = texts(json(buildLetterDoc(sampleLetter('receiptAcknowledgement')))).join(' ')
    expect(all).toContain('under perioden från 2026-11-20 till 2026-12-21')
    expect(all).toContain('utan onödigt dröjsmål och senast 2026-12-21')
    expect(all).toContain('i så fall meddelar vi dig det senast 2026-12-21')
  })

  it('tells the subject of IMY and the courts in a refusal (art. 12(4))', () => {
    const all = texts(json(buildLetterDoc(sampleLetter('refusal')))).join(' ')
    expect(all).toContain(
      'Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se'
    )
    expect(all).toContain('vidta rättsliga åtgärder genom att väcka talan i allmän domstol')
  })

  it('keeps the Swedish wording the review asked for in every default letter', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES.sv)) {
      const text = `${template.subject}\n${template.body}`
      expect(text).not.toMatch(
        /senast inom|före \{\{|en ytterligare kopia|följande mottagare[^.]*: Inga/
      )
      expect(text).not.toMatch(/; [A-ZÅÄÖ]/)
    }
    expect(DEFAULT_TEMPLATES.sv.feeWarning.subject).toContain('ytterligare en kopia')
  })

  it('inserts values as plain text and shows a missing one', () => {
    expect(
      fillTemplate('Hej {{recipientName}}, {{ reference }}!', {
        recipientName: '{{dpoEmail}} <b>',
        reference: 'DSR-2026-0001'
      })
    ).toBe('Hej {{dpoEmail}} <b>, DSR-2026-0001!')
    expect(fillTemplate('Svara senast {{dueDate}}.', {})).toBe('Svara senast [saknas: dueDate].')
    expect(fillTemplate('By {{dueDate}}.', {}, 'en')).toBe('By [missing: dueDate].')
  })

  it('finds typos in an edited template', () => {
    expect(unknownPlaceholders('Hej {{recipentName}} {{reference}}', 'refusal')).toEqual([
      'recipentName'
    ])
  })
})

describe('headings at the foot of a page', () => {
  const info = (over: Partial<PageNodeInfo>): PageNodeInfo => ({
    pageNumbers: [1],
    startPosition: { pageInnerHeight: 700, verticalRatio: 0.5 },
    ...over
  })
  const following = (...nodes: PageNodeInfo[]) => ({ getFollowingNodesOnPage: () => nodes })

  it('moves a heading with nothing but headings and the footer after it on the page', () => {
    const heading = info({ headlineLevel: 1, text: '4. Mottagare' })
    expect(keepHeadingsWithContent(heading, following())).toBe(true)
    expect(
      keepHeadingsWithContent(
        heading,
        following(
          info({ headlineLevel: 2, text: 'Kategorier' }),
          info({ style: 'footer', text: 'Sida 1 av 2' })
        )
      )
    ).toBe(true)
  })

  it('moves it when the text under it has room for less than two lines', () => {
    const heading = info({ headlineLevel: 1, text: '5. Hur länge' })
    const oneLine = info({
      text: 'Lång text',
      pageNumbers: [1, 2],
      startPosition: { pageInnerHeight: 700, verticalRatio: 1 - 14 / 700 }
    })
    expect(keepHeadingsWithContent(heading, following(oneLine))).toBe(true)
    const twoLines = info({
      text: 'Lång text',
      pageNumbers: [1, 2],
      startPosition: { pageInnerHeight: 700, verticalRatio: 1 - 40 / 700 }
    })
    expect(keepHeadingsWithContent(heading, following(twoLines))).toBe(false)
    // A short paragraph that ends on the page is fine however low it starts.
    const short = info({
      text: 'Kort',
      startPosition: { pageInnerHeight: 700, verticalRatio: 0.99 }
    })
    expect(keepHeadingsWithContent(heading, following(short))).toBe(false)
  })

  it('never moves body text', () => {
    expect(keepHeadingsWithContent(info({ text: 'Brödtext' }), following())).toBe(false)
  })

  it('marks every registerutdrag heading with a headline level', () => {
    const doc = json(buildRegisterutdragDoc(sampleRegisterutdrag())) as { content: unknown[] }
    const levels = new Map<string, number>()
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>
        if (typeof record['text'] === 'string' && typeof record['headlineLevel'] === 'number')
          levels.set(record['text'], record['headlineLevel'])
        Object.values(record).forEach(walk)
      }
    }
    walk(doc.content)
    for (const heading of registerutdragHeadings('sv').slice(1)) expect(levels.get(heading)).toBe(1)
  })
})

describe('alignment test page', () => {
  it('outlines the address field where the layout says', () => {
    const doc = buildAlignmentTestPage({
      language: 'sv',
      organisation: sampleRegisterutdrag().organisation,
      layout: { addressLeftMm: 22, addressTopMm: 50 },
      date: '2026-11-24'
    })
    const overlay = (
      doc['background'] as (
        page: number
      ) => { canvas?: { type: string; x?: number; y?: number; w?: number; h?: number }[] }[]
    )(1)
    const rect = overlay.flatMap((node) => node.canvas ?? []).find((shape) => shape.type === 'rect')
    expect(rect).toMatchObject({ x: 62.36, y: 141.73, w: 240.94, h: 127.56 })
    expect(texts(json(doc)).join(' ')).toContain('22 mm från vänster kant, 50 mm från överkanten')
  })
})

describe('model validation', () => {
  it('refuses bad references, huge fields, non-image logos and stray keys in fields', () => {
    const model = sampleRegisterutdrag()
    expect(registerutdragSchema.safeParse({ ...model, reference: 'X' }).success).toBe(false)
    expect(
      registerutdragSchema.safeParse({ ...model, subject: { name: 'x'.repeat(201) } }).success
    ).toBe(false)
    expect(registerutdragSchema.safeParse({ ...model, logo: new Uint8Array(100) }).success).toBe(
      false
    )
    expect(
      registerutdragSchema.safeParse({ ...model, layout: { ...DEFAULT_LAYOUT, addressTopMm: 500 } })
        .success
    ).toBe(false)
    expect(
      letterSchema.safeParse({ ...sampleLetter('refusal'), fields: { 'bad key!': 'x' } }).success
    ).toBe(false)
  })
})
