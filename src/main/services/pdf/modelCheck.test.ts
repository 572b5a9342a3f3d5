import { describe, expect, it } from 'vitest'
import { sampleLetter, sampleRegisterutdrag } from '../../../../tests/fixtures/documents'
import { throwawayPdfService } from '../../../../tests/fixtures/signing'
import { PDF_MODEL_ERROR } from './modelCheck'

describe('document models are checked before rendering', () => {
  it('refuses a registerutdrag with an empty inventory with its own code (not a renderer crash)', async () => {
    const { service, dispose } = await throwawayPdfService({ withCertificate: false })
    try {
      await expect(
        service.renderRegisterutdrag({ ...sampleRegisterutdrag(), inventory: [] }, false)
      ).rejects.toMatchObject({ code: PDF_MODEL_ERROR.inventoryEmpty })
      // One category is enough for the art. 15 information to be stated.
      const one = {
        ...sampleRegisterutdrag(),
        inventory: sampleRegisterutdrag().inventory.slice(0, 1)
      }
      expect((await service.renderRegisterutdrag(one, false)).pageCount).toBeGreaterThan(0)
    } finally {
      dispose()
    }
  })

  it('refuses models that do not match their schema, naming the field', async () => {
    const { service, dispose } = await throwawayPdfService({ withCertificate: false })
    try {
      const badReference = { ...sampleRegisterutdrag(), reference: 'not-a-reference' }
      await expect(service.renderRegisterutdrag(badReference, false)).rejects.toMatchObject({
        code: PDF_MODEL_ERROR.invalid,
        details: [expect.stringContaining('reference')]
      })
      const letter = sampleLetter('receiptAcknowledgement')
      await expect(
        service.renderLetter({ ...letter, date: '5 mars 2026' }, false)
      ).rejects.toMatchObject({ code: PDF_MODEL_ERROR.invalid })
    } finally {
      dispose()
    }
  })
})
