import { argon2id } from 'hash-wasm'
import { fromBase64 } from '../../core/crypto/bytes'
import { DEFAULT_ARGON2, type Argon2Params, type PassphraseKdf } from '../../core/crypto/kdf'
import { AppFailure } from '../ipc/failure'

export const KDF_ERROR = {
  /** Another derivation is running (one at a time: each takes 64 MiB and most of a core). */
  busy: 'VAULT_KDF_BUSY',
  /** Parameters other than the ones this app writes into keyrings. */
  refused: 'VAULT_KDF_PARAMS_REFUSED'
} as const

/**
 * The parameters a keyring may ask for: exactly what this app writes (DEFAULT_ARGON2). The IPC
 * contract checks the same; this check keeps every caller in main to it as well.
 */
export function isAllowedArgon2Params(params: Argon2Params): boolean {
  return (
    params.algorithm === 'argon2id' &&
    params.memoryKiB === DEFAULT_ARGON2.memoryKiB &&
    params.iterations === DEFAULT_ARGON2.iterations &&
    params.parallelism === DEFAULT_ARGON2.parallelism &&
    /^[A-Za-z0-9+/]{22}==$/.test(params.salt)
  )
}

let running = false

/**
 * Argon2id in main (WASM via hash-wasm). The renderer's CSP forbids WebAssembly compilation, and
 * Node's own crypto.argon2 is not in Electron's BoringSSL-based Node, so it lives here. Only the
 * parameters this app writes are accepted, and only one derivation runs at a time: a second
 * call while one runs is refused at once (no queue that a renderer could fill).
 */
export const argon2idKdf: PassphraseKdf = async (passphrase: string, params: Argon2Params) => {
  if (!isAllowedArgon2Params(params))
    throw new AppFailure(KDF_ERROR.refused, 'Key derivation parameters not accepted')
  if (running) throw new AppFailure(KDF_ERROR.busy, 'Another key derivation is running')
  running = true
  try {
    const result = await argon2id({
      password: passphrase.normalize('NFC'),
      salt: fromBase64(params.salt),
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      hashLength: 32,
      outputType: 'binary'
    })
    return new Uint8Array(result)
  } finally {
    running = false
  }
}
