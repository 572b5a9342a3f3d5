import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CRYPTO_ERROR, hkdfSha256, utf8, type PassphraseKdf } from '@core/crypto'
import { createCase, type CommandContext } from '@core'
import { AppDb, openRawDb } from './db'
import { KeyHolder, VaultLockedError } from './keys'
import { getCase, listCases } from './repos/cases.repo'
import { CaseStore } from './store/caseStore'
import { listAudit, verifyAudit } from './repos/audit.repo'
import {
  findSubjectsByEmail,
  findSubjectsByPersonnummer,
  getSubject,
  saveSubject
} from './repos/subjects.repo'
import { getKeyring } from './repos/keyring.repo'
import { PassphrasePolicyError, Vault } from './vault'

// Argon2id runs in main; here a fast stand-in with the same contract (deterministic per salt).
let kdfCalls = 0
const fakeKdf: PassphraseKdf = async (passphrase, params) => {
  kdfCalls++
  return hkdfSha256(utf8(passphrase), utf8(params.salt), 'test-kdf')
}

let name: string
let db: AppDb
let vault: Vault
const passphrase = 'korrekt häst batteri'

beforeEach(() => {
  name = `vault-${crypto.randomUUID()}`
  db = new AppDb(name, new KeyHolder())
  vault = new Vault(db, fakeKdf, () => new Date('2026-03-06T09:00:00Z'))
})

afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise
  } catch (error) {
    return (error as { code?: string }).code
  }
  return undefined
}

describe('vault setup and unlock', () => {
  it('sets up once, returns a recovery key and unlocks', async () => {
    expect(await vault.isSetUp()).toBe(false)
    const { recoveryKey } = await vault.setUp(passphrase)
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
    expect(vault.isUnlocked).toBe(true)
    expect(await vault.isSetUp()).toBe(true)
    await expect(vault.setUp(passphrase)).rejects.toThrow(/already set up/)
  })

  it('refuses a weak passphrase and stores nothing', async () => {
    expect(await errorCode(vault.setUp('kort'))).toBe('VAULT_PASSPHRASE_POLICY')
    await expect(vault.setUp('aaaaaaaaaaaaaaaa')).rejects.toBeInstanceOf(PassphrasePolicyError)
    expect(await vault.isSetUp()).toBe(false)
  })

  it('unlocks with the passphrase or the recovery key after a lock, and data comes back', async () => {
    const { recoveryKey } = await vault.setUp(passphrase)
    await saveSubject(db, {
      id: 's1',
      name: 'Märta',
      customerRefs: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    })
    vault.lock()
    await expect(getSubject(db, 's1')).rejects.toBeInstanceOf(VaultLockedError)
    await vault.unlockWithPassphrase(passphrase)
    expect((await getSubject(db, 's1'))?.name).toBe('Märta')
    vault.lock()
    await vault.unlockWithRecoveryKey(recoveryKey.toLowerCase())
    expect((await getSubject(db, 's1'))?.name).toBe('Märta')
  })

  it('says which secret was wrong and changes nothing', async () => {
    const { recoveryKey } = await vault.setUp(passphrase)
    vault.lock()
    const before = JSON.stringify(await getKeyring(db))
    expect(await errorCode(vault.unlockWithPassphrase('fel lösenfras igen'))).toBe(
      CRYPTO_ERROR.wrongPassphrase
    )
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1)
    expect(await errorCode(vault.unlockWithRecoveryKey(typo))).toBe(
      CRYPTO_ERROR.recoveryKeyChecksum
    )
    expect(vault.isUnlocked).toBe(false)
    expect(JSON.stringify(await getKeyring(db))).toBe(before)
  })

  it('changes the passphrase by re-wrapping only the data key', async () => {
    await vault.setUp(passphrase)
    await saveSubject(db, {
      id: 's1',
      name: 'Åke',
      customerRefs: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    })
    const raw = openRawDb(name)
    await raw.open()
    const rowBefore = await raw.table('subjectPages').where('ids').equals('s1').first()
    const before = (await getKeyring(db))!
    expect(await errorCode(vault.changePassphrase('inte den rätta', 'en helt ny lösenfras'))).toBe(
      CRYPTO_ERROR.wrongPassphrase
    )
    await vault.changePassphrase(passphrase, 'en helt ny lösenfras')
    const after = (await getKeyring(db))!
    expect(after.wraps.recovery).toBe(before.wraps.recovery)
    expect(after.wraps.passphrase).not.toBe(before.wraps.passphrase)
    expect(await raw.table('subjectPages').where('ids').equals('s1').first()).toEqual(rowBefore)
    raw.close()
    vault.lock()
    expect(await errorCode(vault.unlockWithPassphrase(passphrase))).toBe(
      CRYPTO_ERROR.wrongPassphrase
    )
    await vault.unlockWithPassphrase('en helt ny lösenfras')
    expect((await getSubject(db, 's1'))?.name).toBe('Åke')
  })

  it('sets a new passphrase after a recovery-key unlock', async () => {
    const { recoveryKey } = await vault.setUp(passphrase)
    vault.lock()
    await vault.unlockWithRecoveryKey(recoveryKey)
    await vault.setNewPassphrase('glömde den gamla helt')
    vault.lock()
    await vault.unlockWithPassphrase('glömde den gamla helt')
    expect(vault.isUnlocked).toBe(true)
  })
})

