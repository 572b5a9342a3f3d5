/**
 * Documents as the DPO gets them: built from the model (pure builders in core), rendered, and
 * signed with the organisation's identity when asked. The merged print copy for the mail queue
 * carries no signature fields (ADR 0009): copied pages would keep signatures whose byte ranges
 * belong to the original files, and every reader would show them as broken. Each letter stays
 * signed in its case.
 */
import { createHash } from 'node:crypto'
import { PDFDict, PDFDocument, PDFName, type PDFObject } from 'pdf-lib'
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
import { checkLetter, checkRegisterutdrag } from './modelCheck'
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

const FT = PDFName.of('FT')
const SIG = PDFName.of('Sig')
const PARENT = PDFName.of('Parent')
const ANNOTS = PDFName.of('Annots')

/** True for a widget of a signature field (its own /FT or a parent field's /FT is /Sig). */
function isSignatureWidget(annotation: PDFObject | undefined, doc: PDFDocument): boolean {
  let node = annotation instanceof PDFDict ? annotation : undefined
  // Field trees are shallow; the bound only guards against a /Parent cycle in a foreign file.
  for (let depth = 0; node && depth < 32; depth++) {
    if (node.lookup(FT) === SIG) return true
    const parent = node.get(PARENT)
    node = parent ? doc.context.lookupMaybe(parent, PDFDict) : undefined
  }
  return false
}

/** Removes every signature widget from the pages of `doc`; returns how many it removed. */
export function stripSignatureWidgets(doc: PDFDocument): number {
  let removed = 0
  for (const page of doc.getPages()) {
    const annotations = page.node.Annots()
    if (!annotations) continue
    const kept: PDFObject[] = []
    for (let index = 0; index < annotations.size(); index++) {
      const entry = annotations.get(index)
      if (isSignatureWidget(doc.context.lookup(entry), doc)) removed++
      else kept.push(entry)
    }
    if (kept.length === annotations.size()) continue
    if (kept.length === 0) page.node.delete(ANNOTS)
    else page.node.set(ANNOTS, doc.context.obj(kept))
  }
  return removed
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
    async renderRegisterutdrag(input: RegisterutdragModel, sign: boolean): Promise<RenderedPdf> {
      const model = checkRegisterutdrag(input)
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

    async renderLetter(input: LetterModel, sign: boolean): Promise<RenderedPdf> {
      const model = checkLetter(input)
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

    /**
     * One printable PDF with every page of the given PDFs, in order, without their signature
     * fields: the print copy is for paper, the signed originals stay in the cases.
     */
    async mergeForPost(pdfs: readonly Uint8Array[]): Promise<RenderedPdf> {
      const merged = await PDFDocument.create()
      merged.setTitle('Brev att posta')
      merged.setProducer('DPO Desk')
      for (const bytes of pdfs) {
        const source = await PDFDocument.load(bytes)
        stripSignatureWidgets(source)
        const pages = await merged.copyPages(source, source.getPageIndices())
        for (const page of pages) merged.addPage(page)
      }
      return finish(await merged.save({ useObjectStreams: false }), false)
    }
  }
}

export type PdfService = ReturnType<typeof createPdfService>
