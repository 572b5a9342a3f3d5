// Finds the Electron executable for `npm start`, `npm run dev`, `npm run dist` and
// `npm run test:e2e:electron`, and installs it first when it is missing.
//
// Electron 45 no longer downloads its binary during `npm install`; it does so lazily the first
// time `require('electron')` or its CLI runs. electron-vite's `preview`/`dev` do neither: they
// read node_modules/electron/path.txt and throw "Electron uninstall" when it is missing. So this
// module runs Electron's own installer (node_modules/electron/install.js, which honours
// ELECTRON_MIRROR and the other @electron/get variables) once, shows its progress, and hands the
// resulting path to electron-vite through ELECTRON_EXEC_PATH (which electron-vite reads first).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HOOK = fileURLToPath(new URL('./electron-install-hook.cjs', import.meta.url))

/** A missing runtime that could not be installed; `message` is the one sentence to show. */
export class ElectronMissingError extends Error {
  constructor(message, detail) {
    super(message)
    this.name = 'ElectronMissingError'
    this.detail = detail
  }
}

/** The executable inside an Electron dist folder, as Electron's install.js names it. */
export function platformExecutable(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron'
    case 'win32':
      return 'electron.exe'
    default:
      return 'electron'
  }
}

function offlineSentence(version) {
  return (
    `DPO Desk cannot start: the Electron ${version} runtime is not installed and could not be ` +
    'downloaded; connect to the internet once and run the command again, or point ' +
    'ELECTRON_OVERRIDE_DIST_PATH at a folder holding Electron ' +
    `${version.split('.')[0]} (or ELECTRON_EXEC_PATH at its executable).`
  )
}

function electronPackage(root) {
  const require = createRequire(path.join(root, 'package.json'))
  let manifest
  try {
    manifest = require.resolve('electron/package.json')
  } catch {
    throw new ElectronMissingError(
      'DPO Desk cannot start: the electron package is not installed; run `npm install` first.'
    )
  }
  const dir = path.dirname(manifest)
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'))
  return { dir, version }
}

/** The executable electron-vite would run today, or null when the binary is not there. */
function installedExecutable(dir) {
  const pathFile = path.join(dir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (!relative) return null
  const full = path.join(dir, 'dist', relative)
  return existsSync(full) ? full : null
}

/** Runs Electron's installer with its progress shown; resolves with its exit code and error line. */
function runInstaller(dir, env) {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'dpo-electron-install-'))
  const reportFile = path.join(reportDir, 'error.txt')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', HOOK, path.join(dir, 'install.js')], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, DPO_ELECTRON_INSTALL_REPORT: reportFile, ELECTRON_GET_NO_PROGRESS: '1' }
    })
    child.on('error', (error) => resolve({ code: 1, reason: error.message }))
    child.on('exit', (code) => {
      const reason = existsSync(reportFile) ? readFileSync(reportFile, 'utf8').trim() : ''
      rmSync(reportDir, { recursive: true, force: true })
      resolve({ code: code ?? 1, reason })
    })
  })
}

/**
 * The path of the Electron executable, installing Electron first when needed.
 * Throws ElectronMissingError with one sentence for the user when that is impossible.
 */
export async function ensureElectron({
  root = process.cwd(),
  env = process.env,
  log = (line) => console.error(line)
} = {}) {
  const execPath = env.ELECTRON_EXEC_PATH
  if (execPath) {
    if (existsSync(execPath)) return execPath
    throw new ElectronMissingError(
      `DPO Desk cannot start: ELECTRON_EXEC_PATH points to ${execPath}, which does not exist.`
    )
  }
  const { dir, version } = electronPackage(root)
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = path.join(override, platformExecutable())
    if (existsSync(candidate)) return candidate
    throw new ElectronMissingError(
      `DPO Desk cannot start: ELECTRON_OVERRIDE_DIST_PATH is ${override}, but it holds no ` +
        `${platformExecutable()}.`
    )
  }
  const present = installedExecutable(dir)
  if (present) return present

  log(`Electron ${version} is not installed yet: downloading it once (about 100 MB)…`)
  const { code, reason } = await runInstaller(dir, env)
  const installed = code === 0 ? installedExecutable(dir) : null
  if (!installed) throw new ElectronMissingError(offlineSentence(version), reason)
  log(`Electron ${version} is installed.`)
  return installed
}

/**
 * Runs `command args…` with ELECTRON_EXEC_PATH set to the ensured binary, and exits with the
 * command's exit code. Used by package.json scripts: `node scripts/with-electron.mjs <cmd> …`.
 */
export async function runWithElectron(
  command,
  args,
  { root = process.cwd(), env = process.env } = {}
) {
  let executable
  try {
    executable = await ensureElectron({ root, env })
  } catch (error) {
    if (error instanceof ElectronMissingError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, ELECTRON_EXEC_PATH: executable },
      shell: process.platform === 'win32'
    })
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
