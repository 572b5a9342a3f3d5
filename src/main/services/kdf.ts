import { argon2id } from 'hash-wasm'
import { fromBase64 } from '../../core/crypto/bytes'
import type { Argon2Params, PassphraseKdf } from '../../core/crypto/kdf'

/**
 * Argon2id in main (WASM via hash-wasm). The renderer's CSP forbids WebAssembly compilation, and
 * Node's own crypto.argon2 is not in Electron's BoringSSL-based Node, so it lives here.
 */
export const argon2idKdf: PassphraseKdf = async (passphrase: string, params: Argon2Params) => {
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
}
