/**
 * PDF signing, PAdES baseline B-B with a DocMDP certification: pdf-lib adds the signature field
 * to the finished PDF (`placeholder.ts`), @signpdf computes the byte range and embeds the CMS,
 * and our signer builds that CMS (`cms.ts`: CAdES attributes, Node's `crypto.sign`). Like
 * @signpdf's own signers, a signer object signs one document only.
 */
import { PDFDocument } from 'pdf-lib'
import signpdf from '@signpdf/signpdf'
import { Signer } from '@signpdf/utils'
import { buildPadesCms } from './cms'
import type { SigningIdentity } from './identity'
import { addPadesPlaceholder } from './placeholder'

class PadesSigner extends Signer {
  #isUsed = false
  constructor(private readonly identity: SigningIdentity) {
    super()
  }

  override async sign(content: Buffer): Promise<Buffer> {
    if (this.#isUsed) throw new Error('A signer signs one document only')
    this.#isUsed = true
    return Buffer.from(buildPadesCms(content, this.identity))
  }
}

export type SignatureInfo = { name: string; reason: string; location: string; contactInfo: string }

/** Signs a finished PDF. The result still opens anywhere; `pdfsig` verifies it. */
export async function signPdf(
  pdf: Uint8Array,
  identity: SigningIdentity,
  info: SignatureInfo,
  signingTime = new Date()
): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  addPadesPlaceholder(document, { ...info, signingTime })
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }))
  return signpdf.sign(prepared, new PadesSigner(identity))
}
