import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('CSV export', () => {
  it('writes a BOM, semicolons and CRLF, with Swedish decimal commas', () => {
    expect(toCsv(['Typ', 'Andel'], [['Registerutdrag', 0.75]])).toBe(
      '\uFEFFTyp;Andel\r\nRegisterutdrag;0,75\r\n'
    )
  })

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Åkesson; Märta')).toBe('"Åkesson; Märta"')
    expect(csvCell('say "hej"')).toBe('"say ""hej"""')
    expect(csvCell('rad1\nrad2')).toBe('"rad1\nrad2"')
  })

  it.each(['=HYPERLINK("http://x")', '+46701234567', '-1+1', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises formula-like text %j',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true)
    }
  )

  it('keeps negative numbers as numbers', () => {
    expect(csvCell(-3)).toBe('-3')
  })
})
