import { describe, expect, it } from 'vitest'
import { guessMatch } from './importMappings'

describe('guessing identifier columns from headers', () => {
  it.each([
    ['Personnummer', 'personnummer'],
    ['Person-nr', 'personnummer'],
    ['PNR', 'personnummer'],
    ['E-post', 'email'],
    ['Email', 'email'],
    ['Kundnummer', 'customerRef'],
    ['Kund-id', 'customerRef'],
    ['Customer no', 'customerRef'],
    ['Namn', undefined],
    ['Belopp', undefined]
  ] as const)('%s → %s', (header, kind) => {
    expect(guessMatch(header)).toBe(kind)
  })
})
