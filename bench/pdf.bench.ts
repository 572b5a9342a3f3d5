import { describe, expect, it } from 'vitest'
import { sampleRegisterutdrag } from '../tests/fixtures/documents'
import { throwawayPdfService } from '../tests/fixtures/signing'
import { median, report, timeIt } from './report'

describe('PDF rendering and signing', () => {
  it('a 5-page registerutdrag, unsigned vs signed', async () => {
    const { service, dispose } = await throwawayPdfService()
    const model = sampleRegisterutdrag({ rowsPerCategory: 14 })
    // Warm-up: fonts into the virtual file system, JIT.
    const first = await service.renderRegisterutdrag(model, true)
    expect(first.pageCount).toBe(5)
    const unsigned: number[] = []
    const signed: number[] = []
    for (let round = 0; round < 12; round++) {
      unsigned.push((await timeIt(() => service.renderRegisterutdrag(model, false))).ms)
      const { ms, value } = await timeIt(() => service.renderRegisterutdrag(model, true))
      expect(value.isSigned).toBe(true)
      signed.push(ms)
    }
    report('pdf', [
      {
        name: `baseline: pdfmake unsigned, ${first.pageCount} pages (median of 12)`,
        value: median(unsigned),
        unit: 'ms'
      },
      {
        name: `render + sign (PAdES B-B), ${first.pageCount} pages (median of 12)`,
        value: median(signed),
        unit: 'ms',
        target: { op: '<=', value: 250 }
      },
      {
        name: 'signed / unsigned time (issue 15)',
        value: median(signed) / median(unsigned),
        unit: '×',
        target: { op: '<=', value: 1.2 }
      }
    ])
    dispose()
  })
})
