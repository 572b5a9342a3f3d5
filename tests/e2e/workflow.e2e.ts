/**
 * Issue 12 walked through as the DPO would: what follows from a posted letter (and its undo),
 * the free-copy ledger over four months, art. 19 with named recipients, a portability package,
 * an opt-out confirmation, search by street and customer number, and the CSV exports.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, swedishDateOf } from '../../src/core/calendar/isoDate'
import { pdfText } from '../helpers/pdfTools'
import { launchApp, type LaunchedApp } from './harness/launch'
import {
  checkScreen,
  fileLetter,
  newCase,
  newSubject,
  waitForPreview,
  type Person
} from './helpers/casework'
import { setUpVault } from './helpers/vault'

let app: LaunchedApp | undefined
const dir = mkdtempSync(path.join(tmpdir(), 'dpo-e2e-12-'))

afterEach(async () => {
  await app?.close()
  app = undefined
})

const ASA: Person = {
  name: 'Åsa Öberg',
  personnummer: '19811218-9876',
  email: 'asa.oberg@example.se',
  street: 'Sjövägen 12',
  postalCode: '17562',
  city: 'Järfälla',
  customerRefs: 'KUND-4711'
}

/** The page's today (its clock may be a fake one). */
const pageToday = async (page: Page) =>
  swedishDateOf(new Date(await page.evaluate(() => Date.now())))

async function fileShown(page: Page): Promise<void> {
  await page.getByTestId('letter-file').click()
  await page.getByText(/är sparat i ärendet|skapas osignerat/).waitFor()
}

/** Saves the attachment of the correspondence entry that names `entry` and returns its path. */
async function saveAttachment(current: LaunchedApp, entry: string, fileName: string) {
  const target = path.join(dir, fileName)
  await current.dialogs.answerSave(target)
  await current.page
    .locator('.timeline li', { hasText: entry })
    .first()
    .getByTestId('attachment-save')
    .first()
    .click()
  await current.page.getByText(target).waitFor()
  return target
}

async function markAllPosted(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Utskick' }).click()
  await page.getByTestId('mail-queue').waitFor()
  await page.getByRole('button', { name: 'Markera som postade i dag' }).click()
  await page.getByTestId('automation').first().waitFor()
}

const caseTitle = (page: Page) => page.locator('#case-title').textContent()

