import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('app shell', () => {
  it('opens in Swedish and shows app:get-info from main through the real preload', async () => {
    app = await launchApp()
    const { page } = app
    await expect.poll(() => page.title()).toBe('DPO Desk')
    await setUpVault(page)

    await page.getByRole('link', { name: 'Om programmet' }).click()
    const info = page.getByTestId('app-info')
    await info.waitFor()
    expect(await page.getByTestId('app-info-name').textContent()).toBe('DPO Desk')
    expect(await page.getByTestId('app-info-version').textContent()).toMatch(/^\d+\.\d+\.\d+/)
    expect(await page.getByTestId('app-info-data-folder').textContent()).toBe(app.dataFolder)

    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('smoke-app-info')
  })

  it('switches the interface to English and keeps the choice after a reload', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await page.getByLabel('Språk').selectOption('en')
    await page.getByRole('link', { name: 'About' }).waitFor()
    await page.reload()
    // After a reload the vault is locked again; the unlock screen is in English now.
    await page.getByTestId('unlock-passphrase').fill('korrekt häst batteri häftklammer')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('link', { name: 'About' }).click()
    await page.getByRole('heading', { name: 'About' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await app.screenshot('smoke-english')
  })
})
