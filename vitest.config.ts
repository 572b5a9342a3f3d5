import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { modulePathForTests } from './tests/helpers/modulePathPlugin'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [modulePathForTests()],
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
        resolve: { alias: { '@renderer': resolve(__dirname, 'src/renderer/src') } },
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
