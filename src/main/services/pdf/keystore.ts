/**
 * Where the signing identity (PKCS#12 + password) lives: `<dataFolder>/signing/identity.json`,
 * sealed with AES-256-GCM under a key the renderer derives from the data key after unlock
 * (`deriveSubkey(dek, 'signing-key-wrap')`) and hands to main. Main holds the decrypted identity
 * in memory until the vault locks. The private key never goes to the renderer.
 */
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
import { describeCertificate, inspectIdentity, type CertificateInfo } from './certificates'
import { parseP12, type ParsedIdentity } from './signer'

export const KEYSTORE_ERROR = {
  locked: 'SIGNING_LOCKED',
  noIdentity: 'SIGNING_NO_IDENTITY',
  unreadable: 'SIGNING_IDENTITY_UNREADABLE'
} as const

const FILE_FORMAT = 'dpo-desk-signing-identity'
const AAD = utf8('dpo-desk/signing-identity/v1')

const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  certificate: certificateInfoSchema,
  sealed: z.string()
})

export type SigningStatus = {
  hasIdentity: boolean
  isUnlocked: boolean
  certificate: CertificateInfo | null
}

type Loaded = { identity: ParsedIdentity; info: CertificateInfo }

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
      let secret: { p12: Uint8Array; password: string }
      try {
        secret = decodeRecord(open(wrapKey, fromBase64(stored.sealed), AAD))
      } catch {
        throw new AppFailure(
          KEYSTORE_ERROR.unreadable,
          'The stored signing identity cannot be opened with this key'
        )
      }
      // Validity is checked when signing; an expired certificate must still show in settings.
      const identity = parseP12(secret.p12, secret.password)
      this.#loaded = { identity, info: describeCertificate(identity.certificate) }
    }
    this.#wrapKey = wrapKey.slice()
    return this.status()
  }

  lock(): void {
    wipe(this.#wrapKey)
    this.#wrapKey = null
    this.#loaded = null
  }

  /** Stores a new identity (replacing any earlier one) after checking it. */
  async store(p12: Uint8Array, password: string): Promise<SigningStatus> {
    if (!this.#wrapKey)
      throw new AppFailure(
        KEYSTORE_ERROR.locked,
        'Unlock the app before changing the signing certificate'
      )
    const { identity, info } = inspectIdentity(p12, password, this.now())
    const sealed = toBase64(seal(this.#wrapKey, encodeRecord({ p12, password }), AAD))
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 })
    const body = JSON.stringify(
      { format: FILE_FORMAT, version: 1, certificate: info, sealed },
      null,
      2
    )
    await writeFileAtomic(this.file, utf8(body))
    this.#loaded = { identity, info }
    return this.status()
  }

  /** The identity to sign with, or a typed error saying why there is none. */
  identity(): Loaded {
    if (!this.#wrapKey) throw new AppFailure(KEYSTORE_ERROR.locked, 'The signing key is locked')
    if (!this.#loaded)
      throw new AppFailure(KEYSTORE_ERROR.noIdentity, 'No signing certificate has been set up')
    return this.#loaded
  }

  private async readFile(): Promise<z.infer<typeof fileSchema> | null> {
    if (!existsSync(this.file)) return null
    const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')))
    if (!parsed.success)
      throw new AppFailure(KEYSTORE_ERROR.unreadable, 'The signing identity file is damaged')
    return parsed.data
  }
}
