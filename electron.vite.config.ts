import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * In `electron-vite dev` the React refresh preamble is an inline script, which the strict CSP in
 * index.html forbids. Relax script-src for the dev server only; production builds keep the
 * strict policy (a test asserts it on the built file).
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'dpo-desk:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    }
  }
}

export default defineConfig({
  main: {
    build: {
      // These packages are ESM-only; bundle them into the CommonJS main instead of require().
      // (file-type is used by the intake worker, bundled through `?modulePath` with this config.)
      externalizeDeps: {
        exclude: ['@noble/ciphers', '@noble/hashes', 'pkijs', 'asn1js', 'file-type']
      },
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but a few Electron modules, so it is
      // emitted as one self-contained CommonJS file with every dependency inlined.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: {
      alias: {
        '@renderer': resolve(__dirname, 'src/renderer/src'),
        '@core': resolve(__dirname, 'src/core'),
        '@shared': resolve(__dirname, 'src/shared')
      }
    },
    plugins: [react(), devCspRelaxation()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') }
      }
    }
  }
})
