import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toBase64 } from '../src/core/crypto'
import type { Argon2Params } from '../src/core/crypto'
import { argon2idKdf } from '../src/main/services/kdf'
import { withBenchPage } from './browserBench'
import { report } from './report'

const COUNT = 10_000

describe('encrypted vault in Chromium (real IndexedDB)', () => {
  it(`writes and reads ${COUNT} cases plain vs encrypted, and unlocks`, async () => {
    const figures = await withBenchPage(
      path.join(__dirname, 'browser/vaultBench.ts'),
      (page) =>
        page.evaluate(([count, rounds]) => window.runVaultBench(count, rounds), [
          COUNT,
          3
        ] as const),
      async (page) => {
        await page.exposeFunction('__kdf', async (passphrase: string, params: Argon2Params) =>
          toBase64(await argon2idKdf(passphrase, params))
        )
      }
    )
    expect(figures.encReadMs).toBeGreaterThan(0)
    const writeRatio = figures.plainWriteMs / figures.encWriteMs
    const readRatio = figures.plainReadMs / figures.encBulkReadMs
    report('vault', [
      {
        name: `plain Dexie bulk write, ${COUNT} cases (median of 3)`,
        value: figures.plainWriteMs,
        unit: 'ms'
      },
      { name: `encrypted bulk write, ${COUNT} cases`, value: figures.encWriteMs, unit: 'ms' },
      {
        name: 'bulk write throughput, encrypted / plain',
        value: writeRatio,
        unit: '×',
        target: { op: '>=', value: 0.5 }
      },
      { name: `plain Dexie full read, ${COUNT} cases`, value: figures.plainReadMs, unit: 'ms' },
      {
        name: `encrypted full read, ${COUNT} cases (app path: snapshot + WebCrypto)`,
        value: figures.encBulkReadMs,
        unit: 'ms'
      },
      {
        name: 'full read throughput, encrypted / plain',
        value: readRatio,
        unit: '×',
        target: { op: '>=', value: 0.5 }
      },
      {
        name: `encrypted read through the middleware (sync AES-GCM), for comparison`,
        value: figures.encReadMs,
        unit: 'ms'
      },
      {
        name: 'unlock (Argon2id in main + unwrap + open + first read)',
        value: figures.unlockMs,
        unit: 'ms',
        target: { op: '<=', value: 1500 }
      }
    ])
  })
})
