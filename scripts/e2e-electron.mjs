// Runs the E2E specs against real Electron (Playwright `_electron`). The Electron binary is
// installed first when it is missing (scripts/electron-runtime.mjs); offline, and without
// ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH, it says so in one sentence and exits with 1.
import { spawnSync } from 'node:child_process'
import { ElectronMissingError, ensureElectron } from './electron-runtime.mjs'

let executable
try {
  executable = await ensureElectron()
} catch (error) {
  if (!(error instanceof ElectronMissingError)) throw error
  console.error(error.message)
  process.exit(1)
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: executable, ...env },
    shell: process.platform === 'win32'
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
run('npx', ['electron-vite', 'build'])
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY
const vitest = ['vitest', 'run', '--config', 'vitest.e2e.config.ts']
if (needsDisplay) run('xvfb-run', ['-a', 'npx', ...vitest], { DPO_E2E_MODE: 'electron' })
else run('npx', vitest, { DPO_E2E_MODE: 'electron' })
