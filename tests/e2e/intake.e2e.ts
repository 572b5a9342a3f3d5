import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { computeDeadlines } from '../../src/core/deadlines/deadlines'
import {
  alternativeEml,
  encodedWord,
  eml,
  inlineImageEml,
  outlookMsg,
  PNG_1X1,
  TINY_PDF
} from '../fixtures/email'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { dropFile } from './helpers/drop'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('e-mail intake (issue 16)', () => {
  it('imports an .eml through the dialog and a dropped .msg: preview, sender matched, right received date', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)

    // "Importera e-post": main's open dialog reads the file.
    const folder = mkdtempSync(path.join(tmpdir(), 'dpo-intake-'))
    const emlPath = path.join(folder, 'begaran.eml')
    writeFileSync(emlPath, alternativeEml())
    await app.dialogs.answerOpen(emlPath)
    await page.getByTestId('intake-choose').click()
    await page.getByTestId('intake-preview').waitFor()
    expect(await page.getByTestId('intake-from').textContent()).toBe(
      'Märta Åkesson <marta@example.se>'
    )
    expect(await page.getByTestId('intake-subject').textContent()).toBe('Begäran om registerutdrag')
    // Sent 23:30 Swedish time on 31 March: that is the received date, not 1 April.
    expect(await page.getByTestId('intake-date').textContent()).toBe('2026-03-31 23:30')
    expect(await page.getByTestId('intake-received').inputValue()).toBe('2026-03-31')
    expect(await page.getByTestId('intake-type').inputValue()).toBe('access')
    // Plain text only: no HTML element of the message exists in the page.
    expect(await page.getByTestId('intake-text').textContent()).toContain(
      'Hälsningar, Märta Åkesson'
    )
    expect(await page.locator('[data-testid=intake-text] *').count()).toBe(0)
    expect(await page.locator('img[src*="tracker"], script:not([src])').count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])

    // Nobody has the address yet: register the sender, prefilled from the message.
    await page.getByTestId('intake-no-match').waitFor()
    await page.getByTestId('intake-register').click()
    expect(await page.getByTestId('subject-name').inputValue()).toBe('Märta Åkesson')
    expect(await page.getByTestId('subject-email').inputValue()).toBe('marta@example.se')
    await page.getByTestId('subject-name').fill('Märta Åkesson-Öberg')
    await page.getByTestId('subject-save').click()
    await page.getByTestId('intake-matched').waitFor()
    await app.screenshot('screen-intake-preview')
    await page.getByTestId('intake-create').click()

    await page.getByTestId('case-due').waitFor()
    const year = new Date().getFullYear()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `DSR-${year}-0001`
    )
    expect(await page.getByTestId('case-due').textContent()).toBe(
      computeDeadlines('2026-03-31').due
    )
    const header = await page.locator('.case-detail .page-header').textContent()
    expect(header).toContain('Registerutdrag')
    expect(header).toContain('E-post')
    expect(header).toContain('2026-03-31')
    expect(header).toContain('Märta Åkesson-Öberg')
    const log = page.getByTestId('case-correspondence')
    await expect.poll(() => log.textContent()).toContain('begaran.eml')
    expect(await log.textContent()).toContain('Begäran om registerutdrag')

    // A .msg dragged out of Outlook onto the app: the sender is found by the address.
    await page.getByRole('link', { name: 'Översikt' }).click()
    await dropFile(page, {
      name: 'Radera mina uppgifter.msg',
      type: 'application/vnd.ms-outlook',
      bytes: outlookMsg({
        senderName: 'Märta Å-Ö',
        senderAddress: 'Marta@Example.se',
        subject: 'Radera mina uppgifter',
        body: 'Hej! Radera allt ni har om mig. Bifogar kvitto och en bild.',
        // 23:30 Swedish summer time on 30 April: still April.
        deliveredAt: new Date('2026-04-30T21:30:00Z'),
        attachments: [
          { name: 'kvitto.pdf', mime: 'application/pdf', data: TINY_PDF },
          { name: 'bild.png', mime: 'image/png', data: PNG_1X1 }
        ]
      })
    })
    await page.getByTestId('intake-preview').waitFor()
    expect(await page.getByTestId('intake-matched').textContent()).toBe(
      'Avsändaren är Märta Åkesson-Öberg'
    )
    expect(await page.getByTestId('intake-received').inputValue()).toBe('2026-04-30')
    expect(await page.getByTestId('intake-type').inputValue()).toBe('erasure')
    expect(await page.getByTestId('intake-attachments').textContent()).toContain('kvitto.pdf')
    await page.getByTestId('intake-create').click()
    await page.getByTestId('case-due').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `DSR-${year}-0002`
    )
    expect(await page.getByTestId('case-due').textContent()).toBe(
      computeDeadlines('2026-04-30').due
    )
    await expect.poll(() => log.textContent()).toContain('kvitto.pdf')
    expect(await log.textContent()).toContain('Radera mina uppgifter.msg')
    expect(await log.textContent()).toContain('bild.png')

    // The person's page lists both cases.
    await page.getByRole('link', { name: 'Märta Åkesson-Öberg' }).click()
    await expect
      .poll(() => page.getByTestId('subject-cases').textContent())
      .toContain(`DSR-${year}-0002`)
    expect(await page.getByTestId('subject-cases').textContent()).toContain(`DSR-${year}-0001`)
  })

  it('shows an HTML-only message as text, and refuses hostile messages in Swedish without creating anything', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await dropFile(page, { name: 'radera.eml', type: 'message/rfc822', bytes: inlineImageEml() })
    await page.getByTestId('intake-preview').waitFor()
    expect(await page.getByTestId('intake-text').textContent()).toBe('Radera allt om mig, tack.')
    expect(await page.getByText('Meddelandet var skrivet i HTML').count()).toBe(1)

    const spoof = eml(
      { From: `${encodedWord('chef@entrack.se')} <evil@example.com>`, Subject: 'Radera' },
      'x'
    )
    await dropFile(page, { name: 'falsk.eml', type: 'message/rfc822', bytes: spoof })
    await expect
      .poll(() => page.getByTestId('intake-refusal').textContent())
      .toBe(
        'Avsändarens namn visar adressen chef@entrack.se, men meddelandet kommer från evil@example.com. Det kan vara ett bedrägeriförsök och har inte lästs in.'
      )
    const lie = outlookMsg({
      senderName: 'A',
      senderAddress: 'a@example.se',
      subject: 'x',
      body: 'x',
      attachments: [{ name: 'pass.jpg', mime: 'image/jpeg', data: TINY_PDF }]
    })
    await dropFile(page, { name: 'lögn.msg', type: '', bytes: lie })
    await expect
      .poll(() => page.getByTestId('intake-refusal').textContent())
      .toContain('Bilagan pass.jpg är inte vad den utger sig för att vara')
    await app.screenshot('screen-intake-refused')
    expect(await page.getByTestId('intake-create').count()).toBe(0)
    await page.getByRole('link', { name: 'Ärenden' }).click()
    await page.getByTestId('case-status-filter').selectOption('all')
    await expect.poll(() => page.getByTestId('case-count').textContent()).toMatch(/^0 /)
  })
})
