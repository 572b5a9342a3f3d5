import { describe, expect, it } from 'vitest'
import { fitAddress, textWidthMm, wrapLine } from './addressFit'
import { recipientFit, RECIPIENT_ZONE_MM } from './layout'

describe('address in the window', () => {
  it('measures text with the font’s own widths', () => {
    // "M" is 1706 of 2048 units in Liberation Sans: 11 pt ≈ 3.23 mm.
    expect(textWidthMm('M', 11)).toBeCloseTo(3.23, 2)
    expect(textWidthMm('Åke', 11)).toBeGreaterThan(textWidthMm('Ake', 11) - 0.01)
  })

  it('keeps a normal address as it is, in 11 pt', () => {
    const fit = recipientFit({
      name: 'Märta Åkesson',
      address: { street: 'Storgatan 1', postalCode: '175 62', city: 'Järfälla' }
    })
    expect(fit).toEqual({
      lines: ['Märta Åkesson', 'Storgatan 1', '175 62 Järfälla'],
      fontSize: 11,
      overflows: false
    })
  })

  it('wraps a long line at spaces and breaks a word longer than the window', () => {
    const lines = wrapLine(
      'Bostadsrättsföreningen Kungsholmens Strand Nummer Tretton Ekonomisk Förening',
      11,
      RECIPIENT_ZONE_MM.width
    )
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines)
      expect(textWidthMm(line, 11)).toBeLessThanOrEqual(RECIPIENT_ZONE_MM.width)
    const broken = wrapLine('x'.repeat(200), 11, 40)
    expect(broken.join('')).toBe('x'.repeat(200))
    for (const line of broken) expect(textWidthMm(line, 11)).toBeLessThanOrEqual(40)
  })

  it('shrinks the type to fit, and says so when even 8 pt cannot hold it', () => {
    const long = {
      name: 'Anna-Karin Östberg-Lindqvist Bäcklund af Sjögren',
      address: {
        co: 'Familjen Åkesson-Nilsson, Bostadsrättsföreningen Kungsholmens Strand',
        street: 'Sankt Göransgatan 142 B, lägenhet 1203, tredje våningen, port 4',
        postalCode: '112 17',
        city: 'Stockholm'
      }
    }
    const fit = recipientFit(long)
    expect(fit.overflows).toBe(false)
    expect(fit.fontSize).toBeLessThan(11)
    const tooMuch = fitAddress(
      Array.from({ length: 9 }, (_, i) => `Rad ${i}`),
      {
        widthMm: 83,
        heightMm: 26.3
      }
    )
    expect(tooMuch.overflows).toBe(true)
    expect(tooMuch.lines).toHaveLength(9)
  })
})
