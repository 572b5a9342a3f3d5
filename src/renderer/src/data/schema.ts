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

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1]

export const CURRENT_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!
