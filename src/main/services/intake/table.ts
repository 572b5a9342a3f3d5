/**
 * An export from another system, read for a registerutdrag (issue 16): CSV with papaparse (the
 * delimiter guessed, the encoding found: UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1252 as Swedish Excel writes it) or XLSX with read-excel-file (after the archive was
 * checked for a zip bomb). Parsing goes a chunk at a time (`next`), so the DPO sees progress on a
 * large export; the rows stay in the worker, and only the rows of one person leave it (`filter`).
 */
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'
import { swedishDateOf } from '../../../core/calendar/isoDate'
import {
  identifierMatcher,
  type MatchKind,
  type SubjectIdentifiers
} from '../../../core/intake/tableMatch'
import { COLLECTED_LIMITS } from '../../../core/model/schemas'
import { extensionOf } from './names'
import { isCompoundFile } from './email'
import { INTAKE_REFUSAL, MAX_INTAKE_BYTES, MAX_INTAKE_MB, refuse } from './refusal'
import { assertNotZipBomb } from './zip'

export const TABLE_LIMITS = {
  maxRows: 1_000_000,
  maxColumns: 200,
  /** Text parsed per `next` step. */
  chunkChars: 2 * 1024 * 1024,
  sampleRows: 5
} as const

export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type TableOpened = {
  format: 'csv' | 'xlsx'
  encoding?: TableEncoding
  bytes: number
}

export type TableProgress = {
  isDone: boolean
  /** How far parsing has come, of `total` (characters of a CSV; steps of an XLSX). */
  done: number
  total: number
  rows: number
  /** Once done: the header row, the first rows, the delimiter and the sheet. */
  columns?: string[]
  sample?: string[][]
  delimiter?: string
  sheet?: string
  sheets?: number
}

export type TableFilter = {
  match: readonly { column: number; kind: MatchKind }[]
  identifiers: SubjectIdentifiers
  categories: readonly { categoryId: string; columns: readonly number[] }[]
  /** The day, for reading ten-digit personnummer. */
  today?: string
}

export type TableResult = {
  /** Rows that concern the person. */
  matched: number
  tables: { categoryId: string; columns: string[]; rows: string[][] }[]
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** The text of a CSV and the encoding it was written in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TableEncoding } {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8: Swedish Excel and older systems write Windows-1252 (a superset of Latin-1).
    // iconv-lite, because Node 20's TextDecoder reads this label as Latin-1 (no €, ”, –).
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' }
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ''
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z')
      ? iso.slice(0, 10)
      : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
  }
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(value).replace('.', ',')
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT'
  return String(value).trim()
}

