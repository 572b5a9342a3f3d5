/**
 * The signature field of a certified PAdES signature, added to a finished PDF with pdf-lib's
 * public API (classic xref, no object streams, so later incremental updates stay possible):
 * - a signature dictionary with SubFilter `ETSI.CAdES.detached`, the claimed signing time in
 *   `/M`, a `/ByteRange` placeholder and zeroed `/Contents` that @signpdf fills in;
 * - a DocMDP signature reference (`/Reference`, TransformMethod DocMDP, P = 1) and the
 *   catalog's `/Perms /DocMDP` pointing at it: this is a certification signature, and a reader
 *   reports any later change of the document (ISO 32000-1 §12.8.2.2; ADR 0005 on P = 1);
 * - an invisible widget on page 1 and the AcroForm with SigFlags 3 (signatures exist, append
 *   only).
 * Text entries are UTF-16 hex strings, so "Susanne Bäcklund" survives any character.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument
} from 'pdf-lib'
import { ANNOTATION_FLAGS, DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS } from '@signpdf/utils'

export const PADES_SUBFILTER = 'ETSI.CAdES.detached'
/** DocMDP permission: 1 = no changes at all (see ADR 0005 for why not 2). */
export const DOC_MDP_PERMISSION = 1
/** Hex digits reserved for the CMS (8 KiB of DER: a chain of a few certificates fits). */
export const SIGNATURE_HEX_LENGTH = 16_384

export type PlaceholderInput = {
  name: string
  reason: string
  location: string
  contactInfo: string
  signingTime: Date
  signatureHexLength?: number
}

export function addPadesPlaceholder(doc: PDFDocument, input: PlaceholderInput): void {
  const { context } = doc
  const page = doc.getPages()[0]
  if (!page) throw new Error('A PDF without pages cannot be signed')

  const byteRange = PDFArray.withContext(context)
  byteRange.push(PDFNumber.of(0))
  for (let index = 0; index < 3; index++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER))

  const transformParams = context.obj({
    Type: 'TransformParams',
    P: DOC_MDP_PERMISSION,
    V: '1.2'
  })
  const reference = context.obj([
    context.obj({ Type: 'SigRef', TransformMethod: 'DocMDP', TransformParams: transformParams })
  ])
  // @signpdf finds /ByteRange first and then the /Contents after it: keep this order.
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: PADES_SUBFILTER,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(input.signatureHexLength ?? SIGNATURE_HEX_LENGTH)),
    M: PDFString.fromDate(input.signingTime),
    Name: PDFHexString.fromText(input.name),
    Reason: PDFHexString.fromText(input.reason),
    Location: PDFHexString.fromText(input.location),
    ContactInfo: PDFHexString.fromText(input.contactInfo),
    Reference: reference,
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'DPO Desk' } }
  })
  // Written as raw bytes so that no save option can move it into an object stream.
  const signatureBytes = new Uint8Array(signature.sizeInBytes())
  signature.copyBytesInto(signatureBytes, 0)
  const signatureRef = context.register(PDFInvalidObject.of(signatureBytes))

  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signatureRef,
    T: PDFHexString.fromText('Signature1'),
    F: ANNOTATION_FLAGS.PRINT,
    P: page.ref,
    AP: { N: context.register(context.formXObject([], { BBox: [0, 0, 0, 0], Resources: {} })) }
  })
  const widgetRef = context.register(widget)
  const annotations = page.node.Annots() ?? context.obj([])
  annotations.push(widgetRef)
  page.node.set(PDFName.of('Annots'), annotations)

  let acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)
  if (!acroForm) {
    acroForm = context.obj({ Fields: [] })
    doc.catalog.set(PDFName.of('AcroForm'), context.register(acroForm))
  }
  const flags = acroForm.lookupMaybe(PDFName.of('SigFlags'), PDFNumber)?.asNumber() ?? 0
  acroForm.set(
    PDFName.of('SigFlags'),
    PDFNumber.of(flags | SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY)
  )
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray) ?? context.obj([])
  fields.push(widgetRef)
  acroForm.set(PDFName.of('Fields'), fields)

  // The certification: the permissions dictionary points at this signature.
  doc.catalog.set(PDFName.of('Perms'), context.obj({ DocMDP: signatureRef }))
}
