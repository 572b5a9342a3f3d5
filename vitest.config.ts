import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathForTests } from './tests/helpers/modulePathPlugin'

/** The renderer imports core and shared through these (as in electron.vite.config.ts). */
const layerAliases = {
  '@core': resolve(__dirname, 'src/core'),
  '@shared': resolve(__dirname, 'src/shared')
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [modulePathForTests()],
        // Node tests that read the renderer's catalog or error texts resolve its imports too.
        resolve: { alias: layerAliases },
        test: {
          name: 'node',
          include: [
            'src/core/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/main/**/*.test.ts',
            'src/preload/**/*.test.ts',
            'tests/unit/**/*.test.ts'
          ],
          environment: 'node'
        }
      },
      {
        resolve: {
          alias: { '@renderer': resolve(__dirname, 'src/renderer/src'), ...layerAliases }
        },
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/renderer.ts']
        }
      }
    ]
  }
})
