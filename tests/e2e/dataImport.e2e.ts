import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { customerCsvWindows1252, economyXlsx } from '../fixtures/exports'
import { pdfsig, pdfText } from '../helpers/pdfTools'
import { launchApp, type LaunchedApp } from './harness/launch'
import { seriousA11yViolations } from './helpers/axe'
import { generateCertificate, newCase, newSubject } from './helpers/casework'
import { dropFile } from './helpers/drop'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('data collection for the registerutdrag (issue 16)', () => {
  it('imports a Windows-1252 CSV and an XLSX for one person; the signed copy prints their rows as tables', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await generateCertificate(page)
    await newSubject(page, {
      name: 'Märta Åkesson-Öberg',
      personnummer: '19640823-3234',
      email: 'marta@example.se',
      customerRefs: 'K-1001',
      street: 'Ängsvägen 3',
      postalCode: '75236',
      city: 'Uppsala'
    })
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Märta Åkesson-Öberg' })
    await page.getByText('Uppgifter i registerutdraget').click()

    // The customer system's export, as Swedish Excel saves it, dropped on the panel.
    await dropFile(
      page,
      { name: 'kunder.csv', type: 'text/csv', bytes: customerCsvWindows1252() },
      '[data-testid=collect-drop]'
    )
    await page.getByTestId('collect-mapping').waitFor()
    expect(await page.getByTestId('collect-read').textContent()).toBe(
      'kunder.csv: 23 rader, 8 kolumner (Windows-1252), avgränsare ”;”.'
    )
    // The identifier columns are guessed from their headers; the DPO picks the categories.
    expect(await page.getByTestId('collect-match-0').inputValue()).toBe('customerRef')
    expect(await page.getByTestId('collect-match-1').inputValue()).toBe('personnummer')
    expect(await page.getByTestId('collect-match-3').inputValue()).toBe('email')
    for (const column of [4, 5, 6, 7])
      await page.getByTestId(`collect-category-${column}`).selectOption('varor-tjanster')
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByTestId('collect-filter').click()
    await page.getByTestId('collect-result').waitFor()
    expect(await page.getByTestId('collect-result').textContent()).toContain(
      '3 rader gäller personen.'
    )
    expect(await page.getByTestId('collect-result').textContent()).toContain('Lampa ”Åsa”')
    await app.screenshot('screen-collect-mapping')
    await page.getByTestId('collect-save').click()
    await page.getByText('3 rader från kundsystemet finns nu med i registerutdraget.').waitFor()

    // The economy system's invoices as XLSX, through main's open dialog.
    const folder = mkdtempSync(path.join(tmpdir(), 'dpo-collect-'))
    const xlsxPath = path.join(folder, 'fakturor.xlsx')
    writeFileSync(xlsxPath, await economyXlsx())
    await app.dialogs.answerOpen(xlsxPath)
    await page.getByTestId('collect-choose').click()
    await page.getByTestId('collect-mapping').waitFor()
    await page.getByTestId('collect-source').fill('ekonomisystemet')
    for (const column of [0, 2, 3, 4])
      await page.getByTestId(`collect-category-${column}`).selectOption('betalning')
    await page.getByTestId('collect-filter').click()
    await page.getByTestId('collect-result').waitFor()
    expect(await page.getByTestId('collect-result').textContent()).toContain(
      '2 rader gäller personen.'
    )
    await page.getByTestId('collect-save').click()
    await page.getByText('2 rader från ekonomisystemet finns nu med i registerutdraget.').waitFor()
    const imported = await page.getByTestId('collect-imported').textContent()
    expect(imported).toContain('Information om varor och tjänster: 3 rader från kundsystemet')
    expect(imported).toContain('Betalningsinformation: 2 rader från ekonomisystemet')
    // Both raw exports are kept in the case.
    const log = page.getByTestId('case-correspondence')
    expect(await log.textContent()).toContain('Export från kundsystemet (kunder.csv)')
    expect(await log.textContent()).toContain('fakturor.xlsx')

    // The mapping is remembered for the source system.
    await dropFile(
      page,
      { name: 'kunder.csv', type: 'text/csv', bytes: customerCsvWindows1252() },
      '[data-testid=collect-drop]'
    )
    await page.getByTestId('collect-mapping').waitFor()
    expect(await page.getByTestId('collect-category-6').inputValue()).toBe('varor-tjanster')
    await page.getByRole('button', { name: 'Avbryt importen' }).click()

    // A file that is no export imports nothing and says why.
    await dropFile(
      page,
      { name: 'bild.png', type: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      '[data-testid=collect-drop]'
    )
    await page.getByText('Filen bild.png kan inte läsas här').waitFor()

    // The signed registerutdrag carries the rows as tables with column headers.
    await page.getByTestId('create-registerutdrag').click()
    await page.getByTestId('pdf-pages').waitFor({ timeout: 30_000 })
    await page.getByTestId('letter-file').click()
    await page.getByText(/Registerutdrag DSR-\d{4}-\d{4} är sparat/).waitFor({ timeout: 30_000 })
    const target = path.join(folder, 'registerutdrag.pdf')
    await app.dialogs.answerSave(target)
    await page.getByTestId('attachment-save').first().click()
    await page.getByText(target).waitFor()
    expect(pdfsig(target).validation).toBe('Signature is Valid.')
    const text = pdfText(target)
    for (const expected of [
      'Uppgifter ur kundsystemet',
      'Ordernummer',
      'O-5001',
      'O-5003',
      '499,00 €',
      'Uppgifter ur ekonomisystemet',
      'Fakturanummer',
      'F-9002',
      'Påminnelse skickad'
    ])
      expect(text, expected).toContain(expected)
    // Nobody else's rows.
    expect(text).not.toContain('O-6000')
    expect(text).not.toContain('F-9100')
  })
})
