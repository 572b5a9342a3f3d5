import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { newDataKey } from '@core/crypto'
import { AppDb } from './db'
import { encryptRow, TABLE_POLICIES } from './encryption'
import { KeyHolder } from './keys'
import { getSubject } from './repos/subjects.repo'
import { CURRENT_SCHEMA, SCHEMA_VERSIONS } from './schema'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** Rows as each version wrote them (fixtures grow with each new version). */
const FIXTURE_SUBJECT = {
  id: 's1',
  name: 'Märta Åkesson',
  customerRefs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

describe('schema versions', () => {
  it('are numbered 1..n, dated and described', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => {
      expect(schema.version).toBe(index + 1)
      expect(schema.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(schema.changes.length).toBeGreaterThan(0)
    })
  })

  it('index only primary keys, deliberate clear fields and blind indexes', () => {
    for (const [table, spec] of Object.entries(CURRENT_SCHEMA.stores)) {
      const [, ...indexes] = spec.split(',').map((part) => part.trim().replace(/^[&*]/, ''))
      const policy = TABLE_POLICIES[table]
      if (!policy) {
        expect(table).toBe('keyring')
        continue
      }
      const allowed = new Set([
        ...policy.clear,
        // A page's member ids: the ids that are primary keys in an unpaged table (ADR 0015).
        ...(policy.paged ? ['ids'] : []),
        ...(policy.blindIndexes ?? []).map((spec) => spec.field)
      ])
      for (const index of indexes) expect(allowed.has(index), `${table}.${index}`).toBe(true)
    }
  })

  for (const schema of SCHEMA_VERSIONS) {
    it(`opens data written at version ${schema.version} (${schema.date}) with the current code`, async () => {
      const name = `migration-${schema.version}-${crypto.randomUUID()}`
      names.push(name)
      const keys = new KeyHolder()
      const dek = newDataKey()
      keys.unlock(dek)
      // Write with that version's schema only, as an installed older app would have.
      const old = new Dexie(name)
      for (const earlier of SCHEMA_VERSIONS.filter((v) => v.version <= schema.version))
        old.version(earlier.version).stores(earlier.stores)
      await old.open()
      // From v3 on, subjects are stored in pages (ADR 0015).
      const paged = schema.version >= 3
      const table = paged ? 'subjectPages' : 'subjects'
      const value = paged ? { id: 'page-1', members: [FIXTURE_SUBJECT] } : FIXTURE_SUBJECT
      await old.table(table).put(encryptRow(table, TABLE_POLICIES[table]!, keys.keys, value))
      await old
        .table('keyring')
        .put({ id: 'main', keyring: { format: 'fixture' }, updatedAt: '2026-01-01T00:00:00.000Z' })
      old.close()

      const current = new AppDb(name, keys)
      await current.open()
      expect(current.verno).toBe(CURRENT_SCHEMA.version)
      if (paged) expect(await getSubject(current, 's1')).toEqual(FIXTURE_SUBJECT)
      else expect(await current.subjects.get('s1')).toEqual(FIXTURE_SUBJECT)
      expect(await current.keyring.get('main')).toMatchObject({ keyring: { format: 'fixture' } })
      current.close()
    })
  }
})
