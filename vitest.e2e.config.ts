import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathForTests } from './tests/helpers/modulePathPlugin'

// E2E specs drive a real browser (or Electron) one at a time: the machines have two cores.
export default defineConfig({
  plugins: [modulePathForTests()],
  // Specs read renderer modules (the catalog), which import core and shared by alias.
  resolve: {
    alias: {
      '@core': resolve(__dirname, 'src/core'),
      '@shared': resolve(__dirname, 'src/shared')
    }
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks'
  }
})
