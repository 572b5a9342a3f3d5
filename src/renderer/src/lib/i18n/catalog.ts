/**
 * Every message set of the app, merged into one dictionary per language. Adding a feature's
 * texts = one import and one entry in SETS.
 */
import { aboutMessages } from '../../features/about/messages'
import { auditIntegrityMessages } from '../../features/audit/integrity.messages'
import { backupMessages } from '../../features/backup/messages'
import { auditMessages } from '../../features/audit/messages'
import { caseCoreMessages } from '../../features/cases/core.messages'
import { deadlineMessages } from '../../features/cases/deadline.messages'
import { caseMessages } from '../../features/cases/messages'
import { dashboardMessages } from '../../features/dashboard/messages'
import { intakeMessages } from '../../features/intake/messages'
import { letterMessages } from '../../features/letters/messages'
import { organisationMessages } from '../../features/organisation/messages'
import { reportMessages } from '../../features/reports/messages'
import { retentionMessages } from '../../features/retention/messages'
import { settingsMessages } from '../../features/settings/messages'
import { storeMessages } from '../../features/store/messages'
import { subjectMessages } from '../../features/subjects/messages'
import { vaultMessages } from '../../features/vault/messages'
import type { MessageSet } from './define'
import { fieldMessages } from './fields.messages'
import { shellMessages } from './shell.messages'

const SETS = [
  shellMessages,
  aboutMessages,
  vaultMessages,
  subjectMessages,
  settingsMessages,
  backupMessages,
  caseMessages,
  letterMessages,
  dashboardMessages,
  organisationMessages,
  reportMessages,
  storeMessages,
  deadlineMessages,
  caseCoreMessages,
  auditMessages,
  intakeMessages,
  retentionMessages,
  auditIntegrityMessages,
  fieldMessages
] as const

type KeysOf<S> = S extends MessageSet<infer K> ? K : never
export type MessageKey = KeysOf<(typeof SETS)[number]>

function merge(language: 'sv' | 'en'): Record<MessageKey, string> {
  const merged: Record<string, string> = {}
  for (const set of SETS) {
    for (const [key, text] of Object.entries(set[language])) {
      if (key in merged) throw new Error(`Message key ${key} is defined twice`)
      merged[key] = text
    }
  }
  return merged as Record<MessageKey, string>
}

export const sv = merge('sv')
export const en = merge('en')
