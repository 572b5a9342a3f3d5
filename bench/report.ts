/**
 * Prints benchmark figures as aligned lines and collects them in bench-results/results.json.
 * A figure with a target says whether it met it; missing a target is reported, not failed.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'

export type Figure = {
  name: string
  value: number
  unit: string
  /** e.g. { op: '<=', value: 500 } */
  target?: { op: '<=' | '>='; value: number }
}

const RESULTS = path.resolve(__dirname, '../bench-results/results.json')

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

export function report(area: string, figures: Figure[]): void {
  const lines = figures.map((figure) => {
    const shown = Number.isInteger(figure.value) ? figure.value.toString() : figure.value.toFixed(2)
    let verdict = ''
    if (figure.target) {
      const met =
        figure.target.op === '<='
          ? figure.value <= figure.target.value
          : figure.value >= figure.target.value
      verdict = `  target ${figure.target.op} ${figure.target.value} ${figure.unit}: ${met ? 'met' : 'NOT MET'}`
    }
    return `  ${figure.name.padEnd(56)} ${shown.padStart(12)} ${figure.unit}${verdict}`
  })
  console.log(`\n[bench] ${area}\n${lines.join('\n')}\n`)
  mkdirSync(path.dirname(RESULTS), { recursive: true })
  const all = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {}
  all[area] = { at: new Date().toISOString(), figures }
  writeFileSync(RESULTS, JSON.stringify(all, null, 2) + '\n')
}
