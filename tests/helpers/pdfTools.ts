/**
 * Independent checks of PDFs with Debian's poppler-utils and qpdf. pdfsig exits 0 even when a
 * signature is broken, so its text is parsed. A missing tool is an error, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

export type ExtractedSignature = {
  byteRange: [number, number, number, number]
  /** The CMS, DER, without the zero padding of /Contents. */
  cms: Uint8Array
  /** The bytes the signature covers (both byte ranges joined). */
  signedContent: Uint8Array
}

function derLength(bytes: Uint8Array): number {
  const first = bytes[1]!
  if (first < 0x80) return 2 + first
  const count = first & 0x7f
  let length = 0
  for (let index = 0; index < count; index++) length = length * 256 + bytes[2 + index]!
  return 2 + count + length
}

/** The last signature of a PDF, read independently of the code that made it. */
export function extractSignature(pdf: Uint8Array): ExtractedSignature {
  const text = Buffer.from(pdf).toString('latin1')
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)]
  const match = matches.at(-1)
  if (!match) throw new Error('No /ByteRange in the PDF')
  const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number]
  const [start, firstLength, secondStart, secondLength] = byteRange
  const hex = text.slice(firstLength + 1, secondStart - 1)
  const padded = Buffer.from(hex, 'hex')
  const cms = new Uint8Array(padded.subarray(0, derLength(padded)))
  const signedContent = new Uint8Array(
    Buffer.concat([
      Buffer.from(pdf.subarray(start, start + firstLength)),
      Buffer.from(pdf.subarray(secondStart, secondStart + secondLength))
    ])
  )
  return { byteRange, cms, signedContent }
}

function opensslCms(args: string[], files: Record<string, Uint8Array>): string {
  requireTool('openssl')
  const dir = mkdtempSync(path.join(tmpdir(), 'dpo-cms-'))
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes)
    const result = spawnSync('openssl', ['cms', ...args], { cwd: dir, encoding: 'utf8' })
    return `${result.stdout}${result.stderr}`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `openssl cms -cmsout -print` of the CMS: the parsed structure as text. */
export function printCms(cms: Uint8Array): string {
  return opensslCms(['-cmsout', '-print', '-inform', 'DER', '-in', 'sig.der'], { 'sig.der': cms })
}

/** OpenSSL's own verification of the detached CMS over the signed bytes (no trust check). */
export function verifyCmsWithOpenssl(signature: ExtractedSignature): string {
  return opensslCms(
    [
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      'sig.der',
      '-content',
      'content.bin',
      '-noverify',
      '-out',
      'verified.bin'
    ],
    { 'sig.der': signature.cms, 'content.bin': signature.signedContent }
  )
}

export type WordBox = { word: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Every word of page `page` with its box in points from the top left (`pdftotext -bbox`). */
export function pdfWordBoxes(file: string, page = 1): WordBox[] {
  requireTool('pdftotext')
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'],
    { encoding: 'utf8' }
  )
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    )
  ].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    word: match[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  }))
}
