/**
 * Renders pdfmake document definitions to PDF bytes in main (ADR 0005). Fonts come from the
 * app's resources folder through pdfmake's virtual file system; every URL and every local file
 * access is refused, so a document can never load a remote image or read a file (CVE-2026-26801,
 * security.md §3.6).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import pdfmake from 'pdfmake'
import { FONT, type DocDefinition } from '../../../core/pdf/layout'

const FONT_FILES = {
  normal: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italics: 'LiberationSans-Italic.ttf',
  bolditalics: 'LiberationSans-BoldItalic.ttf'
} as const

type Pdfmake = {
  virtualfs: { writeFileSync(name: string, data: Buffer): void }
  setFonts(fonts: Record<string, Record<string, string>>): void
  setUrlAccessPolicy(policy: (url: string) => boolean): void
  setLocalAccessPolicy(policy: (path: string) => boolean): void
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> }
}

const engine = pdfmake as unknown as Pdfmake
let loadedFrom: string | null = null

/** Loads the fonts once per fonts folder and locks down resource access. */
export function initPdfEngine(fontsDir: string): void {
  if (loadedFrom === fontsDir) return
  for (const file of Object.values(FONT_FILES))
    engine.virtualfs.writeFileSync(file, readFileSync(path.join(fontsDir, file)))
  engine.setFonts({ [FONT]: { ...FONT_FILES } })
  engine.setUrlAccessPolicy(() => false)
  engine.setLocalAccessPolicy(() => false)
  loadedFrom = fontsDir
}

export async function renderPdf(doc: DocDefinition, fontsDir: string): Promise<Buffer> {
  initPdfEngine(fontsDir)
  // pdfmake mutates the definition it gets; hand it a copy (functions are kept by reference).
  return engine.createPdf({ ...doc, content: [...doc.content] }).getBuffer()
}