describe('the workflow follows the work (issue 12)', () => {
  it('posting an identification request moves the case to identity check and offers the clock stop; Ångra undoes it', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, ASA)
    const caseUrl = await newCase(page, { type: 'access', channel: 'letter', subject: ASA.name })
    const before = await caseTitle(page)
    await fileLetter(page, 'identificationRequest', { toPost: true })
    await fileShown(page)
    // Queued for the post: nothing follows until it is posted.
    expect(await caseTitle(page)).toBe(before)

    await markAllPosted(page)
    const automation = page.getByTestId('automation')
    expect(await automation.textContent()).toContain('Ärendet har status Identitetskontroll.')
    expect(await page.getByTestId('automation-stop-clock').isVisible()).toBe(true)
    await checkScreen(app, 'screen-automation-id-request')

    // Undone from the notice: the status is what it was, the letter stays.
    await page.getByTestId('automation-undo').click()
    await page.getByTestId('automation-undone').waitFor()
    await page.goto(caseUrl)
    await page.getByTestId('case-due').waitFor()
    expect(await caseTitle(page)).toBe(before)
    expect(
      await page.locator('.timeline > li', { hasText: 'Begäran om identifiering' }).count()
    ).toBe(1)
    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    await page
      .getByText(/det som följde av ett brev ångrades/)
      .first()
      .waitFor()
  })

  it('a posted registerutdrag goes into the ledger with its scope and period; four months later the same copy is chargeable after a fee warning', async () => {
    app = await launchApp({ fakeClock: true })
    const { page } = app
    await setUpVault(page)
    await newSubject(page, ASA)
    await newCase(page, { type: 'access', channel: 'letter', subject: ASA.name, daysAgo: 2 })
    await page.getByTestId('period-from').fill('2025-01-01')
    await page.getByTestId('period-to').fill('2025-12-31')
    await expect
      .poll(() => page.getByTestId('requested-free-copy').textContent())
      .toContain('ingen kostnadsfri kopia har lämnats tidigare')
    await page.getByText('Uppgifter i registerutdraget').click()
    await page.getByTestId('create-registerutdrag').click()
    await waitForPreview(page)
    await fileShown(page)
    const posted = await pageToday(page)
    await markAllPosted(page)
    expect(await page.getByTestId('automation').textContent()).toMatch(
      /Kopian är registrerad i registret över kopior: Alla uppgifter, period 2025-01-01 – 2025-12-31, lämnad .+ \(kostnadsfri\)/
    )

    await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
    await page.getByRole('link', { name: ASA.name }).first().click()
    await page.getByTestId('subject-ledger').waitFor()
    expect(await page.getByTestId('subject-ledger').textContent()).toContain(
      `${posted} · Alla uppgifter · period 2025-01-01 – 2025-12-31 · Kostnadsfri`
    )
    await checkScreen(app, 'screen-ledger-with-period')

    // Four months later she asks again for the same data.
    const later = addDays(posted, 122)
    await page.clock.setSystemTime(new Date(`${later}T10:00:00`))
    await page.getByRole('link', { name: 'Översikt' }).click()
    await newCase(page, { type: 'access', channel: 'letter', subject: ASA.name })
    await page.getByTestId('period-from').fill('2025-01-01')
    await page.getByTestId('period-to').fill('2025-12-31')
    await expect
      .poll(() => page.getByTestId('requested-free-copy').textContent())
      .toContain(`Senaste kostnadsfria kopia av samma uppgifter ${posted}`)
    expect(await page.getByTestId('requested-free-copy').textContent()).toContain(
      'först efter ett avgiftsbesked'
    )
    await checkScreen(app, 'screen-second-request-chargeable')
    await page.getByTestId('letter-template').selectOption('feeWarning')
    expect(await page.getByTestId('letter-unavailable').count()).toBe(0)
    await page.getByTestId('fee-amount').fill('150')
    await page.getByTestId('fee-reason').fill('En ytterligare kopia av samma uppgifter')
    await page.getByTestId('create-letter').click()
    await waitForPreview(page)
    await fileShown(page)
    const warning = pdfText(await saveAttachment(app, 'Avgiftsbesked', 'avgiftsbesked.pdf'))
    expect(warning).toContain(posted)
    expect(warning).toContain('150')

    // Another period is a different copy: free.
    await page.getByTestId('period-from').fill('2026-01-01')
    await page.getByTestId('period-to').fill('2026-06-30')
    await expect
      .poll(() => page.getByTestId('requested-free-copy').textContent())
      .toContain('Kostnadsfri kopia: begäran gäller andra uppgifter')
  })

  it('a rectification tells two named recipients; its letter and the registerutdrag name them', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await page.getByRole('link', { name: 'Inställningar' }).click()
    const row = page
      .getByTestId('inventory-table')
      .getByRole('row', { name: /Person- och kontaktinformation/ })
    await row.getByRole('button', { name: 'Ändra' }).click()
    await page.getByTestId('inventory-named-add').click()
    // Each filled row is valid before the next is added (waits on state, not on time).
    const filled = async (index: number, name: string) => {
      const input = page.getByTestId(`inventory-named-name-${index}`)
      await input.fill(name)
      await expect.poll(() => input.getAttribute('aria-invalid')).not.toBe('true')
    }
    await filled(0, 'Fortnox AB')
    await page.getByTestId('inventory-named-add').click()
    await filled(1, 'Skatteverket')
    await page.getByTestId('inventory-named-role-1').selectOption('authority')
    await checkScreen(app, 'screen-inventory-named-recipients')
    await page.getByTestId('inventory-save').click()
    await page.getByTestId('inventory-named').waitFor({ state: 'detached' })

    await newSubject(page, ASA)
    await newCase(page, { type: 'rectification', channel: 'email', subject: ASA.name })
    for (const name of ['Fortnox AB', 'Skatteverket']) {
      const recipient = page.locator(`[data-testid=art19-row][data-recipient="${name}"]`)
      await recipient.getByTestId('art19-notify').click()
      await recipient.getByText(/Underrättad/).waitFor()
    }
    await checkScreen(app, 'screen-art19-told')
    await fileLetter(page, 'rectificationDone', { toPost: false })
    await fileShown(page)
    const letter = pdfText(await saveAttachment(app, 'Rättelse genomförd', 'rattelse.pdf'))
    expect(letter).toContain('Fortnox AB')
    expect(letter).toContain('Skatteverket')
    expect(letter).not.toContain('Inga mottagare har behövt underrättas')

    await newCase(page, { type: 'access', channel: 'email', subject: ASA.name })
    await page.getByText('Uppgifter i registerutdraget').click()
    await page.getByTestId('create-registerutdrag').click()
    await waitForPreview(page)
    await fileShown(page)
    const copy = pdfText(await saveAttachment(app, 'Registerutdrag', 'registerutdrag.pdf'))
    expect(copy).toContain('Mottagare som har fått dina uppgifter')
    expect(copy).toContain('Fortnox AB (personuppgiftsbiträde)')
    expect(copy).toContain('Skatteverket (myndighet)')
  })

  it('answers a portability request with a ZIP whose JSON and CSV parse and hold the person’s data', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, ASA)
    await newCase(page, { type: 'portability', channel: 'email', subject: ASA.name })
    expect(await page.getByTestId('portability-contents').textContent()).toContain(
      'namn, personnummer, e-post, adress, kundnummer'
    )
    const target = path.join(dir, 'portabilitet.zip')
    await app.dialogs.answerSave(target)
    await page.getByTestId('portability-save').click()
    await page.getByText(/ZIP-filen sparades/).waitFor()
    await checkScreen(app, 'screen-portability')

    const files = unzipSync(new Uint8Array(readFileSync(target)))
    const reference = (await caseTitle(page))!.match(/DSR-\d{4}-\d{4}/)![0]
    expect(Object.keys(files).sort()).toEqual([
      `personuppgifter-${reference}.csv`,
      `personuppgifter-${reference}.json`
    ])
    const document = JSON.parse(strFromU8(files[`personuppgifter-${reference}.json`]!))
    expect(document.person).toMatchObject({
      name: 'Åsa Öberg',
      personnummer: '198112189876',
      email: 'asa.oberg@example.se',
      address: { street: 'Sjövägen 12', postalCode: '175 62', city: 'Järfälla' },
      customerRefs: ['KUND-4711']
    })
    const csv = Papa.parse<Record<string, string>>(
      strFromU8(files[`personuppgifter-${reference}.csv`]!),
      { header: true, skipEmptyLines: true }
    )
    expect(csv.errors).toEqual([])
    const value = (field: string) => csv.data.find((row) => row['field'] === field)?.['value']
    expect(value('name')).toBe('Åsa Öberg')
    expect(value('address.street')).toBe('Sjövägen 12')
    expect(value('customerRefs[1]')).toBe('KUND-4711')

    // Sent with its covering letter: both in the case's correspondence.
    await page.getByTestId('portability-letter').click()
    await waitForPreview(page)
    await page.getByTestId('letter-file').click()
    await page.getByText('Följebrevet och ZIP-filen finns nu i ärendets korrespondens.').waitFor()
    expect(
      await page
        .locator('.timeline li', { hasText: 'Följebrev till uppgifter' })
        .getByText(`personuppgifter-${reference}.zip`)
        .count()
    ).toBe(1)
  })

  it('confirms an opt-out naming what was stopped, in which system and from when', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, ASA)
    await newCase(page, { type: 'marketingOptOut', channel: 'email', subject: ASA.name })
    await page.getByTestId('letter-template').selectOption('marketingOptOutConfirmation')
    expect(await page.getByTestId('letter-unavailable').textContent()).toContain(
      'Registrera först vad som har stoppats'
    )
    const from = addDays(await pageToday(page), -1)
    await page.getByTestId('stopped-what').fill('Nyhetsbrev via e-post')
    await page.getByTestId('stopped-system').fill('Mailchimp')
    await page.getByTestId('stopped-from').fill(from)
    await page.getByTestId('stopped-add').click()
    await page.getByTestId('case-stopped').waitFor()
    expect(await page.getByTestId('case-stopped').textContent()).toContain(
      `Nyhetsbrev via e-post i Mailchimp, från och med ${from}`
    )
    await checkScreen(app, 'screen-opt-out-stopped')
    await fileLetter(page, 'marketingOptOutConfirmation', { toPost: false })
    await fileShown(page)
    const letter = pdfText(await saveAttachment(app, 'Bekräftelse på avregistrering', 'optout.pdf'))
    expect(letter).toContain('Mailchimp')
    expect(letter).toContain(from)
    expect(letter).toContain('Nyhetsbrev via e-post')
  })

  it('finds a case by street and by customer number, and exports the list and the audit log as CSV for Swedish Excel', async () => {
    app = await launchApp()
    const { page } = app
    await setUpVault(page)
    await newSubject(page, ASA)
    await newCase(page, { type: 'access', channel: 'letter', subject: ASA.name })
    await newSubject(page, {
      name: 'Berit Ek',
      street: 'Ekvägen 4',
      postalCode: '17562',
      city: 'Järfälla',
      customerRefs: 'KUND-1001'
    })
    await newCase(page, { type: 'erasure', channel: 'email', subject: 'Berit Ek' })

    await page.getByRole('link', { name: 'Ärenden' }).click()
    const rows = page.locator('.vbody [role=row]')
    for (const query of ['sjövägen', 'KUND-4711']) {
      await page.getByTestId('case-search').fill(query)
      await expect.poll(() => rows.count()).toBe(1)
      expect(await rows.first().textContent()).toContain('Åsa Öberg')
    }
    await checkScreen(app, 'screen-search-customer-ref')
    await page.getByTestId('case-search').fill('')
    await expect.poll(() => rows.count()).toBe(2)

    await page.getByRole('link', { name: 'Registrerade', exact: true }).click()
    await page.getByTestId('subjects-search').fill('ekvägen')
    await expect.poll(() => page.getByTestId('subjects-table').locator('tbody tr').count()).toBe(1)
    expect(await page.getByTestId('subjects-table').textContent()).toContain('Berit Ek')

    await page.getByRole('link', { name: 'Ärenden' }).click()
    const listCsv = path.join(dir, 'arenden.csv')
    await app.dialogs.answerSave(listCsv)
    await page.getByTestId('cases-export').click()
    await page.getByText(listCsv).waitFor()
    const listBytes = readFileSync(listCsv)
    expect([...listBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const list = listBytes.toString('utf8')
    expect(list).toContain('Åsa Öberg')
    expect(list.split('\r\n')[0]).toContain(';')

    await page.getByRole('link', { name: 'Granskningslogg' }).click()
    const auditCsvPath = path.join(dir, 'granskningslogg.csv')
    await app.dialogs.answerSave(auditCsvPath)
    await page.getByTestId('audit-export').click()
    await page.getByText(auditCsvPath).waitFor()
    const audit = readFileSync(auditCsvPath)
    expect([...audit.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(audit.toString('utf8')).toContain('Susanne Bäcklund')
  })
})
