import type { Page } from 'playwright-core'

export const TEST_PASSPHRASE = 'korrekt häst batteri häftklammer'

/** First run: chooses the passphrase, reads and confirms the recovery key, and returns it. */
export async function setUpVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await page.getByTestId('new-passphrase').fill(passphrase)
  await page.getByTestId('confirm-passphrase').fill(passphrase)
  await page.getByRole('button', { name: 'Skapa krypterat register' }).click()
  const keyElement = page.getByTestId('recovery-key')
  await keyElement.waitFor({ timeout: 30_000 })
  const recoveryKey = ((await keyElement.textContent()) ?? '').replace(/(.{4})(?=.)/g, '$1-')
  const lastGroup = recoveryKey.split('-').at(-1)!
  await page.getByTestId('recovery-confirm').fill(lastGroup)
  await page.getByRole('button', { name: 'Jag har sparat nyckeln, fortsätt' }).click()
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor()
  return recoveryKey
}

export async function unlockVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase)
  await page.getByRole('button', { name: 'Lås upp' }).click()
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor()
}
