/**
 * The start path of `npm start` / `npm run dev` / `npm run dist` (issue 17): in a temporary
 * copy of the scripts with a stand-in Electron package, the installer runs once when
 * path.txt is missing and electron-vite receives the path it wrote; offline, one sentence and a
 * non-zero exit code, no stack trace.
 */
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const SCRIPTS = path.resolve(__dirname, '../../scripts')
const dirs: string[] = []

type Project = { root: string; calls: string; out: string; electronDir: string }

function project(installer: 'works' | 'offline'): Project {
  const root = mkdtempSync(path.join(tmpdir(), 'dpo-start-'))
  dirs.push(root)
  mkdirSync(path.join(root, 'scripts'))
  for (const file of ['electron-runtime.mjs', 'electron-install-hook.cjs', 'with-electron.mjs'])
    copyFileSync(path.join(SCRIPTS, file), path.join(root, 'scripts', file))
  writeFileSync(path.join(root, 'package.json'), '{"name":"copy","private":true}')
  const electronDir = path.join(root, 'node_modules', 'electron')
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(
    path.join(electronDir, 'package.json'),
    '{"name":"electron","version":"45.4.1","main":"index.js"}'
  )
  const calls = path.join(root, 'installer-calls.log')
  const out = path.join(root, 'electron-vite.json')
  // Stand-in for Electron's install.js: writes the binary and path.txt as the real one does, or
  // fails the way it does offline (a stack trace on stderr, exit code 1).
  writeFileSync(
    path.join(electronDir, 'install.js'),
    installer === 'works'
      ? `const fs = require('node:fs'); const path = require('node:path')
fs.appendFileSync(${JSON.stringify(calls)}, 'install\\n')
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true })
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n')
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron')
`
      : `require('node:fs').appendFileSync(${JSON.stringify(calls)}, 'install\\n')
const error = new TypeError('fetch failed')
console.error(error.stack)
process.exit(1)
`
  )
  const bin = path.join(root, 'node_modules', '.bin')
  mkdirSync(bin, { recursive: true })
  const viteBin = path.join(bin, 'electron-vite')
  writeFileSync(
    viteBin,
    `#!/usr/bin/env node
require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ args: process.argv.slice(2), exec: process.env.ELECTRON_EXEC_PATH }))
`
  )
  chmodSync(viteBin, 0o755)
  return { root, calls, out, electronDir }
}

function start(p: Project, env: Record<string, string> = {}) {
  const clean = { ...process.env }
  delete clean['ELECTRON_EXEC_PATH']
  delete clean['ELECTRON_OVERRIDE_DIST_PATH']
  const result = spawnSync(
    process.execPath,
    ['scripts/with-electron.mjs', 'electron-vite', 'preview'],
    {
      cwd: p.root,
      encoding: 'utf8',
      env: {
        ...clean,
        PATH: `${path.join(p.root, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH']}`,
        ...env
      }
    }
  )
  return { code: result.status, stderr: result.stderr, stdout: result.stdout }
}

const installerCalls = (p: Project) =>
  existsSync(p.calls) ? readFileSync(p.calls, 'utf8').trim().split('\n').length : 0

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('npm start ensures the Electron binary', () => {
  it('runs the installer once when path.txt is missing, then hands electron-vite the path it wrote', () => {
    const p = project('works')
    expect(existsSync(path.join(p.electronDir, 'path.txt'))).toBe(false)
    const first = start(p)
    expect(first.code).toBe(0)
    expect(installerCalls(p)).toBe(1)
    const seen = JSON.parse(readFileSync(p.out, 'utf8')) as { args: string[]; exec: string }
    expect(seen.args).toEqual(['preview'])
    expect(seen.exec).toBe(path.join(p.electronDir, 'dist', 'electron'))
    expect(first.stderr).toContain('downloading it once')

    // Installed now: the next start does not call the installer again.
    rmSync(p.out)
    expect(start(p).code).toBe(0)
    expect(installerCalls(p)).toBe(1)
    expect(existsSync(p.out)).toBe(true)
  })

  it('offline: one clear sentence naming both ways out, exit code 1, no stack trace', () => {
    const p = project('offline')
    const result = start(p)
    expect(result.code).toBe(1)
    expect(installerCalls(p)).toBe(1)
    expect(existsSync(p.out)).toBe(false)
    expect(result.stderr).toContain('could not be downloaded')
    expect(result.stderr).toContain('connect to the internet once')
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(result.stderr).toContain('ELECTRON_EXEC_PATH')
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stderr).not.toContain('TypeError')
    expect(result.stderr).not.toContain('Electron uninstall')
  })

  it('uses an existing ELECTRON_EXEC_PATH without installing anything', () => {
    const p = project('offline')
    const exec = path.join(p.root, 'my-electron')
    writeFileSync(exec, '')
    expect(start(p, { ELECTRON_EXEC_PATH: exec }).code).toBe(0)
    expect(installerCalls(p)).toBe(0)
    expect(JSON.parse(readFileSync(p.out, 'utf8')).exec).toBe(exec)
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH, and names it when it holds no Electron', () => {
    const p = project('offline')
    const dist = path.join(p.root, 'shared-electron')
    mkdirSync(dist)
    const missing = start(p, { ELECTRON_OVERRIDE_DIST_PATH: dist })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    writeFileSync(path.join(dist, 'electron'), '')
    expect(start(p, { ELECTRON_OVERRIDE_DIST_PATH: dist }).code).toBe(0)
    expect(installerCalls(p)).toBe(0)
    expect(JSON.parse(readFileSync(p.out, 'utf8')).exec).toBe(path.join(dist, 'electron'))
  })

  it('is what package.json runs for start, dev and dist, and engines names Node 22.12', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'))
    expect(pkg.scripts.start).toBe('node scripts/with-electron.mjs electron-vite preview')
    expect(pkg.scripts.dev).toBe('node scripts/with-electron.mjs electron-vite dev')
    expect(pkg.scripts.dist).toContain('node scripts/with-electron.mjs electron-builder')
    expect(readFileSync(path.join(SCRIPTS, 'e2e-electron.mjs'), 'utf8')).toContain('ensureElectron')
    expect(pkg.engines.node).toBe('>=22.12.0')
  })
})
