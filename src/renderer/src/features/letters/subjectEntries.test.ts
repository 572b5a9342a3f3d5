import { describe, expect, it } from 'vitest'
import type { DataSubject } from '@core'
import { subjectEntries } from './buildModels'

const subject: DataSubject = {
  id: 's1',
  name: 'Åsa Öberg',
  personnummer: '198112189876',
  email: 'asa@example.se',
  address: { co: 'c/o Berg', street: 'Sjövägen 12', postalCode: '175 62', city: 'Järfälla' },
  customerRefs: ['KUND-4711'],
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z'
}

describe("the person's own record in the registerutdrag", () => {
  it('is labelled in the letter’s language, with the c/o line', () => {
    expect(subjectEntries(subject, 'sv')).toBe(
      [
        'Namn: Åsa Öberg',
        'Personnummer: 19811218-9876',
        'E-post: asa@example.se',
        'Adress: c/o Berg, Sjövägen 12, 175 62 Järfälla',
        'Kundnummer: KUND-4711'
      ].join('\n')
    )
    const english = subjectEntries(subject, 'en')
    expect(english).toContain('Name: Åsa Öberg')
    expect(english).toContain('Personal identity number: 19811218-9876')
    expect(english).toContain('Customer number: KUND-4711')
    expect(english).not.toMatch(/Namn|Kundnummer|Adress:/)
  })
})
