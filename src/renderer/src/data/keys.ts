/**
 * The unlocked key material of the running app. It exists only between unlock and lock; every
 * read or write of an encrypted table asks for it and fails with VaultLockedError without it.
 */
import { deriveSubkey, wipe } from '@core/crypto'

export class VaultLockedError extends Error {
  readonly code = 'VAULT_LOCKED'
  constructor() {
    super('The vault is locked')
    this.name = 'VaultLockedError'
  }
}

export type UnlockedKeys = {
  /** The data key: AES-256-GCM through noble's public `gcm()` inside IndexedDB transactions. */
  dek: Uint8Array
  /**
   * The same key as a non-extractable WebCrypto key, for bulk reads and writes done outside
   * IndexedDB transactions (WebCrypto is async and must never run inside one).
   */
  dekWebCrypto: Promise<CryptoKey>
  personnummerIndexKey: Uint8Array
  emailIndexKey: Uint8Array
  /** Blind index of a case's subject id (which cases belong to one person). */
  subjectIndexKey: Uint8Array
  /** Blind index of the case id on events and attachments (what belongs to one case). */
  caseIndexKey: Uint8Array
  auditKey: Uint8Array
}

export class KeyHolder {
  #keys: UnlockedKeys | null = null
  readonly #listeners = new Set<(isUnlocked: boolean) => void>()

  get isUnlocked(): boolean {
    return this.#keys !== null
  }

  /** The keys, or VaultLockedError. */
  get keys(): UnlockedKeys {
    if (!this.#keys) throw new VaultLockedError()
    return this.#keys
  }

  requireUnlocked(): void {
    if (!this.#keys) throw new VaultLockedError()
  }

  unlock(dek: Uint8Array): void {
    this.lock()
    this.#keys = {
      dek: dek.slice(),
      dekWebCrypto: crypto.subtle.importKey('raw', dek.slice(), 'AES-GCM', false, [
        'encrypt',
        'decrypt'
      ]),
      personnummerIndexKey: deriveSubkey(dek, 'blind-index:personnummer'),
      emailIndexKey: deriveSubkey(dek, 'blind-index:email'),
      subjectIndexKey: deriveSubkey(dek, 'blind-index:subject-id'),
      caseIndexKey: deriveSubkey(dek, 'blind-index:case-id'),
      auditKey: deriveSubkey(dek, 'audit-chain')
    }
    for (const listener of this.#listeners) listener(true)
  }

  /** Overwrites and drops every key (best effort: JS may have copied bytes). */
  lock(): void {
    if (!this.#keys) return
    const { dekWebCrypto: _webCrypto, ...raw } = this.#keys
    for (const key of Object.values(raw)) wipe(key)
    this.#keys = null
    for (const listener of this.#listeners) listener(false)
  }

  onChange(listener: (isUnlocked: boolean) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
