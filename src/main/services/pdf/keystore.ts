/**
 * Where the signing identity lives: `<dataFolder>/signing/identity.json`, sealed with
 * AES-256-GCM under a key the renderer derives from the data key after unlock
 * (`deriveSubkey(dek, 'signing-key-wrap')`) and hands to main. Main holds the opened identity in
 * memory only while the vault is unlocked (see `signingKeyLifetime.ts`). The private key never
 * goes to the renderer.
 *
 * File versions: 2 seals the private key (PKCS#8 DER) with the certificate and chain (DER);
 * 1 (DPO Desk 0.1) sealed a PKCS#12 file and its password. A version 1 file is read and
 * rewritten as version 2 at the first unlock.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import {
  decodeRecord,
  encodeRecord,
  fromBase64,
  open,
  seal,
  toBase64,
  utf8,
  wipe
} from '../../../core/crypto'
import { certificateInfoSchema } from '../../../shared/ipc/contract'
import { AppFailure } from '../../ipc/failure'
import { writeFileAtomic } from '../files'
import {
  checkValidity,
  describeCertificate,
  inspectIdentity,
  type CertificateInfo
} from './certificates'
import type { SigningIdentity } from './identity'
import { parsePkcs12 } from './pkcs12'

export const KEYSTORE_ERROR = {
  locked: 'SIGNING_LOCKED',
  noIdentity: 'SIGNING_NO_IDENTITY',
  unreadable: 'SIGNING_IDENTITY_UNREADABLE'
} as const

const FILE_FORMAT = 'dpo-desk-signing-identity'
const AAD = { 1: utf8('dpo-desk/signing-identity/v1'), 2: utf8('dpo-desk/signing-identity/v2') }
const CURRENT_VERSION = 2

const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  certificate: certificateInfoSchema,
  sealed: z.string()
})

type SealedV1 = { p12: Uint8Array; password: string }
type SealedV2 = { key: Uint8Array; certificate: Uint8Array; chain: Uint8Array[] }

export type SigningStatus = {
  hasIdentity: boolean
  isUnlocked: boolean
  certificate: CertificateInfo | null
}

type Loaded = { identity: SigningIdentity; info: CertificateInfo }

export class SigningKeystore {
  #wrapKey: Uint8Array | null = null
  #loaded: Loaded | null = null

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  get file(): string {
    return path.join(this.dir, 'identity.json')
  }

  async status(): Promise<SigningStatus> {
    const stored = await this.readFile()
    return {
      hasIdentity: stored !== null,
      isUnlocked: this.#wrapKey !== null,
      certificate: stored?.certificate ?? null
    }
  }

  /** Takes the wrap key and opens the stored identity, if there is one. */
  async unlock(wrapKey: Uint8Array): Promise<SigningStatus> {
    this.lock()
    const stored = await this.readFile()
    if (stored) {
      let opened: Uint8Array
      try {
        opened = open(wrapKey, fromBase64(stored.sealed), AAD[stored.version])
      } catch {
        throw new AppFailure(
          KEYSTORE_ERROR.unreadable,
          'The stored signing identity cannot be opened with this key'
        )
      }
      // Validity is checked when signing; an expired certificate must still show in settings.
      let identity: SigningIdentity
      if (stored.version === 1) {
        const secret = decodeRecord<SealedV1>(opened)
        identity = await parsePkcs12(secret.p12, secret.password)
      } else {
        identity = this.fromSealed(decodeRecord<SealedV2>(opened))
      }
      this.#loaded = { identity, info: describeCertificate(identity) }
      this.#wrapKey = wrapKey.slice()
      if (stored.version !== CURRENT_VERSION) {
        // Best effort: the old file stays readable if the rewrite fails.
        await this.write(identity).catch(() => undefined)
      }
    } else {
      this.#wrapKey = wrapKey.slice()
    }
    return this.status()
  }

  lock(): void {
    wipe(this.#wrapKey)
    this.#wrapKey = null
    this.#loaded = null
  }

  /** Imports a PKCS#12 file (replacing any earlier identity) after checking it. */
  async importPkcs12(p12: Uint8Array, password: string): Promise<SigningStatus> {
    this.requireUnlocked()
    const { identity } = await inspectIdentity(p12, password, this.now())
    return this.storeIdentity(identity)
  }

  /** Stores an identity (replacing any earlier one) after checking its validity. */
  async storeIdentity(identity: SigningIdentity): Promise<SigningStatus> {
    this.requireUnlocked()
    checkValidity(identity, this.now())
    await this.write(identity)
    this.#loaded = { identity, info: describeCertificate(identity) }
    return this.status()
  }

  /** The identity to sign with, or a typed error saying why there is none. */
  identity(): Loaded {
    if (!this.#wrapKey) throw new AppFailure(KEYSTORE_ERROR.locked, 'The signing key is locked')
    if (!this.#loaded)
      throw new AppFailure(KEYSTORE_ERROR.noIdentity, 'No signing certificate has been set up')
    return this.#loaded
  }

  /** Throws `SIGNING_LOCKED` unless the vault handed over the wrap key. */
  assertUnlocked(): void {
    this.requireUnlocked()
  }

  private requireUnlocked(): Uint8Array {
    if (!this.#wrapKey)
      throw new AppFailure(
        KEYSTORE_ERROR.locked,
        'Unlock the app before changing the signing certificate'
      )
    return this.#wrapKey
  }

  private fromSealed(sealed: SealedV2): SigningIdentity {
    try {
      const privateKey = createPrivateKey({
        key: Buffer.from(sealed.key),
        format: 'der',
        type: 'pkcs8'
      })
      const x509 = new X509Certificate(sealed.certificate)
      if (!x509.checkPrivateKey(privateKey)) throw new Error('key and certificate differ')
      return { privateKey, certificate: sealed.certificate, x509, chain: sealed.chain }
    } catch {
      throw new AppFailure(KEYSTORE_ERROR.unreadable, 'The signing identity file is damaged')
    }
  }

  private async write(identity: SigningIdentity): Promise<void> {
    const wrapKey = this.requireUnlocked()
    const key = new Uint8Array(identity.privateKey.export({ type: 'pkcs8', format: 'der' }))
    const secret: SealedV2 = { key, certificate: identity.certificate, chain: identity.chain }
    const encoded = encodeRecord(secret)
    const sealed = toBase64(seal(wrapKey, encoded, AAD[CURRENT_VERSION]))
    wipe(key)
    wipe(encoded)
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 })
    const body = JSON.stringify(
      {
        format: FILE_FORMAT,
        version: CURRENT_VERSION,
        certificate: describeCertificate(identity),
        sealed
      },
      null,
      2
    )
    await writeFileAtomic(this.file, utf8(body))
  }

  private async readFile(): Promise<z.infer<typeof fileSchema> | null> {
    if (!existsSync(this.file)) return null
    let parsed: ReturnType<typeof fileSchema.safeParse>
    try {
      parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')))
    } catch {
      throw new AppFailure(KEYSTORE_ERROR.unreadable, 'The signing identity file is damaged')
    }
    if (!parsed.success)
      throw new AppFailure(KEYSTORE_ERROR.unreadable, 'The signing identity file is damaged')
    return parsed.data
  }
}
