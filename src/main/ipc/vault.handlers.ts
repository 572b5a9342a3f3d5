import type { PassphraseKdf } from '../../core/crypto/kdf'
import type { Handlers } from './router'

export function createVaultHandlers(deps: {
  kdf: PassphraseKdf
}): Pick<Handlers, 'vault:derive-key'> {
  return {
    'vault:derive-key': async ({ passphrase, params }) => ({
      key: await deps.kdf(passphrase, params)
    })
  }
}
