import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { withBenchPage } from './browserBench'
import { report } from './report'

const COUNT = 20_000

describe('record cipher in Chromium, old vs new (300-byte records)', () => {
  it('opens 20 000 records with each cipher path', async () => {
    const figures = await withBenchPage(path.join(__dirname, 'browser/cipherBench.ts'), (page) =>
      page.evaluate((count) => window.runCipherBench(count), COUNT)
    )
    expect(figures.publicMs).toBeGreaterThan(0)
    const perSecond = (ms: number) => Math.round(COUNT / (ms / 1000))
    report('cipher', [
      {
        name: 'old: hand-built AES-GCM class (noble internals), opens/s',
        value: perSecond(figures.legacyMs),
        unit: '/s'
      },
      {
        name: 'new, in transactions: noble public gcm(), opens/s',
        value: perSecond(figures.publicMs),
        unit: '/s'
      },
      {
        name: 'new, bulk paths: WebCrypto AES-GCM in batches, opens/s',
        value: perSecond(figures.webCryptoMs),
        unit: '/s'
      },
      {
        name: 'bulk path (WebCrypto) / old class, throughput',
        value: figures.legacyMs / figures.webCryptoMs,
        unit: '×'
      }
    ])
  })
})
