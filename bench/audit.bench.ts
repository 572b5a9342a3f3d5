import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { withBenchPage } from './browserBench'
import { report } from './report'

const EVENTS = 100_000

describe('audit log completeness check in Chromium (real IndexedDB)', () => {
  it(`checks ${EVENTS} events without freezing the page`, async () => {
    const { seeded, figures } = await withBenchPage(
      path.join(__dirname, 'browser/auditBench.ts'),
      async (page) => {
        const seeded = await page.evaluate((count) => window.seedAuditLog(count), EVENTS)
        // A fresh page, as after the reload on lock: the check runs at the next unlock.
        await page.reload()
        return { seeded, figures: await page.evaluate((s) => window.checkAuditLog(s), seeded) }
      }
    )
    expect(figures.status).toBe('ok')
    report('audit', [
      {
        name: `seed ${EVENTS} audit events (encrypted, chained)`,
        value: seeded.seedMs / 1000,
        unit: 's'
      },
      {
        name: 'completeness check in a worker (the app at unlock): total',
        value: figures.workerMs / 1000,
        unit: 's'
      },
      {
        name: 'completeness check in a worker: longest UI-thread task',
        value: figures.workerLongestTaskMs,
        unit: 'ms',
        target: { op: '<=', value: 50 }
      },
      {
        name: 'completeness check in a worker: UI-thread tasks over 50 ms',
        value: figures.workerLongTasks,
        unit: ''
      },
      {
        name: 'control, idle page for as long: longest task (the machine itself)',
        value: figures.idleLongestTaskMs,
        unit: 'ms'
      },
      {
        name: 'control, idle page: tasks over 50 ms',
        value: figures.idleLongTasks,
        unit: ''
      },
      {
        name: 'same check on the UI thread in slices of 100 (fallback): total',
        value: figures.backgroundMs / 1000,
        unit: 's'
      },
      {
        name: 'same check on the UI thread in slices: longest task',
        value: figures.backgroundLongestTaskMs,
        unit: 'ms'
      },
      {
        name: 'baseline, one-shot verification (read all, then verify): total',
        value: figures.oneShotMs / 1000,
        unit: 's'
      },
      {
        name: 'baseline, one-shot verification: longest UI-thread task',
        value: figures.oneShotLongestTaskMs,
        unit: 'ms'
      }
    ])
  })
})
