/**
 * Why an imported file was refused (issue 16). A refusal is an expected outcome, not a failure:
 * the handler returns it with its parameters (a file name, a limit) and the renderer shows it in
 * the DPO's language (`error.<code>`); nothing is created. The codes live in the IPC contract.
 */
import type { MessageParams } from '../../../core/errors'
import type { IntakeRefusalCode } from '../../../shared/ipc/intake'

export {
  INTAKE_REFUSAL,
  MAX_INTAKE_BYTES,
  MAX_INTAKE_MB,
  type IntakeRefusalCode
} from '../../../shared/ipc/intake'

export type IntakeRefusal = { code: IntakeRefusalCode; params: MessageParams }

/** Thrown inside the parsers; the worker turns it into a refusal. */
export class IntakeRefusalError extends Error {
  constructor(
    readonly code: IntakeRefusalCode,
    readonly params: MessageParams = {}
  ) {
    super(code)
    this.name = 'IntakeRefusalError'
  }
}

export const refuse = (code: IntakeRefusalCode, params: MessageParams = {}): never => {
  throw new IntakeRefusalError(code, params)
}

/** A refusal value (not thrown), for handlers. */
export const refusalOf = (code: IntakeRefusalCode, params: MessageParams = {}): IntakeRefusal => ({
  code,
  params
})
