/**
 * Issue 11 walked through as the DPO would: people edited and merged, attachments viewed and
 * saved byte for byte, letters previewed, voided, posted and kept inside the envelope window,
 * fee warnings with the ledger's facts, and an inventory deletion confirmed and undone.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { swedishDateOf } from '../../src/core/calendar/isoDate'
import { ADDRESS_FIELD_MM, MM } from '../../src/core/pdf/layout'
import { DEFAULT_LAYOUT } from '../../src/core/pdf/model'
import { pdfsig, pdfText, pdfWordBoxes } from '../helpers/pdfTools'
import { launchApp, type LaunchedApp } from './harness/launch'
import {
  checkScreen,
  fileLetter,
  generateCertificate,
  newCase,
  newSubject
} from './helpers/casework'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined
const dir = mkdtempSync(path.join(tmpdir(), 'dpo-e2e-11-'))

afterEach(async () => {
  await app?.close()
  app = undefined
})

/** A small uncompressed greyscale TIFF (8 × 8, a diagonal), written by hand. */
function tinyTiff(): Uint8Array {
  const width = 8
  const pixels = new Uint8Array(width * width).map((_, i) => (i % (width + 1) === 0 ? 0 : 255))
  const entries: [number, number, number, number][] = [
    [256, 3, 1, width],
    [257, 3, 1, width],
    [258, 3, 1, 8],
    [259, 3, 1, 1],
    [262, 3, 1, 1],
    [273, 4, 1, 8 + 2 + 12 * 9 + 4],
    [277, 3, 1, 1],
    [278, 3, 1, width],
    [279, 4, 1, pixels.length]
  ]
  const header = 8 + 2 + 12 * entries.length + 4
  const out = new Uint8Array(header + pixels.length)
  const view = new DataView(out.buffer)
  out.set([0x49, 0x49, 0x2a, 0x00])
  view.setUint32(4, 8, true)
  view.setUint16(8, entries.length, true)
  entries.forEach(([tag, type, count, value], index) => {
    const at = 10 + index * 12
    view.setUint16(at, tag, true)
    view.setUint16(at + 2, type, true)
    view.setUint32(at + 4, count, true)
    if (type === 3) view.setUint16(at + 8, value, true)
    else view.setUint32(at + 8, value, true)
  })
  out.set(pixels, header)
  return out
}

