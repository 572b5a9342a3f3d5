export const CRYPTO_ERROR = {
  decryptFailed: 'CRYPTO_DECRYPT_FAILED',
  wrongPassphrase: 'VAULT_WRONG_PASSPHRASE',
  wrongRecoveryKey: 'VAULT_WRONG_RECOVERY_KEY',
  recoveryKeyFormat: 'VAULT_RECOVERY_KEY_FORMAT',
  recoveryKeyChecksum: 'VAULT_RECOVERY_KEY_CHECKSUM',
  keyringInvalid: 'VAULT_KEYRING_INVALID',
  keyringFromFuture: 'VAULT_KEYRING_FROM_FUTURE',
  weakKdf: 'VAULT_KDF_TOO_WEAK'
} as const
export type CryptoErrorCode = (typeof CRYPTO_ERROR)[keyof typeof CRYPTO_ERROR]

/** A crypto failure with a stable code the UI maps to a message. */
export class CryptoError extends Error {
  constructor(
    readonly code: CryptoErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'CryptoError'
  }
}