/** Header names: trimmed, empty ones numbered, repeated ones told apart. */
function headerNames(row: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return row.map((raw, index) => {
    const base = raw.trim().slice(0, COLLECTED_LIMITS.header) || `Kolumn ${index + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

export class TableSession {
  #format: 'csv' | 'xlsx' = 'csv'
  #text = ''
  #parser: Papa.Parser | null = null
  #isDone = false
  #consumed = 0
  #header: string[] | null = null
  #rows: string[][] = []
  #delimiter: string | undefined
  #sheet: string | undefined
  #sheets: number | undefined
  #parseError: { row: number } | null = null

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string
  ) {}

  open(): TableOpened {
    const bytes = this.bytes
    if (bytes.length > MAX_INTAKE_BYTES) refuse(INTAKE_REFUSAL.tooLarge, { maxMb: MAX_INTAKE_MB })
    if (bytes.length === 0) refuse(INTAKE_REFUSAL.emptyTable, { name: this.fileName })
    const ext = extensionOf(this.fileName)
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b
    if (isCompoundFile(bytes) || ext === 'xls')
      refuse(INTAKE_REFUSAL.unsupported, { name: this.fileName })
    if (isZip || ext === 'xlsx') {
      if (!isZip) refuse(INTAKE_REFUSAL.malformed, { name: this.fileName })
      this.#format = 'xlsx'
      return { format: 'xlsx', bytes: bytes.length }
    }
    if (ext && !['csv', 'txt', 'tsv'].includes(ext))
      refuse(INTAKE_REFUSAL.unsupported, { name: this.fileName })
    const { text, encoding } = decodeText(bytes)
    // eslint-disable-next-line no-control-regex -- a text export has no NUL or other binary
    if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65_536)))
      refuse(INTAKE_REFUSAL.malformed, { name: this.fileName })
    this.#text = text
    return { format: 'csv', encoding, bytes: bytes.length }
  }

  async next(): Promise<TableProgress> {
    if (!this.#isDone) {
      if (this.#format === 'xlsx') await this.#readXlsx()
      else this.#csvStep()
    }
    const total = this.#format === 'csv' ? this.#text.length : 1
    if (!this.#isDone)
      return {
        isDone: false,
        done: Math.min(this.#consumed, total),
        total,
        rows: this.#rows.length
      }
    this.#finish()
    return {
      isDone: true,
      done: total,
      total,
      rows: this.#rows.length,
      columns: this.#header!,
      sample: this.#rows.slice(0, TABLE_LIMITS.sampleRows),
      ...(this.#delimiter ? { delimiter: this.#delimiter } : {}),
      ...(this.#sheet ? { sheet: this.#sheet, sheets: this.#sheets ?? 1 } : {})
    }
  }

  /** The rows of one person, per category, with the chosen columns. */
  filter(filter: TableFilter): TableResult {
    if (!this.#isDone || !this.#header) throw new Error('The table is not read yet')
    const width = this.#header.length
    const inRange = (column: number) => Number.isInteger(column) && column >= 0 && column < width
    if (!filter.match.length || !filter.match.every((item) => inRange(item.column)))
      throw new Error('Invalid match columns')
    if (!filter.categories.every((category) => category.columns.every(inRange)))
      throw new Error('Invalid category columns')
    const matches = identifierMatcher(filter.identifiers, filter.today ?? swedishDateOf(new Date()))
    const mine = this.#rows.filter((row) =>
      filter.match.some((item) => matches(item.kind, row[item.column] ?? ''))
    )
    if (mine.length > COLLECTED_LIMITS.rows)
      refuse(INTAKE_REFUSAL.tooManyMatches, { rows: mine.length, max: COLLECTED_LIMITS.rows })
    const tables = filter.categories
      .filter((category) => category.columns.length > 0)
      .map((category) => {
        const columns = [...category.columns]
        const rows = mine
          .map((row) =>
            columns.map((column) => (row[column] ?? '').slice(0, COLLECTED_LIMITS.cell))
          )
          .filter((row) => row.some((cell) => cell !== ''))
        return {
          categoryId: category.categoryId,
          columns: columns.map((c) => this.#header![c]!),
          rows
        }
      })
    return { matched: mine.length, tables }
  }

  #take(data: unknown[][], firstRowIndex: number): void {
    for (const [offset, raw] of data.entries()) {
      const row = raw.map(cellText)
      if (!this.#header) {
        if (row.every((cell) => cell === '')) continue
        if (row.length > TABLE_LIMITS.maxColumns)
          refuse(INTAKE_REFUSAL.tableTooLarge, {
            maxColumns: TABLE_LIMITS.maxColumns,
            maxRows: TABLE_LIMITS.maxRows
          })
        // Trailing empty header cells (a delimiter at the end of the line) are not columns.
        while (row.length > 1 && row.at(-1) === '') row.pop()
        this.#header = headerNames(row)
        continue
      }
      if (row.every((cell) => cell === '')) continue
      const width = this.#header.length
      if (row.length > width) {
        // Extra cells must be empty (a trailing delimiter); data outside a column is not dropped.
        if (row.slice(width).some((cell) => cell !== ''))
          refuse(INTAKE_REFUSAL.malformedRow, {
            name: this.fileName,
            row: firstRowIndex + offset + 1
          })
        row.length = width
      }
      while (row.length < width) row.push('')
      this.#rows.push(row)
      if (this.#rows.length > TABLE_LIMITS.maxRows)
        refuse(INTAKE_REFUSAL.tableTooLarge, {
          maxColumns: TABLE_LIMITS.maxColumns,
          maxRows: TABLE_LIMITS.maxRows
        })
    }
  }

  #csvStep(): void {
    let seenRows = this.#rows.length + (this.#header ? 1 : 0)
    const onChunk = (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      this.#parser = parser
      this.#delimiter ??= results.meta.delimiter
      const fatal = results.errors.find((error) => error.code === 'MissingQuotes')
      if (fatal) this.#parseError = { row: (fatal.row ?? 0) + seenRows + 1 }
      this.#take(results.data, seenRows)
      seenRows += results.data.length
      this.#consumed = results.meta.cursor
      parser.pause()
    }
    if (!this.#parser) {
      Papa.parse<string[]>(this.#text, {
        chunkSize: TABLE_LIMITS.chunkChars,
        skipEmptyLines: 'greedy',
        delimitersToGuess: [';', ',', '\t', '|'],
        chunk: onChunk,
        complete: () => {
          this.#isDone = true
        }
      })
    } else {
      this.#parser.resume()
    }
    if (this.#parseError)
      refuse(INTAKE_REFUSAL.malformedRow, { name: this.fileName, row: this.#parseError.row })
  }

  async #readXlsx(): Promise<void> {
    assertNotZipBomb(this.bytes, this.fileName)
    let sheets: { sheet: string; data: unknown[][] }[]
    try {
      sheets = (await readXlsxFile(
        Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength)
      )) as unknown as {
        sheet: string
        data: unknown[][]
      }[]
    } catch {
      return refuse(INTAKE_REFUSAL.malformed, { name: this.fileName })
    }
    const first = sheets.find((sheet) =>
      sheet.data.some((row) => row.some((cell) => cellText(cell) !== ''))
    )
    if (!first) refuse(INTAKE_REFUSAL.emptyTable, { name: this.fileName })
    this.#sheet = first!.sheet
    this.#sheets = sheets.length
    this.#take(first!.data, 0)
    this.#consumed = 1
    this.#isDone = true
  }

  #finish(): void {
    if (!this.#header || this.#rows.length === 0)
      refuse(INTAKE_REFUSAL.emptyTable, { name: this.fileName })
  }
}