describe('people, attachments and letters without dead ends', () => {
  it('phone erasure without address → edit the person → letter → posted', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, { name: 'Åke Ringström' })
    const caseUrl = await newCase(page, {
      type: 'erasure',
      channel: 'phone',
      subject: 'Åke Ringström'
    })
    await page.getByTestId('letter-template').selectOption('receiptAcknowledgement')
    await page.getByTestId('create-letter').click()
    await page.getByText(/Den registrerade saknar postadress/).waitFor()

    // Edit the person: the address is added, the history names the fields.
    await page.getByRole('link', { name: 'Åke Ringström' }).click()
    await page.getByTestId('subject-edit').click()
    await page.getByTestId('subject-street').fill('Kungsgatan 12')
    await page.getByTestId('subject-postalCode').fill('11143')
    await page.getByTestId('subject-city').fill('Stockholm')
    await checkScreen(app, 'screen-subject-edit')
    await page.getByTestId('subject-save').click()
    await page.getByText('Uppgifterna är ändrade.').waitFor()
    expect(await page.getByTestId('subject-history').textContent()).toContain('adress')
    await checkScreen(app, 'screen-subject-history')

    // The letter now goes out and is posted from the mail queue.
    await page.goto(caseUrl)
    await page.getByTestId('case-due').waitFor()
    await fileLetter(page, 'receiptAcknowledgement', { toPost: true })
    await checkScreen(app, 'screen-letter-preview')
    await page.getByTestId('letter-file').click()
    await page.getByText(/är sparat i ärendet|skapas osignerat/).waitFor()
    await page.getByRole('link', { name: 'Utskick' }).click()
    await page.getByTestId('mail-queue').waitFor()
    await page.getByRole('button', { name: 'Markera som postade i dag' }).click()
    await page.getByText('1 brev är markerade som postade.').waitFor()
    await page.goto(caseUrl)
    await page.getByText(/Postad \d{4}-\d{2}-\d{2}/).waitFor()
  })

  it('merges two records of one person: cases and the free-copy ledger come together', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, {
      name: 'Märta Östberg',
      personnummer: '640823-3234',
      street: 'Storgatan 1',
      postalCode: '17562',
      city: 'Järfälla'
    })
    await newSubject(page, { name: 'M. Östberg', email: 'marta@example.se' })
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Märta Östberg' })
    await newCase(page, { type: 'access', channel: 'email', subject: 'M. Östberg', daysAgo: 20 })
    await page.getByRole('button', { name: 'Registrera lämnad kopia' }).click()
    await page.getByText('Sparat.').first().waitFor()

    await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
    await page.getByRole('link', { name: 'Märta Östberg' }).click()
    await page.getByTestId('merge-search').fill('M. Östb')
    await page.getByTestId('merge-pick').first().click()
    expect(await page.getByTestId('merge-summary').textContent()).toContain('1 ärende flyttas')
    await checkScreen(app, 'screen-subject-merge')
    await page.getByTestId('confirm-yes').click()
    await page.getByText(/Posterna är sammanslagna/).waitFor()
    await page.getByTestId('subject-cases').locator('li').nth(1).waitFor()
    expect(await page.getByTestId('subject-cases').locator('li').count()).toBe(2)
    expect(await page.getByTestId('subject-free-copy').textContent()).toMatch(
      /Senaste kostnadsfria kopia/
    )
    expect(await page.getByTestId('subject-history').textContent()).toContain('sammanslagen')
    // The other record is gone from the list.
    await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
    await page.getByRole('link', { name: 'Märta Östberg' }).first().waitFor()
    expect(await page.getByRole('link', { name: 'M. Östberg' }).count()).toBe(0)
  })

  it('views a scanned JPEG and a TIFF in the app, and saves any attachment with identical bytes', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, { name: 'Karin Holm' })
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Karin Holm' })
    // A JPEG drawn by the browser itself, a TIFF and an e-mail file.
    const jpegBase64 = await page.evaluate(() => {
      const canvas = document.createElement('canvas')
      canvas.width = 240
      canvas.height = 120
      const context = canvas.getContext('2d')!
      context.fillStyle = '#fff'
      context.fillRect(0, 0, 240, 120)
      context.fillStyle = '#000'
      context.fillText('Begäran om registerutdrag', 10, 60)
      return canvas.toDataURL('image/jpeg').split(',')[1]!
    })
    const jpeg = Buffer.from(jpegBase64, 'base64')
    const files = {
      jpeg: path.join(dir, 'skannat-brev.jpg'),
      tiff: path.join(dir, 'skannat-brev.tif'),
      eml: path.join(dir, 'begaran.eml')
    }
    writeFileSync(files.jpeg, jpeg)
    writeFileSync(files.tiff, tinyTiff())
    writeFileSync(
      files.eml,
      'From: Karin Holm <karin@example.se>\r\nSubject: =?UTF-8?Q?Beg=C3=A4ran?=\r\n\r\nHej! Jag vill ha ett registerutdrag.\r\n'
    )
    await page.getByTestId('entry-subject').fill('Brev och e-post från Karin')
    await page.getByTestId('entry-files').setInputFiles([files.jpeg, files.tiff, files.eml])
    await page.getByRole('button', { name: 'Registrera post' }).last().click()
    await page.getByTestId('attachment').nth(2).waitFor()
    // Each row shows "…" until its metadata is read: wait on that, not on time.
    await expect
      .poll(() => page.getByTestId('attachment').first().textContent())
      .toMatch(/image\/jpeg.*kB/)

    const attachment = (name: string) => page.getByTestId('attachment').filter({ hasText: name })
    await attachment('skannat-brev.jpg').getByTestId('attachment-open').click()
    await page.locator('[data-testid="attachment-preview"][data-kind="image"] img').waitFor()
    expect(
      await page
        .locator('[data-testid="attachment-preview"] img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
    ).toBe(240)
    await checkScreen(app, 'screen-attachment-preview')
    await page.getByTestId('preview-close').click()

    await attachment('skannat-brev.tif').getByTestId('attachment-open').click()
    await page.locator('[data-testid="attachment-preview"][data-kind="tiff"] canvas').waitFor()
    expect(
      await page
        .locator('[data-testid="attachment-preview"] canvas')
        .evaluate((canvas: HTMLCanvasElement) => canvas.width)
    ).toBe(8)
    await page.getByTestId('preview-close').click()

    for (const [name, source] of [
      ['skannat-brev.jpg', files.jpeg],
      ['begaran.eml', files.eml]
    ] as const) {
      const target = path.join(dir, `sparad-${name}`)
      await app.dialogs.answerSave(target)
      await attachment(name).getByTestId('attachment-save').click()
      await page.getByText(target).waitFor()
      expect(readFileSync(target).equals(readFileSync(source))).toBe(true)
    }

    // Removed with a reason: the file goes, the case keeps why.
    await attachment('begaran.eml').getByTestId('attachment-remove').click()
    await page.getByTestId('confirm-yes').click()
    await page.getByText('Ange skälet.').waitFor()
    await page.getByTestId('reason-text').fill('Fel fil bifogad')
    await page.getByTestId('confirm-yes').click()
    await page.getByTestId('attachment-removed').waitFor()
    expect(await page.getByTestId('attachment-removed').textContent()).toContain('Fel fil bifogad')
    expect(await page.getByTestId('attachment').count()).toBe(2)
  })

  it('voids a wrong letter: gone from the mail queue, still in the history; the print file has no broken signature', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await generateCertificate(page)
    await newSubject(page, {
      name: 'Per Dahl',
      street: 'Ekvägen 4',
      postalCode: '17562',
      city: 'Järfälla'
    })
    const caseUrl = await newCase(page, { type: 'access', channel: 'letter', subject: 'Per Dahl' })
    for (const template of ['receiptAcknowledgement', 'identificationRequest']) {
      await fileLetter(page, template, { toPost: true })
      await page.getByTestId('letter-file').click()
      await page.getByText(/är sparat i ärendet/).waitFor()
    }
    await page.getByRole('link', { name: 'Utskick' }).click()
    await page.getByTestId('mail-queue').waitFor()
    await expect.poll(() => page.getByTestId('mail-queue').locator('li').count()).toBe(2)

    // The print file of the queue: signed originals stay in the case, no broken signature here.
    const printFile = path.join(dir, 'utskick.pdf')
    await app.dialogs.answerSave(printFile)
    await page.getByRole('button', { name: /Skapa utskrift/ }).click()
    await page.getByText(printFile).waitFor()
    const report = pdfsig(printFile)
    expect(report.raw).not.toContain('Digest Mismatch')
    expect(report.raw).not.toMatch(/Signature is Invalid|not valid/i)
    expect(report.signatures).toBe(0)

    // The identification request was a mistake: voided with a reason.
    await page.goto(caseUrl)
    await page.getByTestId('case-due').waitFor()
    const wrong = page.locator('.timeline li', { hasText: 'Begäran om identifiering' })
    await wrong.getByTestId('letter-void').click()
    await page.getByTestId('reason-text').fill('Skickades av misstag, identiteten var styrkt')
    await checkScreen(app, 'screen-letter-void')
    await page.getByTestId('confirm-yes').click()
    await page.getByTestId('letter-voided').waitFor()
    expect(await page.getByTestId('letter-voided').textContent()).toContain('av misstag')
    await page.getByRole('link', { name: 'Utskick' }).click()
    // Wait on the page's state: the queue is drawn once the store has answered.
    await page.getByTestId('mail-queue').waitFor()
    await expect.poll(() => page.getByTestId('mail-queue').locator('li').count()).toBe(1)
    // One more out of the queue by hand; the queue is then empty.
    await page.getByTestId('mail-unqueue').click()
    await page.getByText('Inga brev väntar på att postas.').waitFor()
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page
      .getByText(/ett brev makulerat/)
      .first()
      .waitFor()
  })

  it('a fee warning states the last free copy and the amount; an extension notice needs an extension', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, {
      name: 'Lena Ström',
      street: 'Björkvägen 9',
      postalCode: '17562',
      city: 'Järfälla'
    })
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Lena Ström', daysAgo: 60 })
    await page.getByRole('button', { name: 'Registrera lämnad kopia' }).click()
    await page.getByText('Sparat.').first().waitFor()
    const firstCopy = swedishDateOf(new Date())
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Lena Ström' })

    // No extension: no extension notice.
    await page.getByTestId('letter-template').selectOption('extensionNotice')
    await page.getByTestId('letter-unavailable').waitFor()
    expect(await page.getByTestId('letter-unavailable').textContent()).toContain('förlängts')
    expect(await page.getByTestId('create-letter').isDisabled()).toBe(true)

    await page.getByTestId('letter-template').selectOption('feeWarning')
    await page.getByTestId('fee-amount').fill('150')
    await page.getByTestId('fee-reason').fill('En ytterligare kopia av samma uppgifter')
    await page.getByTestId('create-letter').click()
    await page.getByTestId('pdf-pages').waitFor({ timeout: 30_000 })
    await page.getByTestId('letter-file').click()
    await page.getByText(/är sparat i ärendet|skapas osignerat/).waitFor()
    const target = path.join(dir, 'avgiftsbesked.pdf')
    await app.dialogs.answerSave(target)
    await page.getByTestId('attachment-save').first().click()
    await page.getByText(target).waitFor()
    const text = pdfText(target)
    expect(text).toContain(firstCopy)
    expect(text).toContain('150')
    expect(text).not.toContain('[saknas')
    // Filing the warning dated the fee notice today.
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page
      .getByText(/avgift 150 kr \(avgiftsbesked/)
      .first()
      .waitFor()
  })

  it('keeps a long c/o address inside the window of the envelope', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, {
      name: 'Anna-Karin Östberg-Lindqvist Bäcklund af Sjögren',
      co: 'Familjen Åkesson-Nilsson, Bostadsrättsföreningen Kungsholmens Strand',
      street: 'Sankt Göransgatan 142 B, lägenhet 1203, tredje våningen, port 4',
      postalCode: '11217',
      city: 'Stockholm'
    })
    await newCase(page, { type: 'access', channel: 'letter', subject: 'Anna-Karin' })
    await fileLetter(page, 'receiptAcknowledgement')
    await page.getByTestId('envelope-shrunk').waitFor()
    await page.getByTestId('letter-file').click()
    await page.getByText(/är sparat i ärendet|skapas osignerat/).waitFor()
    const target = path.join(dir, 'lang-adress.pdf')
    await app.dialogs.answerSave(target)
    await page.getByTestId('attachment-save').first().click()
    await page.getByText(target).waitFor()
    const right = (DEFAULT_LAYOUT.addressLeftMm + ADDRESS_FIELD_MM.width) * MM
    const top = (DEFAULT_LAYOUT.addressTopMm + ADDRESS_FIELD_MM.returnZone) * MM
    const bottom = (DEFAULT_LAYOUT.addressTopMm + ADDRESS_FIELD_MM.height) * MM
    const words = pdfWordBoxes(target, 1)
    const address = words.filter((w) => w.yMin >= top - 1 && w.xMin < right && w.yMin < bottom)
    for (const word of ['Familjen', 'Kungsholmens', 'Sankt', 'port', 'Stockholm'])
      expect(address.map((w) => w.word)).toContain(word)
    for (const word of address) {
      expect(word.xMax).toBeLessThanOrEqual(right)
      expect(word.yMax).toBeLessThanOrEqual(bottom)
    }
  })

  it('asks before deleting an inventory category, and undoes it', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await page.getByRole('link', { name: 'Inställningar' }).click()
    const rows = page.getByTestId('inventory-table').locator('tr')
    await rows.first().waitFor()
    const before = await rows.count()
    const name = (await rows.first().locator('th').textContent()) ?? ''
    await rows.first().getByTestId('inventory-delete').click()
    await checkScreen(app, 'screen-inventory-confirm')
    await page.getByTestId('confirm-no').click()
    expect(await rows.count()).toBe(before)
    await rows.first().getByTestId('inventory-delete').click()
    await page.getByTestId('confirm-yes').click()
    await page.getByTestId('inventory-removed').waitFor()
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="inventory-table"] tr').length === count,
      before - 1
    )
    await page.getByTestId('inventory-undo').click()
    await page.getByText(`Kategorin ${name} är återställd.`).waitFor()
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="inventory-table"] tr').length === count,
      before
    )
  })
})
