/**
 * Unlocking and locking the encrypted database (DESIGN §4, security.md §2.9–2.11).
 * The data key (DEK) is random; it is stored only wrapped, by a key derived from the passphrase
 * with Argon2id (in main) and by the recovery key. A wrong secret fails the AEAD unwrap and
 * changes nothing.
 */
import {
  createKeyring,
  CRYPTO_ERROR,
  CryptoError,
  formatRecoveryKey,
  generateRecoveryKey,
  newArgon2Params,
  newDataKey,
  passphraseProblem,
  rewrapPassphrase,
  unwrapWithPassphraseKek,
  unwrapWithRecoveryKey,
  wipe,
  type PassphraseKdf
} from '@core/crypto'
import type { AppDb } from './db'
import { markFormatV2 } from './migrations/v2'
import { getKeyring, saveKeyring } from './repos/keyring.repo'

export class PassphrasePolicyError extends Error {
  readonly code = 'VAULT_PASSPHRASE_POLICY'
  constructor(readonly problem: NonNullable<ReturnType<typeof passphraseProblem>>) {
    super(`Passphrase rejected: ${problem}`)
  }
}

export class Vault {
  constructor(
    readonly db: AppDb,
    private readonly kdf: PassphraseKdf,
    private readonly clock: () => Date = () => new Date()
  ) {}

  get isUnlocked(): boolean {
    return this.db.keys.isUnlocked
  }

  /** True once set up (a keyring exists), so the app asks to unlock instead of to set up. */
  async isSetUp(): Promise<boolean> {
    return (await getKeyring(this.db)) !== null
  }

  /**
   * First run: creates the data key and its two wraps, unlocks, and returns the recovery key
   * text to show once.
   */
  async setUp(passphrase: string): Promise<{ recoveryKey: string }> {
    const problem = passphraseProblem(passphrase)
    if (problem) throw new PassphrasePolicyError(problem)
    if (await this.isSetUp()) throw new Error('The vault is already set up')
    const dek = newDataKey()
    const kdf = newArgon2Params()
    const kek = await this.kdf(passphrase, kdf)
    const recovery = generateRecoveryKey()
    try {
      const keyring = createKeyring({
        dek,
        passphraseKek: kek,
        kdf,
        recoveryKey: recovery,
        now: this.clock()
      })
      await saveKeyring(this.db, keyring, this.clock())
      this.db.keys.unlock(dek)
      // A new vault holds only rows in the current record format: nothing to migrate.
      await markFormatV2(this.db)
      return { recoveryKey: formatRecoveryKey(recovery) }
    } finally {
      wipe(kek)
      wipe(dek)
      wipe(recovery)
    }
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const keyring = await this.requireKeyring()
    const kek = await this.kdf(passphrase, keyring.kdf)
    try {
      const dek = unwrapWithPassphraseKek(keyring, kek)
      this.db.keys.unlock(dek)
      wipe(dek)
    } finally {
      wipe(kek)
    }
  }

  async unlockWithRecoveryKey(recoveryKeyText: string): Promise<void> {
    const keyring = await this.requireKeyring()
    const dek = unwrapWithRecoveryKey(keyring, recoveryKeyText)
    this.db.keys.unlock(dek)
    wipe(dek)
  }

  /** Changes the passphrase: checks the current one, then re-wraps only the data key. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const problem = passphraseProblem(next)
    if (problem) throw new PassphrasePolicyError(problem)
    const keyring = await this.requireKeyring()
    const currentKek = await this.kdf(current, keyring.kdf)
    let dek: Uint8Array
    try {
      dek = unwrapWithPassphraseKek(keyring, currentKek)
    } finally {
      wipe(currentKek)
    }
    await this.rewrap(keyring, dek, next)
  }

  /** After unlocking with the recovery key: a new passphrase without knowing the old one. */
  async setNewPassphrase(next: string): Promise<void> {
    const problem = passphraseProblem(next)
    if (problem) throw new PassphrasePolicyError(problem)
    const keyring = await this.requireKeyring()
    await this.rewrap(keyring, this.db.keys.keys.dek.slice(), next)
  }

  /** Drops every key. Reads and writes fail from now on. */
  lock(): void {
    this.db.keys.lock()
  }

  private async rewrap(
    keyring: Awaited<ReturnType<typeof getKeyring>> & object,
    dek: Uint8Array,
    next: string
  ): Promise<void> {
    const kdf = newArgon2Params()
    const kek = await this.kdf(next, kdf)
    try {
      await saveKeyring(this.db, rewrapPassphrase(keyring, dek, kek, kdf), this.clock())
    } finally {
      wipe(kek)
      wipe(dek)
    }
  }

  private async requireKeyring() {
    const keyring = await getKeyring(this.db)
    if (!keyring) throw new CryptoError(CRYPTO_ERROR.keyringInvalid, 'The vault is not set up')
    return keyring
  }
}
