import { inventoryCategorySchema, type InventoryCategory } from '../../../../core'
import type { AppDb } from '../db'
import { parseRow } from './parse'

export async function listInventory(db: AppDb): Promise<InventoryCategory[]> {
  const rows = await db.inventory.toArray()
  return rows.map((row) => parseRow(inventoryCategorySchema, 'inventory', row))
}

export async function saveInventoryCategory(db: AppDb, category: InventoryCategory): Promise<void> {
  await db.inventory.put(inventoryCategorySchema.parse(category))
}

export async function deleteInventoryCategory(db: AppDb, id: string): Promise<void> {
  await db.inventory.delete(id)
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
