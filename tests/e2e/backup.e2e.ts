import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { setUpVault } from './helpers/vault'

const apps: LaunchedApp[] = []

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close()
})

async function launch(): Promise<LaunchedApp> {
  const app = await launchApp()
  apps.push(app)
  return app
}

describe('backup to a folder and restore on a new computer', () => {
  it('backs up, wipes the profile, restores with the recovery key, and the data is back', async () => {
    const backupFolder = mkdtempSync(path.join(tmpdir(), 'dpo-share-'))
    const first = await launch()
    const recoveryKey = await setUpVault(first.page)
    const { page } = first

    await page.getByRole('link', { name: 'Registrerade' }).click()
    await page.getByRole('button', { name: 'Ny registrerad' }).click()
    await page.getByTestId('subject-name').fill('Märta Åkesson-Öberg')
    await page.getByTestId('subject-personnummer').fill('640823-3234')
    await page.getByRole('button', { name: 'Spara', exact: true }).click()
    await page.getByText('Den registrerade är sparad.').waitFor()

    await page.getByRole('link', { name: 'Inställningar' }).click()
    await first.dialogs.answerFolder(backupFolder)
    await page.getByRole('button', { name: 'Välj mapp …' }).click()
    await page.getByTestId('backup-folder').waitFor()
    await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
    await page.getByText(/är skriven och kontrollerad/).waitFor({ timeout: 60_000 })
    await page.getByTestId('backup-list').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await first.screenshot('backup-settings')
    const backups = readdirSync(backupFolder).filter((name) => name.endsWith('.dpobak'))
    expect(backups).toHaveLength(1)
    const backupFile = path.join(backupFolder, backups[0]!)
    expect(readFileSync(backupFile).includes(Buffer.from('Märta'))).toBe(false)

    // A new computer: empty profile, empty data folder.
    const second = await launch()
    const fresh = second.page
    await fresh.getByRole('button', { name: /Återställ från en säkerhetskopia/ }).waitFor()

    // A damaged copy is refused and nothing changes.
    const damaged = path.join(mkdtempSync(path.join(tmpdir(), 'dpo-damaged-')), backups[0]!)
    copyFileSync(backupFile, damaged)
    const bytes = readFileSync(damaged)
    bytes[bytes.length - 200]! ^= 0x01
    writeFileSync(damaged, bytes)
    await second.dialogs.answerOpen(damaged)
    await fresh.getByRole('button', { name: /Återställ från en säkerhetskopia/ }).click()
    await fresh.getByTestId('restore-preview').waitFor()
    await fresh.getByTestId('restore-secret').fill(recoveryKey)
    await fresh.getByRole('button', { name: 'Återställ', exact: true }).click()
    await fresh
      .getByText(/Säkerhetskopian är skadad|kontrollsumma stämmer inte/)
      .waitFor({ timeout: 60_000 })
    await second.screenshot('restore-refused')
    await fresh.getByRole('button', { name: 'Avbryt' }).click()

    // The real backup restores.
    await second.dialogs.answerOpen(backupFile)
    await fresh.getByRole('button', { name: /Återställ från en säkerhetskopia/ }).click()
    await fresh.getByTestId('restore-preview').waitFor()
    expect(await fresh.getByTestId('restore-preview').textContent()).toContain('1 registrerad.')
    await fresh.getByTestId('restore-secret').fill(recoveryKey.toLowerCase())
    await fresh.getByRole('button', { name: 'Återställ', exact: true }).click()
    await fresh.getByTestId('restore-done').waitFor({ timeout: 60_000 })
    await second.screenshot('restore-done')
    await fresh.getByRole('button', { name: 'Fortsätt till upplåsning' }).click()

    await fresh.getByRole('button', { name: /använd återställningsnyckeln/ }).click()
    await fresh.getByTestId('unlock-recovery').fill(recoveryKey)
    await fresh.getByRole('button', { name: 'Lås upp' }).click()
    await fresh.getByTestId('new-passphrase').fill('ny dator ny lösenfras')
    await fresh.getByTestId('confirm-passphrase').fill('ny dator ny lösenfras')
    await fresh.getByRole('button', { name: 'Spara ny lösenfras' }).click()
    await fresh.getByRole('link', { name: 'Registrerade' }).click()
    await fresh.getByRole('cell', { name: 'Märta Åkesson-Öberg' }).waitFor()
    expect(await fresh.getByRole('cell', { name: '19640823-XXXX' }).count()).toBe(1)
    await second.screenshot('restore-data-back')
  })
})
