import { afterEach, describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../../src/shared/csp'
import { e2eMode, HARNESS_ORIGIN, launchApp, type LaunchedApp } from './harness/launch'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

type CallResult = { ok: boolean; error?: { code: string; message: string; details?: string[] } }

// These probe the browser harness's own transport and routing; against real Electron the same
// baseline is covered by the Electron-setting unit tests in src/main/security.
describe.skipIf(e2eMode() === 'electron')('renderer security baseline (browser harness)', () => {
  it('exposes only window.api to the page: no require, process or ipcRenderer', async () => {
    app = await launchApp()
    const globals = await app.page.evaluate(() => ({
      api: typeof (window as unknown as { api?: unknown }).api,
      apiKeys: Object.keys((window as unknown as { api: object }).api).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      electron: typeof (window as unknown as { electron?: unknown }).electron
    }))
    expect(globals).toEqual({
      api: 'object',
      apiKeys: ['invoke', 'on'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined'
    })
  })

  it('enforces the CSP: no eval, no inline script, no remote script, no frames', async () => {
    app = await launchApp()
    const { page } = app
    // A same-origin script file is allowed to load; what it tries must still be refused.
    // (Code run through page.evaluate bypasses CSP in DevTools, so the probe runs as a real
    // script of the page.)
    await page.route(`${HARNESS_ORIGIN}/csp-probe.js`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: `
          const probe = { evalBlocked: false, functionBlocked: false }
          try { eval('1 + 1') } catch (e) { probe.evalBlocked = e instanceof EvalError }
          try { new Function('return 1')() } catch (e) { probe.functionBlocked = e instanceof EvalError }
          window.__cspProbe = probe
        `
      })
    )
    const outcome = await page.evaluate(async () => {
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.effectiveDirective)
      )
      const w = window as unknown as {
        __inlineRan?: boolean
        __cspProbe?: { evalBlocked: boolean; functionBlocked: boolean }
      }
      const probe = document.createElement('script')
      probe.src = '/csp-probe.js'
      const loaded = new Promise((resolve) => probe.addEventListener('load', resolve))
      document.body.appendChild(probe)
      await loaded
      const inline = document.createElement('script')
      inline.textContent = 'window.__inlineRan = true'
      document.body.appendChild(inline)
      const remote = document.createElement('script')
      remote.src = 'https://evil.test/x.js'
      document.body.appendChild(remote)
      const frame = document.createElement('iframe')
      frame.src = 'https://evil.test/frame.html'
      document.body.appendChild(frame)
      // Wait on state: until both refusals have been reported (bounded, never a fixed sleep).
      const deadline = performance.now() + 20_000
      while (
        !(violations.includes('script-src-elem') && violations.includes('frame-src')) &&
        performance.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return { probe: w.__cspProbe, inlineRan: w.__inlineRan === true, violations }
    })
    expect(outcome.probe).toEqual({ evalBlocked: true, functionBlocked: true })
    expect(outcome.inlineRan).toBe(false)
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'frame-src']))
    // The built index.html carries the same policy as a meta tag.
    const meta = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? null
    )
    expect(meta).toBe(RENDERER_CSP)
  })

  it('refuses an unknown channel in the preload before it reaches main', async () => {
    app = await launchApp()
    const result = await app.page.evaluate(() =>
      (
        window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }
      ).api.invoke('fs:read-file', '/etc/passwd')
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_UNKNOWN_CHANNEL' } })
  })

  it('rejects invalid input in main with a clear error naming the problem', async () => {
    app = await launchApp()
    const result = (await app.page.evaluate(() =>
      (
        window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }
      ).api.invoke('app:get-info', { path: '../../' })
    )) as CallResult
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('IPC_INVALID_INPUT')
    expect(result.error?.message).toContain('app:get-info')
    expect(result.error?.details?.length).toBeGreaterThan(0)
  })

  it('rejects IPC from a foreign page even when it reaches the transport', async () => {
    app = await launchApp()
    const { page } = app
    const context = page.context()
    await context.route('https://evil.test/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>evil</p>' })
    )
    // A page of a foreign origin in the same browser: the preload never runs there.
    const evil = await context.newPage()
    await evil.goto('https://evil.test/page.html')
    expect(await evil.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe(
      'undefined'
    )
    // Calling the raw IPC transport directly is what a compromised frame would do.
    const result = (await evil.evaluate(() =>
      (
        window as unknown as { __dpoIpcInvoke: (c: string, a: unknown[]) => Promise<unknown> }
      ).__dpoIpcInvoke('app:get-info', [undefined])
    )) as CallResult
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('IPC_FORBIDDEN_SENDER')
    expect(result.error?.message).toContain('https://evil.test')
    await evil.close()
    // The app's own frame is still served.
    const own = (await page.evaluate(() =>
      (
        window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }
      ).api.invoke('app:get-info', undefined)
    )) as CallResult
    expect(own.ok).toBe(true)
    await app.screenshot('security-foreign-page-refused')
  })
})
