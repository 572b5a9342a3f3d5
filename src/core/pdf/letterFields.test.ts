import { describe, expect, it } from 'vitest'
import { testCase } from '../../../tests/fixtures/cases'
import { ENTRACK } from '../../../tests/fixtures/documents'
import type { DsrCase, ErasureItem } from '../model/types'
import { buildLetterDoc } from './letter'
import { letterFields, letterFor, erasureOutcome, type LetterFacts } from './letterFields'
import { DEFAULT_LAYOUT, type DocLanguage, type LetterTemplateId } from './model'
import { DEFAULT_TEMPLATES, fillTemplate } from './templates'

const NAMES: Record<string, string> = {
  'person-kontakt': 'Person- och kontaktinformation',
  betalning: 'Betalningsinformation',
  finansiell: 'Finansiell information och kreditupplysning'
}

const erase = (categoryId: string): ErasureItem => ({ categoryId, action: 'erase' })
const block = (categoryId: string, over: Partial<ErasureItem> = {}): ErasureItem => ({
  categoryId,
  action: 'block',
  legalBasis: 'bokforingslagen',
  startEvent: '2025-12-31',
  releaseDate: '2033-01-01',
  allowedUse: 'endast Skatteverkets granskning',
  ...over
})

function facts(dsrCase: DsrCase, templateId: LetterTemplateId, language: DocLanguage = 'sv') {
  return {
    case: dsrCase,
    recipientName: 'Märta Åkesson-Öberg',
    due: '2026-04-07',
    extendedDue: '2026-06-05',
    organisation: ENTRACK,
    templateId: letterFor(templateId, dsrCase),
    language,
    freeText: '',
    on: '2026-04-01',
    categoryName: (id: string) => NAMES[id] ?? id
  } satisfies LetterFacts
}

/** The letter as the subject reads it: subject line and body, placeholders filled. */
function letter(dsrCase: DsrCase, templateId: LetterTemplateId, language: DocLanguage = 'sv') {
  const f = facts(dsrCase, templateId, language)
  const template = DEFAULT_TEMPLATES[language][f.templateId]
  const fields = letterFields(f)
  const doc = buildLetterDoc({
    language,
    templateId: f.templateId,
    template,
    organisation: ENTRACK,
    recipient: {
      name: f.recipientName,
      address: { street: 'Ängsvägen 3', postalCode: '752 36', city: 'Uppsala' }
    },
    reference: dsrCase.reference,
    date: f.on,
    fields,
    signature: { name: ENTRACK.signatoryName, title: ENTRACK.signatoryTitle },
    layout: DEFAULT_LAYOUT
  })
  return {
    templateId: f.templateId,
    subject: fillTemplate(template.subject, fields, language),
    body: fillTemplate(template.body, fields, language),
    doc
  }
}

const erasureCase = (erasure: ErasureItem[], over: Partial<DsrCase> = {}) =>
  testCase({ type: 'erasure', erasure, ...over })

