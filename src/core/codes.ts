/**
 * Every code the core speaks in, as closed unions and as lists, so that the renderer's catalog
 * can be checked for a message in each language (tests/unit/codes.test.ts).
 */
import { BACKUP_ERROR } from './backup/format'
import { DATE_ERROR } from './calendar/isoDate'
import { PLANNING_EVE_IDS, PUBLIC_HOLIDAY_IDS } from './calendar/holidays'
import { COLLECTED_ERROR } from './cases/collected'
import { ERASURE_ERROR } from './cases/erasure'
import { LETTER_ERROR } from './cases/letters'
import { STOPPED_ERROR } from './cases/stopped'
import { TASK_CODES } from './cases/tasks'
import { CASE_ERROR } from './cases/workflow'
import { CRYPTO_ERROR } from './crypto/errors'
import { RECORD_CODEC_ERROR } from './crypto/recordCodec'
import { RECIPIENT_ERROR, RECIPIENT_ROLES } from './inventory/recipients'
import { ALERT_CODES } from './dashboard/deadlineAlerts'
import { AUDIT_BREAK_CODES } from './audit/auditChain'
import { DEADLINE_ERROR, PLANNING_CODES, TRAIL_CODES } from './deadlines/deadlines'
import { FREE_COPY_CODES, FREE_COPY_LINE_CODES } from './freeCopy/freeCopy'
import { ID_ERROR, ORGANISATION_TYPES } from './identifiers/swedishId'
import {
  AUDIT_ACTIONS,
  CASE_CHANNELS,
  CASE_STATUSES,
  CASE_TYPES,
  DECISION_KINDS,
  EXTENSION_REASONS,
  LEGAL_BASES_FOR_BLOCK
} from './model/types'
import { RETENTION_CODES, RETENTION_ERROR } from './retention/retention'

type ValueOf<T> = T[keyof T]

/** Every error code a core function can return or throw. */
export type CoreErrorCode =
  | ValueOf<typeof CASE_ERROR>
  | ValueOf<typeof ERASURE_ERROR>
  | ValueOf<typeof LETTER_ERROR>
  | ValueOf<typeof STOPPED_ERROR>
  | ValueOf<typeof RECIPIENT_ERROR>
  | ValueOf<typeof RETENTION_ERROR>
  | ValueOf<typeof ID_ERROR>
  | ValueOf<typeof DATE_ERROR>
  | ValueOf<typeof DEADLINE_ERROR>
  | ValueOf<typeof COLLECTED_ERROR>

/** Codes of errors the core's crypto, record and backup code throws (as classes with `code`). */
export type CoreThrownCode =
  ValueOf<typeof CRYPTO_ERROR> | ValueOf<typeof BACKUP_ERROR> | ValueOf<typeof RECORD_CODEC_ERROR>

/** The catalog key of an error code. */
export const errorKey = <C extends string>(code: C): `error.${C}` => `error.${code}`

/** Every error code of the core; the catalog has `error.<code>` for each. */
export const CORE_ERROR_CODES: readonly (CoreErrorCode | CoreThrownCode)[] = [
  ...Object.values(CASE_ERROR),
  ...Object.values(ERASURE_ERROR),
  ...Object.values(LETTER_ERROR),
  ...Object.values(STOPPED_ERROR),
  ...Object.values(RECIPIENT_ERROR),
  ...Object.values(RETENTION_ERROR),
  ...Object.values(ID_ERROR),
  ...Object.values(DATE_ERROR),
  ...Object.values(DEADLINE_ERROR),
  ...Object.values(COLLECTED_ERROR),
  ...Object.values(CRYPTO_ERROR),
  ...Object.values(BACKUP_ERROR),
  ...Object.values(RECORD_CODEC_ERROR)
]

/**
 * Every message code of the core that is not an error, with the catalog key it is rendered
 * from. Vocabulary (types, statuses, …) is keyed `<kind>.<value>`.
 */
export const CORE_MESSAGE_KEYS: readonly string[] = [
  ...TRAIL_CODES,
  ...PLANNING_CODES,
  ...FREE_COPY_CODES,
  ...FREE_COPY_LINE_CODES,
  ...AUDIT_BREAK_CODES,
  ...ALERT_CODES,
  ...RETENTION_CODES,
  ...AUDIT_ACTIONS.map((action) => `audit.${action}`),
  ...TASK_CODES.map((code) => `task.${code}`),
  ...CASE_TYPES.map((type) => `type.${type}`),
  ...CASE_STATUSES.map((status) => `status.${status}`),
  ...CASE_CHANNELS.map((channel) => `channel.${channel}`),
  ...EXTENSION_REASONS.map((reason) => `reason.${reason}`),
  ...DECISION_KINDS.map((kind) => `decision.${kind}`),
  ...LEGAL_BASES_FOR_BLOCK.map((basis) => `legalBasis.${basis}`),
  ...LEGAL_BASES_FOR_BLOCK.map((basis) => `startEvent.${basis}`),
  ...PUBLIC_HOLIDAY_IDS.map((id) => `holiday.${id}`),
  ...PLANNING_EVE_IDS.map((id) => `holiday.${id}`),
  ...ORGANISATION_TYPES.map((type) => `orgType.${type}`),
  ...RECIPIENT_ROLES.map((role) => `recipientRole.${role}`)
]
