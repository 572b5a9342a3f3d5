import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathForTests } from './tests/helpers/modulePathPlugin'

// `npm run bench`: performance figures, printed and written to bench-results/. Benchmarks assert
// only that the work was done right (counts, round trips), never a time: times vary by machine.
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
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks'
  }
})
