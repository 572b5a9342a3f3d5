import { promises as fs } from 'node:fs'
import type { MainContext } from '../context'
import { safeFileName, writeFileAtomic } from '../services/files'
import { generateSelfSignedIdentity } from '../services/pdf/certificates'
import type { Handlers } from './router'

type PdfChannels =
  | 'signing:get-status'
  | 'signing:unlock'
  | 'signing:lock'
  | 'signing:generate-self-signed'
  | 'signing:import-p12'
  | 'pdf:render-registerutdrag'
  | 'pdf:render-letter'
  | 'pdf:render-alignment-test'
  | 'pdf:merge-for-post'
  | 'pdf:save'

export function createPdfHandlers(
  ctx: Pick<MainContext, 'keystore' | 'pdf' | 'dialogs' | 'now'>
): Pick<Handlers, PdfChannels> {
  return {
    'signing:get-status': () => ctx.keystore.status(),
    'signing:unlock': ({ wrapKey }) => ctx.keystore.unlock(wrapKey),
    'signing:lock': () => {
      ctx.keystore.lock()
      return { isLocked: true as const }
    },
    'signing:generate-self-signed': async ({ name, organisation, email }) => {
      // A locked keystore refuses before the key pair is made, not after.
      ctx.keystore.assertUnlocked()
      const identity = await generateSelfSignedIdentity({
        name,
        organisation,
        ...(email ? { email } : {}),
        now: ctx.now()
      })
      return ctx.keystore.storeIdentity(identity)
    },
    'signing:import-p12': ({ p12, password }) => ctx.keystore.importPkcs12(p12, password),
    'pdf:render-registerutdrag': ({ model, sign }) => ctx.pdf.renderRegisterutdrag(model, sign),
    'pdf:render-letter': ({ model, sign }) => ctx.pdf.renderLetter(model, sign),
    'pdf:render-alignment-test': (input) => ctx.pdf.renderAlignmentTest(input),
    'pdf:merge-for-post': ({ pdfs }) => ctx.pdf.mergeForPost(pdfs),
    'pdf:save': async ({ pdf, suggestedName }) => {
      const target = await ctx.dialogs.saveFile({
        defaultName: safeFileName(suggestedName.replace(/\.pdf$/i, ''), 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }]
      })
      if (!target) return { saved: false as const }
      const finalPath = target.toLowerCase().endsWith('.pdf') ? target : `${target}.pdf`
      await writeFileAtomic(finalPath, pdf)
      // Confirm the bytes on disk are the ones the DPO saw.
      const written = await fs.readFile(finalPath)
      if (!Buffer.from(pdf).equals(written))
        throw new Error('The saved file differs from the document')
      return { saved: true as const, path: finalPath }
    }
  }
}
