/**
 * Fitting the recipient's address into the window of the envelope (DIN 5008 form B: the
 * address zone is 85 mm wide and, below the return address, 27.3 mm high). Lines are wrapped at
 * spaces (a word longer than the window at characters) and the type shrinks from 11 pt to 8 pt
 * until everything fits; if it still does not, the letter says so before it is filed, and the
 * address is never cut off silently.
 */
import { METRIC_CODE_POINTS, REGULAR_WIDTHS, UNITS_PER_EM } from './fontMetrics'

const MM_PER_PT = 25.4 / 72
const WIDTHS = new Map(
  METRIC_CODE_POINTS.map((codePoint, index) => [codePoint, REGULAR_WIDTHS[index]!])
)
/** Characters outside the table count as wide as an "M", so the estimate errs on the safe side. */
const FALLBACK = WIDTHS.get(77)!

export const ADDRESS_FONT_SIZES = [11, 10.5, 10, 9.5, 9, 8.5, 8] as const
export const ADDRESS_LINE_HEIGHT = 1.15

/** The width of `text` in millimetres at `size` points. */
export function textWidthMm(text: string, size: number): number {
  let units = 0
  for (const char of text) units += WIDTHS.get(char.codePointAt(0)!) ?? FALLBACK
  return (units / UNITS_PER_EM) * size * MM_PER_PT
}

function breakWord(word: string, size: number, widthMm: number): string[] {
  const parts: string[] = []
  let current = ''
  for (const char of word) {
    if (current && textWidthMm(current + char, size) > widthMm) {
      parts.push(current)
      current = char
    } else current += char
  }
  if (current) parts.push(current)
  return parts
}

/** One address line wrapped to `widthMm`. */
export function wrapLine(line: string, size: number, widthMm: number): string[] {
  const words = line.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word
    if (textWidthMm(candidate, size) <= widthMm) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    if (textWidthMm(word, size) <= widthMm) current = word
    else {
      const pieces = breakWord(word, size, widthMm)
      lines.push(...pieces.slice(0, -1))
      current = pieces.at(-1) ?? ''
    }
  }
  if (current) lines.push(current)
  return lines
}

export type AddressFit = {
  lines: string[]
  fontSize: number
  /** True when even the smallest size needs more lines than the window holds. */
  overflows: boolean
}

/** The address lines and type size that fit the window, or the smallest size and `overflows`. */
export function fitAddress(
  lines: readonly string[],
  window: { widthMm: number; heightMm: number }
): AddressFit {
  let last: AddressFit | null = null
  for (const fontSize of ADDRESS_FONT_SIZES) {
    const wrapped = lines.flatMap((line) => wrapLine(line, fontSize, window.widthMm))
    const heightMm = wrapped.length * fontSize * ADDRESS_LINE_HEIGHT * MM_PER_PT
    last = { lines: wrapped, fontSize, overflows: heightMm > window.heightMm }
    if (!last.overflows) return last
  }
  return last!
}
