import { deriveSubkey, type PassphraseKdf } from '../crypto/kdf'
import { parseKeyring, unwrapWithPassphraseKek, unwrapWithRecoveryKey } from '../crypto/keyring'
import { wipe } from '../crypto/bytes'

/**
 * The key that seals backup chunks: an HKDF sub-key of the data key. Every backup uses a fresh
 * random 64-bit nonce prefix, so chunk nonces never repeat across backups.
 */
export function backupKeyFromDataKey(dek: Uint8Array): Uint8Array {
  return deriveSubkey(dek, 'backup')
}

export type BackupSecret = { passphrase: string } | { recoveryKey: string }

/**
 * Opens the keyring stored in a backup header with the passphrase (Argon2id via `kdf`) or the
 * recovery key, and returns the data key. Throws the keyring's typed errors (wrong passphrase,
 * wrong or mistyped recovery key, damaged or future keyring).
 */
export async function dataKeyFromBackupKeyring(
  keyring: unknown,
  secret: BackupSecret,
  kdf: PassphraseKdf
): Promise<Uint8Array> {
  const parsed = parseKeyring(keyring)
  if ('recoveryKey' in secret) return unwrapWithRecoveryKey(parsed, secret.recoveryKey)
  const kek = await kdf(secret.passphrase, parsed.kdf)
  try {
    return unwrapWithPassphraseKek(parsed, kek)
  } finally {
    wipe(kek)
  }
}
