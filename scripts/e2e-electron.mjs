// Runs the E2E specs against real Electron (Playwright `_electron`), where a binary exists.
// On machines without one (CI here cannot download it) it says so and runs nothing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let binary
try {
  binary = require('electron')
} catch {
  binary = null
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  console.log(
    'Electron E2E: no Electron binary on this machine (node_modules/electron/dist is missing).'
  )
  console.log(
    'Nothing was run. Install Electron (npx electron --version downloads it) or use npm run test:e2e.'
  )
  process.exit(0)
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32'
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
run('npx', ['electron-vite', 'build'])
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY
const vitest = ['vitest', 'run', '--config', 'vitest.e2e.config.ts']
if (needsDisplay) run('xvfb-run', ['-a', 'npx', ...vitest], { DPO_E2E_MODE: 'electron' })
else run('npx', vitest, { DPO_E2E_MODE: 'electron' })
