/**
 * Documents as the DPO gets them: built from the model (pure builders in core), rendered, and
 * signed with the organisation's identity when asked. The merged print copy for the mail queue
 * is unsigned: merging would break each letter's signature, so every letter is kept signed in
 * its case and the print copy only carries the letters' text.
 */
import { createHash } from 'node:crypto'
import { PDFDocument } from 'pdf-lib'
import { buildAlignmentTestPage } from '../../../core/pdf/alignment'
import type { DocDefinition } from '../../../core/pdf/layout'
import { buildLetterDoc } from '../../../core/pdf/letter'
import type {
  DocLanguage,
  LetterLayout,
  LetterModel,
  RegisterutdragModel
} from '../../../core/pdf/model'
import { buildRegisterutdragDoc } from '../../../core/pdf/registerutdrag'
import type { OrganisationProfile } from '../../../core/model/types'
import { checkValidity } from './certificates'
import type { SigningKeystore } from './keystore'
import { renderPdf } from './renderer'
import { signPdf } from './signer'

export type RenderedPdf = { pdf: Uint8Array; sha256: string; pageCount: number; isSigned: boolean }

export type PdfServiceDeps = { fontsDir: string; keystore: SigningKeystore; now: () => Date }

async function finish(bytes: Uint8Array, isSigned: boolean): Promise<RenderedPdf> {
  const pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
  return {
    pdf: new Uint8Array(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pageCount,
    isSigned
  }
}

export function createPdfService(deps: PdfServiceDeps) {
  async function produce(
    build: (fingerprint: string | undefined) => DocDefinition,
    sign: boolean,
    reason: string,
    organisation: OrganisationProfile
  ): Promise<RenderedPdf> {
    if (!sign) return finish(await renderPdf(build(undefined), deps.fontsDir), false)
    const { identity, info } = deps.keystore.identity()
    checkValidity(identity, deps.now())
    // The fingerprint printed on the page is always the one of the key that signs it.
    const unsigned = await renderPdf(build(info.fingerprint), deps.fontsDir)
    const signed = await signPdf(
      unsigned,
      identity,
      {
        name: info.subjectName,
        reason,
        location: organisation.address.city,
        contactInfo: organisation.email
      },
      deps.now()
    )
    return finish(signed, true)
  }

  return {
    renderRegisterutdrag(model: RegisterutdragModel, sign: boolean): Promise<RenderedPdf> {
      const reason =
        model.language === 'sv'
          ? `Registerutdrag ${model.reference}`
          : `Copy of personal data ${model.reference}`
      return produce(
        (fingerprint) =>
          buildRegisterutdragDoc({
            ...model,
            ...(fingerprint ? { certificateFingerprint: fingerprint } : {})
          }),
        sign,
        reason,
        model.organisation
      )
    },

    renderLetter(model: LetterModel, sign: boolean): Promise<RenderedPdf> {
      return produce(
        (fingerprint) =>
          buildLetterDoc({
            ...model,
            ...(fingerprint ? { certificateFingerprint: fingerprint } : {})
          }),
        sign,
        `${model.reference}`,
        model.organisation
      )
    },

    async renderAlignmentTest(input: {
      language: DocLanguage
      organisation: OrganisationProfile
      layout: LetterLayout
      date: string
    }): Promise<RenderedPdf> {
      return finish(await renderPdf(buildAlignmentTestPage(input), deps.fontsDir), false)
    },

    /** One printable PDF with every page of the given PDFs, in order. */
    async mergeForPost(pdfs: readonly Uint8Array[]): Promise<RenderedPdf> {
      const merged = await PDFDocument.create()
      merged.setTitle('Brev att posta')
      merged.setProducer('DPO Desk')
      for (const bytes of pdfs) {
        const source = await PDFDocument.load(bytes)
        const pages = await merged.copyPages(source, source.getPageIndices())
        for (const page of pages) merged.addPage(page)
      }
      return finish(await merged.save({ useObjectStreams: false }), false)
    }
  }
}

export type PdfService = ReturnType<typeof createPdfService>
