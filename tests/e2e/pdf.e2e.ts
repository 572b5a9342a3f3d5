import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../fixtures/documents'
import { pdfPagePng, pdfsig, pdfText } from '../helpers/pdfTools'
import { launchApp, RESULTS_DIR, type LaunchedApp } from './harness/launch'
import { setUpVault, unlockVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
type Invoke = (channel: string, input: unknown) => Promise<Result<Record<string, unknown>>>

describe('signed PDFs through the real preload and main handlers', () => {
  it('creates a certificate, renders and signs a registerutdrag, and saves it through the save dialog', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const invoke = (channel: string, input: unknown) =>
      page.evaluate(
        ([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c, i),
        [channel, input] as const
      )

    // The vault handed main the key to the signing identity on unlock.
    await expect
      .poll(async () => {
        const status = await invoke('signing:get-status', undefined)
        return status.ok && status.value['isUnlocked'] === true
      })
      .toBe(true)
    const generated = await invoke('signing:generate-self-signed', {
      name: 'Susanne Bäcklund',
      organisation: 'Entrack AB'
    })
    expect(generated).toMatchObject({
      ok: true,
      value: { hasIdentity: true, certificate: { subjectName: 'Susanne Bäcklund' } }
    })

    const rendered = await invoke('pdf:render-registerutdrag', {
      model: sampleRegisterutdrag(),
      sign: true
    })
    if (!rendered.ok) throw new Error(rendered.error.message)
    expect(rendered.value['isSigned']).toBe(true)

    const target = path.join(mkdtempSync(path.join(tmpdir(), 'dpo-save-')), 'registerutdrag.pdf')
    await app.dialogs.answerSave(target)
    const saved = await page.evaluate(
      ([pdf]) =>
        (window as unknown as { api: { invoke: Invoke } }).api.invoke('pdf:save', {
          pdf,
          suggestedName: 'Registerutdrag DSR-2026-0042'
        }),
      [rendered.value['pdf']] as const
    )
    expect(saved).toEqual({ ok: true, value: { saved: true, path: target } })
    const report = pdfsig(target)
    expect(report.validation).toBe('Signature is Valid.')
    expect(report.commonName).toBe('Susanne Bäcklund')
    expect(pdfText(target)).toContain('Märta Åkesson-Öberg')
    pdfPagePng(target, path.join(RESULTS_DIR, 'pdf-registerutdrag-page1'))

    // Cancelling the dialog writes nothing.
    await app.dialogs.answerSave(null)
    const cancelled = await page.evaluate(
      ([pdf]) =>
        (window as unknown as { api: { invoke: Invoke } }).api.invoke('pdf:save', {
          pdf,
          suggestedName: 'x'
        }),
      [rendered.value['pdf']] as const
    )
    expect(cancelled).toEqual({ ok: true, value: { saved: false } })

    // Locking the app locks the signing key in main too.
    await app.emit('app:lock-requested', { reason: 'user' })
    await page.getByText('Programmet är låst.').waitFor()
    const afterLock = await invoke('signing:get-status', undefined)
    expect(afterLock).toMatchObject({ ok: true, value: { isUnlocked: false, hasIdentity: true } })
    const refused = await invoke('pdf:render-letter', {
      model: sampleLetter('refusal'),
      sign: true
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNING_LOCKED' } })
    expect(existsSync(target)).toBe(true)
  })

  it('drops the signing key when the page reloads: the reloaded page gets no signature', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const invoke = (channel: string, input: unknown) =>
      page.evaluate(
        ([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c, i),
        [channel, input] as const
      )
    await expect
      .poll(async () => {
        const status = await invoke('signing:get-status', undefined)
        return status.ok && status.value['isUnlocked'] === true
      })
      .toBe(true)
    await invoke('signing:generate-self-signed', {
      name: 'Susanne Bäcklund',
      organisation: 'Entrack AB'
    })
    const before = await invoke('pdf:render-letter', { model: sampleLetter('refusal'), sign: true })
    expect(before).toMatchObject({ ok: true, value: { isSigned: true } })

    // A reload without locking first (F5, a crash-and-reload, an injected location.reload()).
    await page.reload()
    await page.getByRole('heading', { name: 'Lås upp DPO Desk' }).waitFor()
    const status = await invoke('signing:get-status', undefined)
    expect(status).toMatchObject({ ok: true, value: { isUnlocked: false, hasIdentity: true } })
    const refused = await invoke('pdf:render-letter', {
      model: sampleLetter('refusal'),
      sign: true
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNING_LOCKED' } })

    // Unlocking the vault again hands main the key again.
    await unlockVault(page)
    await expect
      .poll(async () => {
        const again = await invoke('signing:get-status', undefined)
        return again.ok && again.value['isUnlocked'] === true
      })
      .toBe(true)
    const after = await invoke('pdf:render-letter', { model: sampleLetter('refusal'), sign: true })
    expect(after).toMatchObject({ ok: true, value: { isSigned: true } })
  })

  it('refuses a model with injected fields or a fake image before rendering', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    const result = await page.evaluate(
      ([model]) =>
        (window as unknown as { api: { invoke: Invoke } }).api.invoke('pdf:render-registerutdrag', {
          model,
          sign: false
        }),
      [{ ...sampleRegisterutdrag(), logo: 'file:///etc/passwd', reference: 'x' }] as const
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_INVALID_INPUT' } })
  })
})
