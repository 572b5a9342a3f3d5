import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, validateSubjectDraft } from './subjectDraft'

const today = '2026-11-24'

describe('subject draft validation', () => {
  it('builds a normalised subject', () => {
    const result = validateSubjectDraft(
      {
        ...EMPTY_DRAFT,
        name: '  Märta   Åkesson ',
        personnummer: '640823-3234',
        email: ' marta@example.se ',
        street: 'Storgatan 1',
        postalCode: '17562',
        city: 'Järfälla',
        customerRefs: 'KUND-1, ,ORDER-9'
      },
      today
    )
    expect(result).toEqual({
      ok: true,
      fields: {
        name: 'Märta Åkesson',
        personnummer: '196408233234',
        email: 'marta@example.se',
        address: { street: 'Storgatan 1', postalCode: '175 62', city: 'Järfälla' },
        customerRefs: ['KUND-1', 'ORDER-9']
      }
    })
  })

  it('reports every problem at once, in message keys', () => {
    const result = validateSubjectDraft(
      {
        ...EMPTY_DRAFT,
        personnummer: '640823-3235',
        email: 'marta@',
        street: 'Storgatan 1',
        postalCode: '1756'
      },
      today
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'subjects.error.nameRequired',
        personnummer: 'error.ID_CHECKSUM',
        email: 'subjects.error.email',
        street: 'subjects.error.addressIncomplete',
        postalCode: 'subjects.error.postalCode'
      }
    })
  })

  it('accepts foreign postal codes when a country is given', () => {
    const result = validateSubjectDraft(
      {
        ...EMPTY_DRAFT,
        name: 'Ola Nordmann',
        street: 'Karl Johans gate 1',
        postalCode: '0154',
        city: 'Oslo',
        country: 'Norge'
      },
      today
    )
    expect(result.ok).toBe(true)
  })
})
