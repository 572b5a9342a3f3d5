/**
 * Bundles a browser benchmark entry with Vite and runs it in Debian Chromium (the same browser
 * and flags as the E2E harness), on a routed origin with no open port, served as UTF-8 under the
 * app's Content Security Policy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { RENDERER_CSP_HEADER } from '../src/shared/csp'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness/launch'

/**
 * Bundles a browser entry into one classic script (IIFE), minified as the app's renderer
 * (`BENCH_MINIFY=0`: not minified, for readable CPU profiles).
 */
export async function bundleEntry(entry: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'dpo-bench-'))
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      // As the app's production build (React and others read it).
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      // The renderer's own aliases (electron.vite.config.ts), so its modules bundle here too.
      resolve: {
        alias: {
          '@core': path.resolve(__dirname, '../src/core'),
          '@shared': path.resolve(__dirname, '../src/shared')
        }
      },
      build: {
        outDir,
        emptyOutDir: true,
        minify: process.env['BENCH_MINIFY'] !== '0',
        lib: { entry, formats: ['iife'], name: 'bench', fileName: () => 'bench.js' }
      }
    })
    return readFileSync(path.join(outDir, 'bench.js'), 'utf8')
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

export async function withBenchPage<T>(
  entry: string,
  run: (page: Page) => Promise<T>,
  setup?: (page: Page) => Promise<void>
): Promise<T> {
  const script = await bundleEntry(entry)
  const profile = mkdtempSync(path.join(tmpdir(), 'dpo-bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true
  })
  try {
    await context.route('**/*', (route) => route.abort('blockedbyclient'))
    await context.route('https://bench.test/**', (route) =>
      route.request().url().endsWith('/bench.js')
        ? route.fulfill({
            status: 200,
            contentType: 'text/javascript; charset=utf-8',
            body: script
          })
        : route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            // The app's own policy, so the code runs as in the app (no eval, so zod has no JIT).
            headers: { 'Content-Security-Policy': RENDERER_CSP_HEADER },
            body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>'
          })
    )
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => console.log(`[page] ${message.text()}`))
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
    if (setup) await setup(page)
    await page.goto('https://bench.test/')
    return await run(page)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