describe('erasure letter (art. 17, 12(4))', () => {
  it('picks the form from what was done', () => {
    expect(erasureOutcome([])).toBe('none')
    expect(letterFor('erasureDone', erasureCase([erase('person-kontakt')]))).toBe('erasureDone')
    expect(
      letterFor('erasureDone', erasureCase([erase('person-kontakt'), block('betalning')]))
    ).toBe('erasurePartial')
    expect(letterFor('erasureDone', erasureCase([block('betalning')]))).toBe('erasureBlocked')
    expect(letterFor('erasureBlocked', erasureCase([erase('person-kontakt')]))).toBe('erasureDone')
    expect(letterFor('refusal', erasureCase([block('betalning')]))).toBe('refusal')
  })

  it('says "raderade" only when everything was erased, without IMY boilerplate', () => {
    const { subject, body } = letter(erasureCase([erase('person-kontakt')]), 'erasureDone')
    expect(subject).toBe('Dina uppgifter är raderade (DSR-2026-0001)')
    expect(body).toContain('Raderade uppgifter: Person- och kontaktinformation.')
    expect(body).not.toContain('spärrade')
  })

  it('partly erased: subject, the blocked data with law and dates, the reason, IMY and court', () => {
    const dsrCase = erasureCase([
      erase('person-kontakt'),
      block('betalning'),
      block('finansiell', {
        legalBasis: 'penningtvattslagen',
        startEvent: '2026-03-15',
        releaseDate: '2031-03-16'
      })
    ])
    const { subject, body } = letter(dsrCase, 'erasureDone')
    expect(subject).toBe('Dina uppgifter är delvis raderade (DSR-2026-0001)')
    expect(body).toContain('Raderade uppgifter: Person- och kontaktinformation.')
    expect(body).toContain(
      '– Betalningsinformation: sparas enligt bokföringslagen (1999:1078) 7 kap. 2 § till och med 2032-12-31 och raderas därefter.'
    )
    expect(body).toContain(
      '– Finansiell information och kreditupplysning: sparas enligt penningtvättslagen (2017:630) 5 kap. 3 § till och med 2031-03-15'
    )
    expect(body).toContain('artikel 17.3 b')
    expect(body).toContain('Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm')
    expect(body).toContain('rättsliga åtgärder')
    expect(body).toContain('allmän domstol')
  })

  it('blocked only: says so in the subject and gives the same information', () => {
    const { subject, body } = letter(erasureCase([block('betalning')]), 'erasureDone')
    expect(subject).toBe('Dina uppgifter är spärrade (DSR-2026-0001)')
    expect(body).toContain('inte kunnat radera')
    expect(body).toContain('Integritetsskyddsmyndigheten')
    expect(body).not.toContain('Raderade uppgifter')
    const english = letter(erasureCase([block('betalning')]), 'erasureDone', 'en')
    expect(english.subject).toBe('Your data has been blocked (DSR-2026-0001)')
    expect(english.body).toContain('the Swedish Bookkeeping Act (1999:1078)')
    expect(english.body).toContain('bringing a case before a court')
  })

  it('names the recipients told, or says in one sentence that none needed to be', () => {
    const none = letter(erasureCase([erase('person-kontakt')]), 'erasureDone').body
    expect(none).toContain('Inga mottagare har behövt underrättas om raderingen.')
    expect(none).not.toMatch(/följande mottagare[^.]*Inga/)
    const told = letter(
      erasureCase([erase('person-kontakt')], {
        recipientNotices: [
          { recipientId: 'Fraktbolaget AB', notifiedAt: '2026-03-20' },
          { recipientId: 'Tryckeriet AB', notifiedAt: '2026-03-21' },
          { recipientId: 'Myndigheter', notApplicableReason: 'Inget utlämnat' }
        ]
      }),
      'erasureDone'
    ).body
    expect(told).toContain(
      'Vi har informerat följande mottagare om raderingen: Fraktbolaget AB och Tryckeriet AB.'
    )
  })
})

describe('refusal and extension letters', () => {
  const extended = testCase({
    status: 'extended',
    extension: {
      reason: 'complexity',
      explanation: 'Uppgifterna finns i fem olika system.',
      decidedAt: '2026-03-20',
      newDue: '2026-06-05'
    },
    decisions: [
      {
        id: 'd1',
        at: '2026-05-10T10:00:00.000Z',
        kind: 'refuse',
        reasons: 'Begäran är uppenbart ogrundad enligt artikel 12.5.'
      }
    ]
  })

  it('gives a refusal after an extension its own reasons, not the extension explanation', () => {
    const refusal = letter(extended, 'refusal').body
    expect(refusal).toContain('Skäl: Begäran är uppenbart ogrundad enligt artikel 12.5.')
    expect(refusal).not.toContain('fem olika system')
    expect(letter(extended, 'extensionNotice').body).toContain(
      'Skäl till förlängningen: Uppgifterna finns i fem olika system.'
    )
  })

  it('leaves a refusal without a refusal decision visibly incomplete', () => {
    const noDecision = testCase({ extension: extended.extension! })
    expect(letter(noDecision, 'refusal').body).toContain('Skäl: [saknas: reasons]')
  })

  it('uses the free text for the reasons when the DPO writes it', () => {
    const f = { ...facts(extended, 'refusal'), freeText: ' Egen motivering. ' }
    expect(letterFields(f).reasons).toBe('Egen motivering.')
  })
})

describe('request types in the acknowledgement', () => {
  it('reads naturally for every type, "övrigt" included', () => {
    const other = letter(testCase({ type: 'other' }), 'receiptAcknowledgement').body
    expect(other).toContain('tog emot din begäran om åtgärder som gäller dina personuppgifter')
    expect(other).not.toContain('om övrigt')
    const access = letter(testCase({ type: 'access' }), 'receiptAcknowledgement', 'en').body
    expect(access).toContain('your request for access to your personal data')
  })
})
