import path from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import {
  BOLD_WIDTHS,
  METRIC_CODE_POINTS,
  REGULAR_WIDTHS,
  UNITS_PER_EM
} from '../../src/core/pdf/fontMetrics'

const fonts = path.resolve(__dirname, '../../resources/fonts')

describe('font metrics of the letters', () => {
  it.each([
    ['LiberationSans-Regular.ttf', REGULAR_WIDTHS],
    ['LiberationSans-Bold.ttf', BOLD_WIDTHS]
  ])('match %s glyph for glyph', (file, widths) => {
    const font = fontkit.openSync(path.join(fonts, file)) as unknown as {
      unitsPerEm: number
      glyphForCodePoint: (codePoint: number) => { advanceWidth: number }
    }
    expect(font.unitsPerEm).toBe(UNITS_PER_EM)
    expect(widths).toEqual(METRIC_CODE_POINTS.map((c) => font.glyphForCodePoint(c).advanceWidth))
    expect(METRIC_CODE_POINTS).toContain('å'.codePointAt(0))
  })
})
