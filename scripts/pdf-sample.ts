/**
 * Writes a signed sample registerutdrag for a fictitious subject, signed with a throwaway
 * self-signed certificate: `npm run pdf:sample -- --out sample.pdf [--unsigned] [--en]`.
 * Runs in Node (no Electron) with the same services main uses.
 */
import { writeFile } from 'node:fs/promises'
import { sampleRegisterutdrag } from '../tests/fixtures/documents'
import { throwawayPdfService } from '../tests/fixtures/signing'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const outIndex = args.indexOf('--out')
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined
  if (!out) {
    console.error('Usage: npm run pdf:sample -- --out <file.pdf> [--unsigned] [--en]')
    process.exit(2)
  }
  const sign = !args.includes('--unsigned')
  const { service, keystore, dispose } = await throwawayPdfService({
    withCertificate: sign,
    organisation: 'Entrack AB (exempel)'
  })
  try {
    const result = await service.renderRegisterutdrag(
      sampleRegisterutdrag({ language: args.includes('--en') ? 'en' : 'sv' }),
      sign
    )
    await writeFile(out, result.pdf)
    console.log(
      `Wrote ${out}: ${result.pageCount} pages, ${result.isSigned ? 'signed' : 'unsigned'}, SHA-256 ${result.sha256}`
    )
    if (sign)
      console.log(`Certificate fingerprint (SHA-256): ${keystore.identity().info.fingerprint}`)
  } finally {
    dispose()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
