/**
 * Every code the app can show finds a message in Swedish and in English (issue 10): the core's
 * errors and messages, shared IPC errors, main's AppFailure codes, and the codes the renderer's
 * own error classes carry. The lists are imported, not copied, so a new code without a message
 * fails here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORE_ERROR_CODES, CORE_MESSAGE_KEYS } from '../../src/core/codes'
import { BACKUP_IO_ERROR } from '../../src/main/services/backup/errors'
import { KEYSTORE_ERROR } from '../../src/main/services/pdf/keystore'
import { FILE_ERROR } from '../../src/main/services/files'
import { KDF_ERROR } from '../../src/main/services/kdf'
import { SIGNING_ERROR } from '../../src/main/services/pdf/identity'
import { PDF_MODEL_ERROR } from '../../src/main/services/pdf/modelCheck'
import { en, sv } from '../../src/renderer/src/lib/i18n/catalog'
import { INTAKE_REFUSAL } from '../../src/shared/ipc/intake'
import { IPC_ERROR } from '../../src/shared/result'

const root = path.resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(relative)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : []
  })
}

/** Codes written as literals where an error is made: `readonly code = '…'`, AppFailure('…'). */
function literalCodes(dir: string): string[] {
  const codes = new Set<string>()
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(path.join(root, file), 'utf8')
    for (const match of text.matchAll(/readonly code = '([A-Z][A-Z0-9_]+)'/g)) codes.add(match[1]!)
    for (const match of text.matchAll(/new AppFailure\(\s*'([A-Z][A-Z0-9_]+)'/g))
      codes.add(match[1]!)
  }
  return [...codes]
}

const errorCodes = [
  ...CORE_ERROR_CODES,
  ...Object.values(IPC_ERROR),
  ...Object.values(BACKUP_IO_ERROR),
  ...Object.values(KEYSTORE_ERROR),
  ...Object.values(SIGNING_ERROR),
  ...Object.values(INTAKE_REFUSAL),
  ...Object.values(FILE_ERROR),
  ...Object.values(KDF_ERROR),
  ...Object.values(PDF_MODEL_ERROR),
  ...literalCodes('src/main'),
  ...literalCodes('src/renderer/src')
]

const has = (catalog: Record<string, string>, key: string) =>
  Object.prototype.hasOwnProperty.call(catalog, key)

describe('every code has a message in both languages', () => {
  it('finds the error codes of core, shared, main and the renderer', () => {
    // The catalog would hide a list that came back empty.
    expect(errorCodes.length).toBeGreaterThan(90)
    expect(errorCodes).toContain('DEADLINE_CLOCK_STOP_ORDER')
    expect(errorCodes).toContain('CRYPTO_DECRYPT_FAILED')
    expect(errorCodes).toContain('BACKUP_WRONG_PASSPHRASE')
    expect(errorCodes).toContain('VAULT_LOCKED')
    const missing = [...new Set(errorCodes)].filter(
      (code) => !has(sv, `error.${code}`) || !has(en, `error.${code}`)
    )
    expect(missing).toEqual([])
  })

  it('finds every other code of the core (trail, free copy, audit, alerts, tasks, labels)', () => {
    expect(CORE_MESSAGE_KEYS.length).toBeGreaterThan(130)
    const missing = CORE_MESSAGE_KEYS.filter((key) => !has(sv, key) || !has(en, key))
    expect(missing).toEqual([])
  })
})
