/**
 * A same-origin page served beside the built renderer by the E2E harness (app.bench.ts). It
 * opens the app's own database, unlocks it the way the app does (Argon2id in main through the
 * real preload API, the data key unwrapped from the keyring the UI set up), and writes the seed
 * fixture with the app's bulk-import repositories. The app itself then unlocks and loads it.
 */
import { createDb } from '../../src/renderer/src/data/db'
import { bulkSaveCases } from '../../src/renderer/src/data/repos/cases.repo'
import { summarisedCounts } from '../../src/renderer/src/data/repos/digests.repo'
import { bulkSaveSubjects } from '../../src/renderer/src/data/repos/subjects.repo'
import { Vault } from '../../src/renderer/src/data/vault'
import { ipcKdf } from '../../src/renderer/src/features/vault/useVaultController'
import { seedCases } from '../../tests/fixtures/seed'

export type SeedResult = {
  cases: number
  subjects: number
  seedMs: number
  /** Baseline of the keystroke figure: the same queries as a filter over plain objects. */
  plainFilterMs: number[]
}

declare global {
  interface Window {
    seedApp: (
      count: number,
      until: string,
      passphrase: string,
      queries: readonly string[]
    ) => Promise<SeedResult>
  }
}

window.seedApp = async (count, until, passphrase, queries) => {
  const { subjects, cases } = seedCases(count, 42, { years: 10, until })
  const db = createDb()
  const vault = new Vault(db, ipcKdf)
  await vault.unlockWithPassphrase(passphrase)
  const start = performance.now()
  await bulkSaveSubjects(db, subjects)
  await bulkSaveCases(db, cases)
  const seedMs = performance.now() - start
  const written = await summarisedCounts(db)
  vault.lock()
  db.close()

  // Baseline: what a keystroke costs with no index, no store and no UI: lower-cased substring
  // search over plain objects holding the same names and references.
  const byId = new Map(subjects.map((subject) => [subject.id, subject]))
  const plain = cases.map((dsrCase) => ({
    reference: dsrCase.reference.toLowerCase(),
    name: (byId.get(dsrCase.subjectId)?.name ?? '').toLowerCase(),
    email: (byId.get(dsrCase.subjectId)?.email ?? '').toLowerCase()
  }))
  const plainFilterMs = queries.map((query) => {
    const q = query.toLowerCase()
    const started = performance.now()
    plain.filter(
      (row) => row.name.includes(q) || row.reference.includes(q) || row.email.includes(q)
    )
    return performance.now() - started
  })
  return { ...written, seedMs, plainFilterMs }
}
