/**
 * Database schema versions. Never edit a released version: add a new one with its date and what
 * changed, and an upgrade function in migrations/ if stored data must change (ADR 0004). Each
 * version gets a migration test in schema.test.ts.
 *
 * Index strings list only the primary key and the deliberate clear fields of
 * encryption.ts (TABLE_POLICIES); an index on an encrypted field would index nothing.
 */
export type SchemaVersion = {
  version: number
  date: string
  changes: string[]
  stores: Record<string, string>
}

/** 2026-11-24: first version. */
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  date: '2026-11-24',
  changes: [
    'Initial tables: subjects, cases, events, attachments, auditLog, inventory, settings, keyring'
  ],
  stores: {
    subjects: 'id, bidx_pnr, bidx_email',
    cases: 'id, subjectId, type, status, due, receivedAt',
    events: 'id, caseId',
    attachments: 'id, caseId',
    auditLog: 'id, &seq',
    inventory: 'id',
    settings: 'id',
    keyring: 'id'
  }
}

/**
 * 2026-12-01: nothing that links a person to a case or dates a request stays in clear (ADR 0003,
 * issue 14): cases are found by the blind index of their subject, events and attachments by the
 * blind index of their case; type, status, due and receivedAt are sealed. Attachment bytes move
 * to their own table so lists never decrypt files. `digests` holds the sealed case heads and
 * subject lists the store loads at unlock (ADR 0007). Rows written in format v1 are rewritten
 * after unlock (migrations/v2.ts): the keys are needed, so Dexie's upgrade cannot do it.
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  date: '2026-12-01',
  changes: [
    'cases: index bidx_subject instead of subjectId, type, status, due, receivedAt',
    'events, attachments: index bidx_case instead of caseId',
    'attachmentData: attachment bytes, apart from their metadata',
    'digests: sealed case heads and subject lists for the store'
  ],
  stores: {
    subjects: 'id, bidx_pnr, bidx_email',
    cases: 'id, bidx_subject',
    events: 'id, bidx_case',
    attachments: 'id, bidx_case',
    attachmentData: 'id',
    auditLog: 'id, &seq',
    inventory: 'id',
    settings: 'id',
    digests: 'id',
    keyring: 'id'
  }
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2]

export const CURRENT_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!
