import { describe, expect, it } from 'vitest'
import { receivedDateOf } from './receivedDate'
import { suggestCaseType } from './suggestType'

describe('the case type suggested from an incoming message', () => {
  it.each([
    ['Begäran om registerutdrag', 'Hej, jag vill veta vilka uppgifter ni har om mig.', 'access'],
    ['Radera mina uppgifter', 'Jag vill att ni raderar allt.', 'erasure'],
    ['Nyhetsbrev', 'Avregistrera mig från era utskick, tack.', 'marketingOptOut'],
    ['Fel adress', 'Min adress är felaktig, kan ni rätta den?', 'rectification'],
    ['Fråga', 'Jag invänder mot att ni behandlar mina uppgifter.', 'objection'],
    ['Begränsning', 'Begränsa behandlingen medan ni utreder.', 'restriction'],
    ['Flytt', 'Jag vill ha mina uppgifter i maskinläsbar form (dataportabilitet).', 'portability'],
    ['Subject access request', 'Please send a copy of my personal data.', 'access'],
    ['Unsubscribe', 'Please unsubscribe me from the newsletter.', 'marketingOptOut']
  ] as const)('%s → %s', (subject, text, type) => {
    expect(suggestCaseType(subject, text).type).toBe(type)
  })

  it('names the words it went by, and suggests "other" when no word fits', () => {
    expect(suggestCaseType('REGISTERUTDRAG', '').matched).toEqual(['registerutdrag'])
    expect(suggestCaseType('Hej', 'Vad kostar en lampa?')).toEqual({ type: 'other', matched: [] })
  })

  it('weighs the subject line twice and matches stems at the start of words only', () => {
    // "upprätta" is not "rätta"; the subject decides a tie with the text.
    expect(suggestCaseType('Radera', 'Skicka också ett registerutdrag.').type).toBe('erasure')
    expect(suggestCaseType('Avtal', 'Vi ska upprätta ett avtal.').type).toBe('other')
  })
})

describe('the received date of an e-mail (Swedish calendar date)', () => {
  const now = new Date('2026-06-10T08:00:00Z')

  it('keeps a mail sent at 23:30 Swedish time on the last day of a month in that month', () => {
    expect(receivedDateOf('2026-03-31T21:30:00.000Z', now)).toEqual({
      receivedAt: '2026-03-31',
      source: 'header',
      sentAt: '2026-03-31T21:30:00.000Z'
    })
    // Winter time (+01:00): 31 January 23:30 in Stockholm.
    expect(receivedDateOf('Sat, 31 Jan 2026 23:30:00 +0100', now).receivedAt).toBe('2026-01-31')
  })

  it('moves a mail sent at 23:30 UTC on the last day of a month into the next month', () => {
    expect(receivedDateOf('Tue, 31 Mar 2026 23:30:00 +0000', now).receivedAt).toBe('2026-04-01')
    expect(receivedDateOf('Thu, 30 Apr 2026 22:30:00 GMT', now).receivedAt).toBe('2026-05-01')
  })

  it('falls back to today for a missing, unreadable or future date', () => {
    for (const header of [undefined, '', 'nonsense', '2027-01-01T00:00:00Z'])
      expect(receivedDateOf(header, now)).toEqual({ receivedAt: '2026-06-10', source: 'now' })
  })
})
