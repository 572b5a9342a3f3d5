/**
 * CSV for Excel in Sweden: semicolon separated, UTF-8 with BOM, CRLF line ends. Cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) are prefixed with an apostrophe
 * (OWASP "CSV Injection"): names come from letters and e-mails the DPO did not write.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[]
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
