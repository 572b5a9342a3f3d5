/**
 * Keeps the audit log's high-water mark in main's data folder (`audit-mark.json`), outside the
 * database it describes (core/audit/auditMark.ts). Main cannot make or check a mark (it has no
 * data key): it stores what the renderer sends, refuses to move a vault's mark backwards, and
 * hands it back at unlock for the renderer to verify. A restore replaces it with the mark of the
 * backup it restored.
 */
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { auditMarkSchema, type AuditMark } from '../../core/audit/auditMark'
import { utf8 } from '../../core/crypto/bytes'
import { writeFileAtomic } from './files'

export const AUDIT_MARK_FILE = 'audit-mark.json'

export function createAuditMarkStore(deps: { dataFolder: string }) {
  const file = path.join(deps.dataFolder, AUDIT_MARK_FILE)

  async function get(): Promise<AuditMark | null> {
    if (!existsSync(file)) return null
    try {
      const parsed = auditMarkSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
      // A damaged file is reported as no mark; the renderer then says so if the log is longer.
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async function replace(mark: AuditMark | null): Promise<void> {
    await fs.mkdir(deps.dataFolder, { recursive: true })
    if (mark === null) await fs.rm(file, { force: true })
    else await writeFileAtomic(file, utf8(JSON.stringify(mark, null, 2)))
  }

  return {
    get,
    replace,
    /**
     * Stores a newer mark. A mark of the same vault with fewer events is not stored (the log
     * only grows; a shorter one is what the mark exists to expose); the stored mark is returned.
     */
    async advance(mark: AuditMark): Promise<{ stored: boolean; mark: AuditMark }> {
      const current = await get()
      if (current && current.vault === mark.vault && current.count > mark.count)
        return { stored: false, mark: current }
      await replace(mark)
      return { stored: true, mark }
    }
  }
}

export type AuditMarkStore = ReturnType<typeof createAuditMarkStore>
