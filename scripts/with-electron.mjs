// `node scripts/with-electron.mjs <command> [args…]`: makes sure the Electron binary is
// installed (downloading it once, with progress), then runs the command with ELECTRON_EXEC_PATH
// set. Offline it prints one sentence naming the two ways out and exits with 1.
import { runWithElectron } from './electron-runtime.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-electron.mjs <command> [args…]')
  process.exit(2)
}
process.exit(await runWithElectron(command, args))
