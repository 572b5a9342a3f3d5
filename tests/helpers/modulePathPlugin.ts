/**
 * Under vitest, electron-vite's `import path from './x?modulePath'` (a separately bundled file,
 * e.g. the intake worker) resolves to the TypeScript source itself; workerClient.ts starts such
 * a source with tsx. The app's build uses electron-vite's own plugin.
 */
import type { Plugin } from 'vite'

const SUFFIX = '?modulePath'
const PREFIX = '\0dpo-module-path:'

export function modulePathForTests(): Plugin {
  return {
    name: 'dpo-desk:module-path-for-tests',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(SUFFIX)) return null
      const resolved = await this.resolve(id.slice(0, -SUFFIX.length), importer, { skipSelf: true })
      return resolved ? PREFIX + resolved.id : null
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      return `export default ${JSON.stringify(id.slice(PREFIX.length))}`
    }
  }
}
