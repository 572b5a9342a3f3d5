/**
 * Writes a signed sample registerutdrag for a fictitious subject, signed with a throwaway
 * self-signed certificate: `npm run pdf:sample -- --out sample.pdf [--unsigned] [--en]`.
 * Runs in Node (no Electron) with the same services main uses.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from '../src/core/crypto'
import { generateSelfSignedIdentity } from '../src/main/services/pdf/certificates'
import { SigningKeystore } from '../src/main/services/pdf/keystore'
import { createPdfService } from '../src/main/services/pdf/pdfService'
import { sampleRegisterutdrag } from '../tests/fixtures/documents'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const outIndex = args.indexOf('--out')
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined
  if (!out) {
    console.error('Usage: npm run pdf:sample -- --out <file.pdf> [--unsigned] [--en]')
    process.exit(2)
  }
  const sign = !args.includes('--unsigned')
  const keyDir = mkdtempSync(path.join(tmpdir(), 'dpo-sample-key-'))
  try {
    const keystore = new SigningKeystore(keyDir)
    await keystore.unlock(randomBytes(32))
    if (sign) {
      const identity = generateSelfSignedIdentity({
        name: 'Susanne Bäcklund',
        organisation: 'Entrack AB (exempel)',
        now: new Date()
      })
      await keystore.store(identity.p12, identity.password)
    }
    const service = createPdfService({
      fontsDir: path.resolve(__dirname, '../resources/fonts'),
      keystore,
      now: () => new Date()
    })
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
    rmSync(keyDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
