import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every byte encoding a string can take in Chromium's storage (V8 serializes strings as one-byte Latin-1 or UTF-16LE). */
export function encodings(text: string): { name: string; bytes: Buffer }[] {
  const utf16be = Buffer.from(text, 'utf16le')
  for (let i = 0; i + 1 < utf16be.length; i += 2)
    [utf16be[i], utf16be[i + 1]] = [utf16be[i + 1]!, utf16be[i]!]
  const variants = [
    { name: 'utf-8', bytes: Buffer.from(text, 'utf8') },
    { name: 'utf-16le', bytes: Buffer.from(text, 'utf16le') },
    { name: 'utf-16be', bytes: utf16be }
  ]
  if ([...text].every((char) => char.charCodeAt(0) < 256))
    variants.push({ name: 'latin-1', bytes: Buffer.from(text, 'latin1') })
  return variants
}

export function listFiles(root: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  for (const entry of readdirSync(root)) {
    const full = path.join(root, entry)
    const stat = statSync(full)
    if (stat.isDirectory()) out.push(...listFiles(full))
    else if (stat.isFile()) out.push(full)
  }
  return out
}

/** Which of `needles` occur, in any encoding, in any file below the folders. */
export function findInFiles(
  folders: string[],
  needles: string[]
): { needle: string; file: string; encoding: string }[] {
  const hits: { needle: string; file: string; encoding: string }[] = []
  const files = folders.flatMap(listFiles)
  for (const file of files) {
    const content = readFileSync(file)
    for (const needle of needles) {
      for (const { name, bytes } of encodings(needle)) {
        if (content.includes(bytes)) hits.push({ needle, file, encoding: name })
      }
    }
  }
  return hits
}
