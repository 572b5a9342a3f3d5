import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  CUSTOMER_COLUMNS,
  csvText,
  customerCsvWindows1252,
  customerRows,
  economyXlsx,
  MARTA
} from '../../../../tests/fixtures/exports'
import { outlookMsg } from '../../../../tests/fixtures/email'
import { IntakeRefusalError } from './refusal'
import { decodeText, TableSession, type TableProgress } from './table'
import { IntakeService } from './intakeService'

async function readAll(session: TableSession): Promise<TableProgress[]> {
  session.open()
  const steps: TableProgress[] = []
  for (;;) {
    const step = await session.next()
    steps.push(step)
    if (step.isDone) return steps
  }
}

async function refusalOf(work: () => Promise<unknown> | unknown) {
  try {
    await work()
  } catch (error) {
    if (error instanceof IntakeRefusalError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error('Expected a refusal')
}

const identifiers = {
  personnummer: MARTA.personnummer,
  emails: [MARTA.email],
  customerRefs: [MARTA.customerRef]
}

describe('reading CSV exports', () => {
  it('reads Windows-1252 with semicolons (Swedish Excel): åäö, € and quoted fields intact', async () => {
    const session = new TableSession(customerCsvWindows1252(), 'kunder.csv')
    expect(session.open()).toEqual({
      format: 'csv',
      encoding: 'windows-1252',
      bytes: expect.any(Number)
    })
    const steps = await readAll(session)
    const done = steps.at(-1)!
    expect(done).toMatchObject({
      isDone: true,
      rows: 23,
      delimiter: ';',
      columns: CUSTOMER_COLUMNS
    })
    expect(done.sample![0]).toEqual(customerRows()[0])
    expect(done.sample![2]![6]).toBe('Skärm; 24"')
  })

  it('keeps only the rows of the person, matched by personnummer in any form, e-mail or customer number', async () => {
    const session = new TableSession(customerCsvWindows1252(), 'kunder.csv')
    await readAll(session)
    const byPnr = session.filter({
      match: [{ column: 1, kind: 'personnummer' }],
      identifiers,
      categories: [{ categoryId: 'varor', columns: [4, 5, 6, 7] }],
      today: '2026-03-10'
    })
    expect(byPnr.matched).toBe(2)
    expect(byPnr.tables).toEqual([
      {
        categoryId: 'varor',
        columns: ['Ordernummer', 'Orderdatum', 'Vara', 'Belopp'],
        rows: [
          ['O-5001', '2025-11-02', 'Lampa ”Åsa”', '499,00 €'],
          ['O-5002', '2026-01-15', 'Glödlampa – 3-pack', '89,50 €']
        ]
      }
    ])
    const byAll = session.filter({
      match: [
        { column: 1, kind: 'personnummer' },
        { column: 3, kind: 'email' },
        { column: 0, kind: 'customerRef' }
      ],
      identifiers,
      categories: [
        { categoryId: 'person-kontakt', columns: [2, 3] },
        { categoryId: 'varor', columns: [4] }
      ]
    })
    expect(byAll.matched).toBe(3)
    // A row whose cells in a category are all empty adds nothing to that category.
    expect(byAll.tables[0]!.rows).toEqual([
      [MARTA.name, 'Marta@Example.se'],
      [MARTA.name, MARTA.email],
      [MARTA.name, '']
    ])
  })

  it('detects UTF-8 with BOM and commas, and UTF-16 with BOM and tabs', async () => {
    const text = csvText(
      ['Namn', 'Ort'],
      [
        ['Åsa', 'Göteborg, Hisingen'],
        ['Örjan', 'Malmö']
      ],
      ','
    )
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8-bom' })
    const session = new TableSession(bom, 'x.csv')
    const done = (await readAll(session)).at(-1)!
    expect(done).toMatchObject({ delimiter: ',', columns: ['Namn', 'Ort'], rows: 2 })
    expect(done.sample![0]).toEqual(['Åsa', 'Göteborg, Hisingen'])
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace(/,(?! )/g, '\t').replace(/"/g, ''), 'utf16le')
    ])
    const tabbed = (await readAll(new TableSession(utf16, 'x.txt'))).at(-1)!
    expect(tabbed).toMatchObject({ delimiter: '\t', columns: ['Namn', 'Ort'] })
    expect(decodeText(Buffer.from(text, 'utf8')).encoding).toBe('utf-8')
  })

  it('reports progress in steps on a large export', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      `K-${i}`,
      `Kund ${i} med ett längre namn`,
      `kund${i}@example.se`,
      'Storgatan 1, 123 45 Staden'
    ])
    const session = new TableSession(
      Buffer.from(csvText(['Kund', 'Namn', 'E-post', 'Adress'], rows), 'utf8'),
      'stor.csv'
    )
    const steps = await readAll(session)
    expect(steps.length).toBeGreaterThan(2)
    const done = steps.map((step) => step.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(steps.at(-1)).toMatchObject({ isDone: true, rows: 60_000 })
  })

  it('refuses broken and hostile CSV files and imports nothing', async () => {
    const cases: [Buffer | Uint8Array, string, string][] = [
      [
        Buffer.from('Namn;Ort\r\n"Åsa;Göteborg\r\nÖrjan;Malmö\r\n'),
        'x.csv',
        'INTAKE_MALFORMED_ROW'
      ],
      [Buffer.from('Namn;Ort\r\nÅsa;Göteborg;extra\r\n'), 'x.csv', 'INTAKE_MALFORMED_ROW'],
      [Buffer.from(''), 'x.csv', 'INTAKE_EMPTY_TABLE'],
      [Buffer.from('Namn;Ort\r\n'), 'x.csv', 'INTAKE_EMPTY_TABLE'],
      [Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 9]), 'x.csv', 'INTAKE_MALFORMED'],
      [
        outlookMsg({ senderName: 'a', senderAddress: 'a@example.se', subject: 'x', body: 'x' }),
        'gammal.xls',
        'INTAKE_UNSUPPORTED'
      ],
      [Buffer.from('x'), 'x.pdf', 'INTAKE_UNSUPPORTED'],
      [
        Buffer.from(Array.from({ length: 201 }, (_, i) => `k${i}`).join(';') + '\r\n1\r\n'),
        'x.csv',
        'INTAKE_TABLE_TOO_LARGE'
      ]
    ]
    for (const [bytes, name, code] of cases) {
      const refusal = await refusalOf(() => readAll(new TableSession(bytes, name)))
      expect(refusal.code, `${name}: ${Buffer.from(bytes).toString('latin1').slice(0, 30)}`).toBe(
        code
      )
    }
    // A trailing delimiter (an empty extra cell) is not an error.
    const trailing = (
      await readAll(new TableSession(Buffer.from('Namn;Ort;\r\nÅsa;Göteborg;\r\n'), 'x.csv'))
    ).at(-1)!
    expect(trailing).toMatchObject({ columns: ['Namn', 'Ort'], rows: 1 })
  })

  it('refuses more rows about the person than one registerutdrag carries', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => [MARTA.email, `rad ${i}`])
    const session = new TableSession(Buffer.from(csvText(['E-post', 'Händelse'], rows)), 'logg.csv')
    await readAll(session)
    const refusal = await refusalOf(() =>
      session.filter({
        match: [{ column: 0, kind: 'email' }],
        identifiers,
        categories: [{ categoryId: 'web', columns: [1] }]
      })
    )
    expect(refusal).toEqual({ code: 'INTAKE_TOO_MANY_MATCHES', params: { rows: 2001, max: 2000 } })
  })
})

