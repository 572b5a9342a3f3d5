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

/**
 * 2026-12-01: subjects and cases are stored in pages of up to 16 records, one sealed row per
 * page (record format v3, ADR 0015): IndexedDB's cost is per row, and bulk writes of one row per
 * record reached only 0.72–0.77× plain Dexie's throughput at 10⁵ cases. A page keeps its
 * members' ids in clear as a multi-entry index (the ids were primary keys in clear before) and
 * its members' blind indexes as multi-entry indexes. The v2 tables `subjects` and `cases` stay
 * for databases and backups written before; the migration after unlock (migrations/v3.ts) moves
 * their rows into pages and empties them.
 */
export const SCHEMA_V3: SchemaVersion = {
  version: 3,
  date: '2026-12-01',
  changes: [
    'subjectPages: subjects in sealed pages, indexed by member ids and blind indexes',
    'casePages: cases in sealed pages, indexed by member ids and the subject blind index',
    'subjects, cases: kept for rows written before, emptied by the v3 migration'
  ],
  stores: {
    ...SCHEMA_V2.stores,
    subjectPages: 'id, *ids, *bidx_pnr, *bidx_email',
    casePages: 'id, *ids, *bidx_subject'
  }
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]

export const CURRENT_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!
