/**
 * The key hierarchy (DESIGN §4, security.md §2.9): a random 256-bit data key (DEK) encrypts
 * every record. The DEK is stored only wrapped, (a) by a key derived from the passphrase with
 * Argon2id and (b) by a key derived from the recovery key. A passphrase change re-wraps the DEK;
 * no record is re-encrypted. A wrong secret is detected by the failed AEAD unwrap, not by a
 * stored hash.
 */
import { z } from 'zod'
import { open, seal } from './aead'
import { fromBase64, randomBytes, toBase64, toHex, utf8 } from './bytes'
import { CRYPTO_ERROR, CryptoError } from './errors'
import { MIN_ARGON2, DEFAULT_ARGON2, hkdfSha256, type Argon2Params } from './kdf'
import { parseRecoveryKey } from './recoveryKey'

export const KEYRING_FORMAT = 'dpo-desk-keyring'
export const KEYRING_VERSION = 1

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/)

const keyringSchema = z.object({
  format: z.literal(KEYRING_FORMAT),
  version: z.number().int().positive(),
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().positive(),
    iterations: z.number().int().positive(),
    parallelism: z.number().int().positive(),
    salt: base64
  }),
  recoverySalt: base64,
  wraps: z.object({ passphrase: base64, recovery: base64 })
})

export type Keyring = z.infer<typeof keyringSchema>

type WrapKind = 'passphrase' | 'recovery'

function wrapAad(keyId: string, kind: WrapKind): Uint8Array {
  return utf8(`dpo-desk/dek-wrap/v1|${keyId}|${kind}`)
}

export function newArgon2Params(): Argon2Params {
  return { algorithm: 'argon2id', ...DEFAULT_ARGON2, salt: toBase64(randomBytes(16)) }
}

export function newDataKey(): Uint8Array {
  return randomBytes(32)
}

/** The key-encryption key for the recovery wrap: the recovery key has full entropy, so HKDF suffices. */
export function recoveryKek(recoveryKey: Uint8Array, recoverySalt: string): Uint8Array {
  return hkdfSha256(recoveryKey, fromBase64(recoverySalt), 'dpo-desk/recovery-kek/v1')
}

export function createKeyring(input: {
  dek: Uint8Array
  passphraseKek: Uint8Array
  kdf: Argon2Params
  recoveryKey: Uint8Array
  now: Date
}): Keyring {
  const keyId = toHex(randomBytes(16))
  const recoverySalt = toBase64(randomBytes(16))
  return {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    keyId,
    createdAt: input.now.toISOString(),
    kdf: input.kdf,
    recoverySalt,
    wraps: {
      passphrase: toBase64(seal(input.passphraseKek, input.dek, wrapAad(keyId, 'passphrase'))),
      recovery: toBase64(
        seal(recoveryKek(input.recoveryKey, recoverySalt), input.dek, wrapAad(keyId, 'recovery'))
      )
    }
  }
}

/** Validates a stored keyring; refuses unknown future versions and weakened KDF parameters. */
export function parseKeyring(value: unknown): Keyring {
  const parsed = keyringSchema.safeParse(value)
  if (!parsed.success)
    throw new CryptoError(
      CRYPTO_ERROR.keyringInvalid,
      'The key file is damaged or not a DPO Desk key file'
    )
  if (parsed.data.version > KEYRING_VERSION) {
    throw new CryptoError(
      CRYPTO_ERROR.keyringFromFuture,
      'The key file was written by a newer version of DPO Desk'
    )
  }
  const { memoryKiB, iterations } = parsed.data.kdf
  if (memoryKiB < MIN_ARGON2.memoryKiB || iterations < MIN_ARGON2.iterations) {
    throw new CryptoError(
      CRYPTO_ERROR.weakKdf,
      'The key file asks for weaker key derivation than allowed'
    )
  }
  return parsed.data
}

export function unwrapWithPassphraseKek(keyring: Keyring, kek: Uint8Array): Uint8Array {
  try {
    return open(kek, fromBase64(keyring.wraps.passphrase), wrapAad(keyring.keyId, 'passphrase'))
  } catch {
    throw new CryptoError(CRYPTO_ERROR.wrongPassphrase, 'Wrong passphrase')
  }
}

/** Unlocks with the recovery key as typed by the user (format and checksum checked first). */
export function unwrapWithRecoveryKey(keyring: Keyring, recoveryKeyText: string): Uint8Array {
  const recoveryKey = parseRecoveryKey(recoveryKeyText)
  try {
    return open(
      recoveryKek(recoveryKey, keyring.recoverySalt),
      fromBase64(keyring.wraps.recovery),
      wrapAad(keyring.keyId, 'recovery')
    )
  } catch {
    throw new CryptoError(
      CRYPTO_ERROR.wrongRecoveryKey,
      'This recovery key does not belong to this data'
    )
  }
}

/** New passphrase: only the passphrase wrap changes (the DEK and every record stay as they are). */
export function rewrapPassphrase(
  keyring: Keyring,
  dek: Uint8Array,
  newKek: Uint8Array,
  newKdf: Argon2Params
): Keyring {
  return {
    ...keyring,
    kdf: newKdf,
    wraps: {
      ...keyring.wraps,
      passphrase: toBase64(seal(newKek, dek, wrapAad(keyring.keyId, 'passphrase')))
    }
  }
}

/** New recovery key (e.g. the old one was lost): only the recovery wrap changes. */
export function rewrapRecovery(
  keyring: Keyring,
  dek: Uint8Array,
  recoveryKey: Uint8Array
): Keyring {
  const recoverySalt = toBase64(randomBytes(16))
  return {
    ...keyring,
    recoverySalt,
    wraps: {
      ...keyring.wraps,
      recovery: toBase64(
        seal(recoveryKek(recoveryKey, recoverySalt), dek, wrapAad(keyring.keyId, 'recovery'))
      )
    }
  }
}
