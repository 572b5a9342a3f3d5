import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeFileName, writeFileAtomic } from './files'

describe('safeFileName', () => {
  it.each([
    [
      'Registerutdrag DSR-2026-0042 Märta Åkesson',
      'Registerutdrag DSR-2026-0042 Märta Åkesson.pdf'
    ],
    ['../../etc/passwd', '..-..-etc-passwd.pdf'],
    ['C:\\Windows\\evil', 'C--Windows-evil.pdf'],
    ['brev:stream', 'brev-stream.pdf'],
    ['con', 'dokument-con.pdf'],
    ['   ', 'dokument-utan-namn.pdf'],
    ['namn. ', 'namn.pdf'],
    ['a\u0000b\nc', 'a-b-c.pdf']
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input, 'pdf')).toBe(expected)
  })

  it('caps the length', () => {
    expect(safeFileName('x'.repeat(500), 'pdf')).toHaveLength(124)
  })
})

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpo-files-'))
    const target = path.join(dir, 'brev.pdf')
    await writeFileAtomic(target, new TextEncoder().encode('%PDF-1.7 ett'))
    await writeFileAtomic(target, new TextEncoder().encode('%PDF-1.7 två'))
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 två')
    expect(readdirSync(dir)).toEqual(['brev.pdf'])
  })

  it('refuses to replace an existing file when asked not to, and cleans up', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpo-files-'))
    const target = path.join(dir, 'backup.dpobak')
    writeFileSync(target, 'old')
    await expect(
      writeFileAtomic(target, new Uint8Array([1]), { overwrite: false })
    ).rejects.toMatchObject({ code: 'FILE_EXISTS' })
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['backup.dpobak'])
  })
})
