import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { randomBytes } from '../src/core/crypto'
import { generateSelfSignedIdentity } from '../src/main/services/pdf/certificates'
import { SigningKeystore } from '../src/main/services/pdf/keystore'
import { createPdfService } from '../src/main/services/pdf/pdfService'
import { sampleRegisterutdrag } from '../tests/fixtures/documents'
import { median, report, timeIt } from './report'

describe('PDF rendering and signing', () => {
  it('a 5-page registerutdrag, unsigned vs signed', async () => {
    const keystore = new SigningKeystore(mkdtempSync(path.join(tmpdir(), 'dpo-bench-ks-')))
    await keystore.unlock(randomBytes(32))
    const identity = generateSelfSignedIdentity({
      name: 'Susanne Bäcklund',
      organisation: 'Entrack AB',
      now: new Date()
    })
    await keystore.store(identity.p12, identity.password)
    const service = createPdfService({
      fontsDir: path.resolve(__dirname, '../resources/fonts'),
      keystore,
      now: () => new Date()
    })
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
        name: `render only, ${first.pageCount} pages (median of 12)`,
        value: median(unsigned),
        unit: 'ms'
      },
      {
        name: `render + sign, ${first.pageCount} pages (median of 12)`,
        value: median(signed),
        unit: 'ms',
        target: { op: '<=', value: 500 }
      },
      { name: 'signed / unsigned time', value: median(signed) / median(unsigned), unit: '×' }
    ])
  })
})
