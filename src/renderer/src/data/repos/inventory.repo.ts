import { inventoryCategorySchema, type InventoryCategory } from '@core'
import type { AppDb } from '../db'
import { appendAudit } from './audit.repo'
import { parseRow } from './parse'

export async function listInventory(db: AppDb): Promise<InventoryCategory[]> {
  const rows = await db.inventory.toArray()
  return rows.map((row) => parseRow(inventoryCategorySchema, 'inventory', row))
}

/** Saves a category (new, changed or restored) with its audit event, together. */
export async function saveInventoryCategory(
  db: AppDb,
  category: InventoryCategory,
  audit: { action: 'inventory.save' | 'inventory.restore'; actor: string; now: Date }
): Promise<void> {
  const valid = inventoryCategorySchema.parse(category)
  await db.transaction('rw', [db.inventory, db.auditLog, db.settings], async () => {
    await db.inventory.put(valid)
    await appendAudit(
      db,
      [{ action: audit.action, entityType: 'inventory', entityId: valid.id, params: {} }],
      audit.actor,
      audit.now
    )
  })
}

/** Deletes a category with its audit event; returns it, so the deletion can be undone. */
export async function deleteInventoryCategory(
  db: AppDb,
  id: string,
  audit: { actor: string; now: Date }
): Promise<InventoryCategory | undefined> {
  return db.transaction('rw', [db.inventory, db.auditLog, db.settings], async () => {
    const row = await db.inventory.get(id)
    if (!row) return undefined
    await db.inventory.delete(id)
    await appendAudit(
      db,
      [{ action: 'inventory.delete', entityType: 'inventory', entityId: id, params: {} }],
      audit.actor,
      audit.now
    )
    return parseRow(inventoryCategorySchema, 'inventory', row)
  })
}

/** Fills an empty inventory with the seed (from the privacy policy); never overwrites. */
export async function seedInventoryIfEmpty(
  db: AppDb,
  seed: readonly InventoryCategory[]
): Promise<boolean> {
  return db.transaction('rw', db.inventory, async () => {
    if ((await db.inventory.count()) > 0) return false
    await db.inventory.bulkPut(seed.map((category) => inventoryCategorySchema.parse(category)))
    return true
  })
}
