/**
 * Independent checks of PDFs with Debian's poppler-utils and qpdf. pdfsig exits 0 even when a
 * signature is broken, so its text is parsed. A missing tool is an error, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

function requireTool(tool: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' })
  if (found.status !== 0)
    throw new Error(`${tool} is not installed (apt-get install poppler-utils qpdf)`)
}

export type PdfsigReport = {
  raw: string
  signatures: number
  isValid: boolean
  isTotal: boolean
  commonName: string | null
  hashAlgorithm: string | null
  validation: string | null
}

export function pdfsig(file: string): PdfsigReport {
  requireTool('pdfsig')
  const result = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' })
  const raw = `${result.stdout}${result.stderr}`
  const field = (name: string) => new RegExp(`- ${name}: (.*)`).exec(raw)?.[1]?.trim() ?? null
  return {
    raw,
    signatures: (raw.match(/^Signature #\d+:/gm) ?? []).length,
    isValid: /Signature Validation: Signature is Valid\./.test(raw),
    isTotal: /Total document signed/.test(raw) && !/Not total document signed/.test(raw),
    commonName: field('Signer Certificate Common Name'),
    hashAlgorithm: field('Signing Hash Algorithm'),
    validation: field('Signature Validation')
  }
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  requireTool('qpdf')
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' })
  const output = `${result.stdout}${result.stderr}`
  return {
    ok:
      result.status === 0 &&
      /No syntax or stream encoding errors found/.test(output) &&
      !/WARNING/i.test(output),
    output
  }
}

export function pdfText(file: string): string {
  requireTool('pdftotext')
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

/** Renders page `page` (1-based) to a PNG next to `outPrefix` and returns its path. */
export function pdfPagePng(file: string, outPrefix: string, page = 1, dpi = 60): string {
  requireTool('pdftoppm')
  mkdirSync(path.dirname(outPrefix), { recursive: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    outPrefix
  ])
  return `${outPrefix}.png`
}
