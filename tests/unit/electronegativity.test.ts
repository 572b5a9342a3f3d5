/**
 * The Electronegativity gate (security/electronegativity.mjs) fails on a finding that is not
 * accepted, on an accepted entry that no longer occurs and on a file it cannot parse; CI runs it
 * on the real src and out (`npm run lint:electron`).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SCRIPT = path.resolve(__dirname, '../../security/electronegativity.mjs')
let dir: string

function fixture(files: Record<string, string>): string {
  const base = mkdtempSync(path.join(dir, 'case-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(base, name)), { recursive: true })
    writeFileSync(path.join(base, name), content)
  }
  return base
}

function gate(base: string, accepted: object[]) {
  writeFileSync(path.join(base, 'accepted.json'), JSON.stringify({ accepted }))
  const result = spawnSync(
    process.execPath,
    [
      SCRIPT,
      '--src',
      path.join(base, 'src'),
      '--out',
      path.join(base, 'out'),
      '--accepted',
      path.join(base, 'accepted.json')
    ],
    { encoding: 'utf8', timeout: 120_000 }
  )
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const OUT = {
  'out/main/index.js': 'module.exports = {}\n',
  'out/preload/index.js': 'module.exports = {}\n',
  'out/renderer/index.html':
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body></body></html>\n'
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dpo-eng-test-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Electronegativity gate', () => {
  it('fails on a new finding: a window with Node integration and no context isolation', () => {
    const base = fixture({
      ...OUT,
      'src/main/window.js':
        "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n"
    })
    const { status, output } = gate(base, [])
    expect(status).toBe(1)
    expect(output).toMatch(/\[NEW\] NODE_INTEGRATION_JS_CHECK/)
    expect(output).toMatch(/\[NEW\] CONTEXT_ISOLATION_JS_CHECK/)
    expect(output).toContain('new finding(s)')
  }, 120_000)

  it('fails on an accepted entry that no longer occurs, and on a file it cannot parse', () => {
    const base = fixture({ ...OUT, 'src/main/broken.js': 'const x = {{{\n' })
    const { status, output } = gate(base, [
      {
        check: 'SANDBOX_JS_CHECK',
        target: 'src',
        file: 'main/gone.ts',
        sample: 'new BrowserWindow({',
        justification: 'was fixed',
        provenBy: 'nothing'
      }
    ])
    expect(status).toBe(1)
    expect(output).toContain('Accepted findings that no longer occur')
    expect(output).toContain('could not parse')
    expect(output).toContain('main/broken.js')
  }, 120_000)
})
