/**
 * Runs in Debian Chromium (real IndexedDB): the same 10 000 cases written and read through
 * plain Dexie and through the encrypted AppDb, and the unlock path. Bundled by vault.bench.ts.
 */
import Dexie from 'dexie'
import {
  createKeyring,
  fromBase64,
  generateRecoveryKey,
  newArgon2Params,
  newDataKey,
  type Argon2Params
} from '../../src/core/crypto'
import { AppDb } from '../../src/renderer/src/data/db'
import { KeyHolder } from '../../src/renderer/src/data/keys'
import { Vault } from '../../src/renderer/src/data/vault'
import { saveKeyring } from '../../src/renderer/src/data/repos/keyring.repo'
import { getSetting } from '../../src/renderer/src/data/repos/settings.repo'
import { SCHEMA_VERSIONS } from '../../src/renderer/src/data/schema'
import { seedCases } from '../../tests/fixtures/seed'

declare global {
  interface Window {
    __kdf: (passphrase: string, params: Argon2Params) => Promise<string>
    runVaultBench: (
      count: number,
      rounds: number
    ) => Promise<
      Record<
        'plainWriteMs' | 'plainReadMs' | 'encWriteMs' | 'encReadMs' | 'encBulkReadMs' | 'unlockMs',
        number
      >
    >
  }
}

const kdf = async (passphrase: string, params: Argon2Params) =>
  fromBase64(await window.__kdf(passphrase, params))

function rows(count: number) {
  return seedCases(count).cases.map((dsrCase) => {
    const { correspondence: _c, ...rest } = dsrCase
    return { ...rest, due: dsrCase.receivedAt }
  })
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

window.runVaultBench = async (count, rounds) => {
  const data = rows(count)
  const plainWrite: number[] = []
  const plainRead: number[] = []
  const encWrite: number[] = []
  const encRead: number[] = []
  const encBulkRead: number[] = []
  for (let round = 0; round < rounds; round++) {
    const plainName = `bench-plain-${round}`
    const plain = new Dexie(plainName)
    for (const schema of SCHEMA_VERSIONS) plain.version(schema.version).stores(schema.stores)
    await plain.open()
    plainWrite.push(await time(() => plain.table('cases').bulkPut(data)))
    let plainCount = 0
    plainRead.push(
      await time(async () => (plainCount = (await plain.table('cases').toArray()).length))
    )
    if (plainCount !== count) throw new Error('plain read count')
    plain.close()
    await Dexie.delete(plainName)

    const encName = `bench-enc-${round}`
    const keys = new KeyHolder()
    keys.unlock(newDataKey())
    const db = new AppDb(encName, keys)
    await db.open()
    encWrite.push(await time(() => db.cases.bulkPut(data)))
    let encCount = 0
    encRead.push(await time(async () => (encCount = (await db.cases.toArray()).length)))
    if (encCount !== count) throw new Error('encrypted read count')
    // The app's full read (listCases) goes through the bulk path: one snapshot, WebCrypto.
    let bulkCount = 0
    encBulkRead.push(
      await time(async () => (bulkCount = (await db.readAllDecrypted(['cases'])).cases.length))
    )
    if (bulkCount !== count) throw new Error('bulk read count')
    db.close()
    await Dexie.delete(encName)
  }

  // Unlock: derive the KEK in main (through the same kind of IPC hop), unwrap, open, first read.
  const passphrase = 'korrekt häst batteri häftklammer'
  const setupDb = new AppDb('bench-unlock', new KeyHolder())
  const params = newArgon2Params()
  const dek = newDataKey()
  await saveKeyring(
    setupDb,
    createKeyring({
      dek,
      passphraseKek: await kdf(passphrase, params),
      kdf: params,
      recoveryKey: generateRecoveryKey(),
      now: new Date()
    }),
    new Date()
  )
  setupDb.close()
  const unlockTimes: number[] = []
  for (let round = 0; round < rounds; round++) {
    unlockTimes.push(
      await time(async () => {
        const db = new AppDb('bench-unlock', new KeyHolder())
        const vault = new Vault(db, kdf)
        await vault.unlockWithPassphrase(passphrase)
        await getSetting(db, 'security')
        db.close()
      })
    )
  }
  await Dexie.delete('bench-unlock')
  return {
    plainWriteMs: median(plainWrite),
    plainReadMs: median(plainRead),
    encWriteMs: median(encWrite),
    encReadMs: median(encRead),
    encBulkReadMs: median(encBulkRead),
    unlockMs: median(unlockTimes)
  }
}
