/**
 * Runs in Chromium: the record cipher, old vs new, on vault-sized records (300 B). The old one is
 * the hand-built class the vault used until ADR 0003 was revised (bench/legacy/gcmKey.ts, noble's
 * internal helpers); the new ones are noble's public gcm() (inside transactions) and WebCrypto
 * AES-GCM in batches (bulk paths).
 */
import { gcm } from '@noble/ciphers/aes.js'
import { randomBytes } from '../../src/core/crypto'
import { AesGcmKey } from '../legacy/gcmKey'

declare global {
  interface Window {
    runCipherBench: (
      count: number
    ) => Promise<Record<'legacyMs' | 'publicMs' | 'webCryptoMs', number>>
  }
}

window.runCipherBench = async (count) => {
  const key = randomBytes(32)
  const aad = new TextEncoder().encode('dpo-desk/record/v2|cases|c1')
  const records = Array.from({ length: count }, () => randomBytes(300))
  const nonces = records.map(() => randomBytes(12))
  const legacyKey = new AesGcmKey(key)
  const sealed = records.map((record, i) => gcm(key, nonces[i]!, aad).encrypt(record))

  let start = performance.now()
  for (let i = 0; i < count; i++) legacyKey.open(nonces[i]!, sealed[i]!, aad)
  const legacyMs = performance.now() - start

  start = performance.now()
  for (let i = 0; i < count; i++) gcm(key, nonces[i]!, aad).decrypt(sealed[i]!)
  const publicMs = performance.now() - start

  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    'AES-GCM',
    false,
    ['decrypt']
  )
  start = performance.now()
  for (let batch = 0; batch < count; batch += 500) {
    await Promise.all(
      sealed.slice(batch, batch + 500).map((body, j) =>
        crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: nonces[batch + j] as Uint8Array<ArrayBuffer>,
            additionalData: aad as Uint8Array<ArrayBuffer>
          },
          cryptoKey,
          body as Uint8Array<ArrayBuffer>
        )
      )
    )
  }
  const webCryptoMs = performance.now() - start
  legacyKey.destroy()
  return { legacyMs, publicMs, webCryptoMs }
}
