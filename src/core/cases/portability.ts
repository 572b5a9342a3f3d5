/**
 * Data portability (art. 20): the data the person provided, in a structured, commonly used and
 * machine-readable form. One JSON document holds everything; one CSV holds the same data as a
 * long table (dataset, record, field, value) so that it opens in any spreadsheet and imports
 * into any system without knowing the shape beforehand.
 *
 * The files are for a machine: UTF-8 without BOM, RFC 4180 CSV with commas, and the values as
 * the person gave them. No formula escaping: an apostrophe in front of "+46 70…" would change the
 * data the person asked to take with them (ADR 0012).
 */
import type { DataSubject, IsoDate } from '../model/types'

/** A table of the person's rows from another system (the case's collected data). */
export type PortableDataset = {
  /** The inventory category's name, e.g. "Orderhistorik". */
  category: string
  /** The system the rows came from. */
  source: string
  columns: readonly string[]
  rows: readonly (readonly string[])[]
}

export type PortabilityInput = {
  reference: string
  controller: { name: string; orgNumber: string }
  subject: DataSubject
  datasets: readonly PortableDataset[]
  on: IsoDate
}

export type PortabilityFiles = {
  /** File names without folders: `personuppgifter-DSR-2026-0001.json` and `.csv`. */
  jsonName: string
  csvName: string
  zipName: string
  json: string
  csv: string
}

export const PORTABILITY_FORMAT = 'dpo-desk/portability-1'

type PersonRecord = Record<string, string | string[] | Record<string, string>>

/** The person's own data from the DPO's register: what they gave (not the DPO's notes). */
function personRecord(subject: DataSubject): PersonRecord {
  const person: PersonRecord = { name: subject.name }
  if (subject.personnummer) person.personnummer = subject.personnummer
  if (subject.email) person.email = subject.email
  if (subject.phone) person.phone = subject.phone
  if (subject.address) {
    const address: Record<string, string> = {}
    if (subject.address.co) address.co = subject.address.co
    address.street = subject.address.street
    address.postalCode = subject.address.postalCode
    address.city = subject.address.city
    if (subject.address.country) address.country = subject.address.country
    person.address = address
  }
  if (subject.customerRefs.length > 0) person.customerRefs = [...subject.customerRefs]
  return person
}

/** Column names made unique within a dataset ("E-post", "E-post (2)") so JSON keys cannot collide. */
function uniqueColumns(columns: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return columns.map((column, index) => {
    const base = column.trim() || `column${index + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function rfc4180Cell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value
}

function csvLine(cells: readonly string[]): string {
  return cells.map(rfc4180Cell).join(',')
}

/** The JSON and CSV of a portability answer; the same facts in both. */
export function portabilityFiles(input: PortabilityInput): PortabilityFiles {
  const person = personRecord(input.subject)
  const datasets = input.datasets.map((dataset) => {
    const columns = uniqueColumns(dataset.columns)
    return {
      category: dataset.category,
      source: dataset.source,
      records: dataset.rows.map((row) =>
        Object.fromEntries(columns.map((column, index) => [column, row[index] ?? '']))
      )
    }
  })
  const document = {
    format: PORTABILITY_FORMAT,
    reference: input.reference,
    created: input.on,
    controller: { name: input.controller.name, orgNumber: input.controller.orgNumber },
    person,
    datasets
  }

  const lines = [csvLine(['dataset', 'source', 'record', 'field', 'value'])]
  for (const [field, value] of Object.entries(person)) {
    if (typeof value === 'string') lines.push(csvLine(['person', '', '1', field, value]))
    else if (Array.isArray(value))
      value.forEach((item, index) =>
        lines.push(csvLine(['person', '', '1', `${field}[${index + 1}]`, item]))
      )
    else
      for (const [part, text] of Object.entries(value))
        lines.push(csvLine(['person', '', '1', `${field}.${part}`, text]))
  }
  for (const dataset of datasets)
    dataset.records.forEach((record, index) => {
      for (const [field, value] of Object.entries(record))
        lines.push(csvLine([dataset.category, dataset.source, String(index + 1), field, value]))
    })

  const base = `personuppgifter-${input.reference}`
  return {
    jsonName: `${base}.json`,
    csvName: `${base}.csv`,
    zipName: `${base}.zip`,
    json: `${JSON.stringify(document, null, 2)}\n`,
    csv: `${lines.join('\r\n')}\r\n`
  }
}
