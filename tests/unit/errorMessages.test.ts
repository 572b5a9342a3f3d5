import { describe, expect, it } from 'vitest'
import { BACKUP_ERROR } from '../../src/core/backup/format'
import { BACKUP_IO_ERROR } from '../../src/main/services/backup/errors'
import { FILE_ERROR } from '../../src/main/services/files'
import { KDF_ERROR } from '../../src/main/services/kdf'
import { PDF_MODEL_ERROR } from '../../src/main/services/pdf/modelCheck'
import { en, sv } from '../../src/renderer/src/lib/i18n/catalog'

// Every coded error main can return from backups, files and key derivation has a message in
// both languages, so the user never sees a raw code (or a raw Node message) instead.
describe('error codes of backup, files, key derivation and document models', () => {
  const codes = [
    ...Object.values(BACKUP_ERROR),
    ...Object.values(BACKUP_IO_ERROR),
    ...Object.values(FILE_ERROR),
    ...Object.values(KDF_ERROR),
    ...Object.values(PDF_MODEL_ERROR)
  ]
  it.each(codes)('%s has Swedish and English text', (code) => {
    expect(sv).toHaveProperty(`error.${code}`)
    expect(en).toHaveProperty(`error.${code}`)
  })
})