describe('repositories', () => {
  const ctx: CommandContext = {
    now: new Date('2026-03-06T09:00:00Z'),
    actor: 'Susanne Bäcklund',
    newId: () => crypto.randomUUID()
  }

  it('finds subjects by personnummer and e-mail in any common form', async () => {
    await vault.setUp(passphrase)
    await saveSubject(db, {
      id: 's1',
      name: 'Märta',
      personnummer: '196408233234',
      email: 'Marta@Example.se',
      customerRefs: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    })
    expect((await findSubjectsByPersonnummer(db, '19640823-3234')).map((s) => s.id)).toEqual(['s1'])
    expect((await findSubjectsByEmail(db, ' marta@example.SE ')).map((s) => s.id)).toEqual(['s1'])
    expect(await findSubjectsByPersonnummer(db, '198112189876')).toEqual([])
  })

  it('commits a case change with its audit event, and the chain verifies', async () => {
    await vault.setUp(passphrase)
    const created = createCase(
      { type: 'access', channel: 'letter', subjectId: 's1', receivedAt: '2026-03-05' },
      [],
      ctx
    )
    if (!created.ok) throw new Error(created.error.code)
    const withLetter = {
      ...created.value.case,
      correspondence: [
        {
          id: 'c1',
          direction: 'in' as const,
          medium: 'letter' as const,
          at: '2026-03-05T10:00:00Z',
          subject: 'Begäran om registerutdrag',
          body: 'Hej, jag vill ha ett registerutdrag.',
          attachmentIds: []
        }
      ]
    }
    const store = await CaseStore.open(db)
    await store.commitCase(
      { change: { case: withLetter, event: created.value.event } },
      'Susanne Bäcklund'
    )
    expect(await getCase(db, withLetter.id)).toEqual(withLetter)
    expect((await listCases(db)).map((c) => c.reference)).toEqual(['DSR-2026-0001'])
    expect((await listAudit(db)).map((e) => e.params)).toEqual([created.value.event.params])
    expect(await verifyAudit(db)).toMatchObject({ ok: true, count: 1 })
  })

  it('detects a removed audit event against the remembered head', async () => {
    await vault.setUp(passphrase)
    const store = await CaseStore.open(db)
    for (let i = 0; i < 3; i++) {
      const created = createCase(
        { type: 'erasure', channel: 'email', subjectId: 's1', receivedAt: '2026-03-05' },
        [],
        ctx
      )
      if (!created.ok) throw new Error(created.error.code)
      await store.commitCase({ change: created.value }, 'DPO')
    }
    const last = await db.auditLog.orderBy('seq').last()
    await db.auditLog.delete(last!.id)
    expect(await verifyAudit(db)).toMatchObject({ ok: false, reason: 'truncated' })
  })
})

it('derives the key once per unlock', async () => {
  kdfCalls = 0
  await vault.setUp(passphrase)
  vault.lock()
  await vault.unlockWithPassphrase(passphrase)
  expect(kdfCalls).toBe(2)
})
