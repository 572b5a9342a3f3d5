import { describe, expect, it } from 'vitest'
import { computeDeadlines } from '@core'
import { translator, type Language } from '../../lib/i18n'
import { planningWarningText, trailStepText } from './trailText'

const text = (language: Language, ...args: Parameters<typeof computeDeadlines>) => {
  const t = translator(language)
  const deadlines = computeDeadlines(...args)
  return {
    trail: deadlines.trail.map((step) => trailStepText(t, language, step)),
    planning: deadlines.planningWarnings.map((w) => planningWarningText(t, language, w))
  }
}

describe('the deadline trail in words', () => {
  it('explains each step in Swedish, holidays in lower case mid-sentence', () => {
    const { trail } = text('sv', '2026-03-05')
    expect(trail[0]).toBe(
      'Begäran kom in torsdag 2026-03-05. Mottagningsdagen räknas inte (förordning 1182/71 art. 3.1).'
    )
    expect(trail).toContain(
      'En månad efter mottagandet är söndag 2026-04-05 (samma datum, art. 3.2 c).'
    )
    expect(trail).toContain(
      '2026-04-05 är påskdagen och 2026-04-06 är annandag påsk; sista dagen flyttas därför till nästa arbetsdag, tisdag 2026-04-07 (förordning 1182/71 art. 3.4).'
    )
    expect(trail).toContain('Sista dag att svara: tisdag 2026-04-07.')
  })

  it('explains the end-of-month rule and the stops, in both languages', () => {
    expect(text('sv', '2025-08-31').trail.join(' ')).toContain(
      'En månad efter mottagandet har ingen dag 31; fristen slutar då på månadens sista dag, tisdag 2025-09-30'
    )
    const stopped = text('sv', '2026-03-05', {
      clockStops: [{ from: '2026-03-06' }, { from: '2026-03-06', to: '2026-03-07' }],
      today: '2026-03-07'
    }).trail.join(' ')
    expect(stopped).toContain('står fortfarande still (1 dag hittills)')
    expect(stopped).toContain('2 klockstopp som överlappar räknas en gång')
    const english = text('en', '2026-03-05', {
      clockStops: [{ from: '2026-04-08', to: '2026-04-10' }]
    }).trail.join(' ')
    expect(english).toContain(
      'The clock stop from Wednesday 2026-04-08 does not count for the one-month period'
    )
    expect(english).toContain('Easter Sunday')
  })

  it('warns about julafton in words', () => {
    expect(text('sv', '2025-11-24').planning[0]).toBe(
      'Sista dagen 2025-12-24 är julafton. Det är ingen allmän helgdag, så fristen flyttas inte, men dagen är normalt ledig: planera att svara senast tisdag 2025-12-23.'
    )
  })

  it('leaves no placeholder and no capital after a semicolon, over many dates and stops', () => {
    for (const language of ['sv', 'en'] as const) {
      for (let day = 1; day <= 28; day++) {
        const receivedAt = `2026-0${(day % 9) + 1}-${String(day).padStart(2, '0')}`
        const { trail, planning } = text(language, receivedAt, {
          clockStops: [
            { from: receivedAt, to: receivedAt },
            { from: receivedAt },
            { from: '2026-12-20', to: '2026-12-28' }
          ],
          today: '2026-10-15'
        })
        for (const line of [...trail, ...planning]) {
          expect(line, line).not.toMatch(/[{}]|undefined|NaN/)
          expect(line, line).not.toMatch(/; [A-ZÅÄÖ]/)
        }
      }
    }
  })
})
