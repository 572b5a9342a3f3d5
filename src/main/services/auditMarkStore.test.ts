import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appendAuditEvent } from '../../core/audit/auditChain'
import { createAuditMark } from '../../core/audit/auditMark'
import { AUDIT_MARK_FILE, createAuditMarkStore } from './auditMarkStore'

const keyA = new Uint8Array(32).fill(1)
const keyB = new Uint8Array(32).fill(2)
const event = (seq: number) => ({
  ...appendAuditEvent(null, {
    at: '2026-03-05T10:00:00.000Z',
    actor: 'DPO',
    action: 'case.create',
    entityType: 'case',
    entityId: 'c',
    params: { reference: 'DSR-2026-0001' }
  }),
  seq
})

describe('audit mark store (main data folder)', () => {
  it('keeps a vault mark moving forward only, and replaces one of another vault', async () => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'dpo-mark-'))
    const store = createAuditMarkStore({ dataFolder })
    expect(await store.get()).toBeNull()
    const five = createAuditMark(keyA, event(5))
    expect(await store.advance(five)).toEqual({ stored: true, mark: five })
    const three = createAuditMark(keyA, event(3))
    expect(await store.advance(three)).toEqual({ stored: false, mark: five })
    expect(await store.get()).toEqual(five)
    const otherVault = createAuditMark(keyB, event(1))
    expect(await store.advance(otherVault)).toEqual({ stored: true, mark: otherVault })
    await store.replace(three)
    expect(await store.get()).toEqual(three)
    expect(readdirSync(dataFolder)).toEqual([AUDIT_MARK_FILE])
    await store.replace(null)
    expect(await store.get()).toBeNull()
  })

  it('reads a damaged file as no mark', async () => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'dpo-mark-'))
    writeFileSync(path.join(dataFolder, AUDIT_MARK_FILE), '{"version":1,')
    expect(await createAuditMarkStore({ dataFolder }).get()).toBeNull()
  })
})