describe('reading XLSX exports', () => {
  it('reads the first sheet: dates as dates, decimals with a comma, ten-digit personnummer matched', async () => {
    const session = new TableSession(await economyXlsx(), 'fakturor.xlsx')
    expect(session.open()).toMatchObject({ format: 'xlsx' })
    const done = (await readAll(session)).at(-1)!
    expect(done).toMatchObject({
      isDone: true,
      rows: 3,
      columns: ['Fakturanummer', 'Personnummer', 'Fakturadatum', 'Belopp', 'Status']
    })
    const result = session.filter({
      match: [{ column: 1, kind: 'personnummer' }],
      identifiers,
      categories: [{ categoryId: 'betalning', columns: [0, 2, 3, 4] }],
      today: '2026-03-10'
    })
    expect(result.tables[0]!.rows).toEqual([
      ['F-9001', '2025-11-03', '499', 'Betald'],
      ['F-9002', '2026-01-16', '89,5', 'Påminnelse skickad']
    ])
  })

  it('refuses a zip bomb, an archive that is no workbook, and a .xlsx that is no archive', async () => {
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024) },
      { level: 9 }
    )
    expect((await refusalOf(() => readAll(new TableSession(bomb, 'x.xlsx')))).code).toBe(
      'INTAKE_ZIP_BOMB'
    )
    const notWorkbook = zipSync({ 'readme.txt': new TextEncoder().encode('hej') })
    expect((await refusalOf(() => readAll(new TableSession(notWorkbook, 'x.xlsx')))).code).toBe(
      'INTAKE_MALFORMED'
    )
    expect(
      (await refusalOf(() => readAll(new TableSession(Buffer.from('a;b\r\n1;2'), 'x.xlsx')))).code
    ).toBe('INTAKE_MALFORMED')
  })
})

describe('export sessions in worker threads', () => {
  it('opens, reads in steps, filters, hands back the raw file and forgets it when the vault locks', async () => {
    const service = new IntakeService()
    const bytes = customerCsvWindows1252()
    const opened = await service.openTable('kunder.csv', bytes)
    if (!opened.accepted) throw new Error(opened.refusal.code)
    expect(opened).toMatchObject({ format: 'csv', encoding: 'windows-1252' })
    let progress
    do progress = await service.next(opened.sessionId)
    while (progress.accepted && !progress.progress.isDone)
    expect(progress).toMatchObject({ accepted: true, progress: { rows: 23 } })
    const filtered = await service.filter(opened.sessionId, {
      match: [{ column: 1, kind: 'personnummer' }],
      identifiers,
      categories: [{ categoryId: 'varor', columns: [4] }]
    })
    expect(filtered).toMatchObject({ accepted: true, result: { matched: 2 } })
    expect(Buffer.from(service.raw(opened.sessionId)!.data).equals(bytes)).toBe(true)
    service.closeAll()
    expect(service.raw(opened.sessionId)).toBeNull()
    expect(await service.next(opened.sessionId)).toEqual({
      accepted: false,
      refusal: { code: 'INTAKE_SESSION_GONE', params: {} }
    })
  })
})
