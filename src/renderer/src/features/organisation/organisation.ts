/**
 * The organisation profile, letter settings and processing inventory, stored encrypted in the
 * vault. First-run defaults come from Entrack AB's privacy policy (shared/seed/).
 */
import { organisationProfileSchema, type InventoryCategory, type OrganisationProfile } from '@core'
import {
  SEED_AUTOMATED_DECISIONS,
  SEED_INVENTORY,
  SEED_ORGANISATION,
  SEED_TRANSFERS
} from '@core/inventory/seed'
import { DEFAULT_LAYOUT, type LetterLayout, type LetterTemplateId } from '@core/pdf/model'
import type { LetterTemplate } from '@core/pdf/templates'
import type { AppDb } from '../../data/db'
import { listInventory, seedInventoryIfEmpty } from '../../data/repos/inventory.repo'
import { getSetting, putSetting } from '../../data/repos/settings.repo'

export const DEFAULT_ORGANISATION: OrganisationProfile = SEED_ORGANISATION

export type LetterSettings = {
  layout: LetterLayout
  /** Edited templates; missing ones use the defaults. */
  templates: {
    sv: Partial<Record<LetterTemplateId, LetterTemplate>>
    en: Partial<Record<LetterTemplateId, LetterTemplate>>
  }
  automatedDecisions: string
  transfers: string
  logo?: Uint8Array
  signatureImage?: Uint8Array
}

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  layout: DEFAULT_LAYOUT,
  templates: { sv: {}, en: {} },
  automatedDecisions: SEED_AUTOMATED_DECISIONS,
  transfers: SEED_TRANSFERS
}

export async function loadOrganisation(db: AppDb): Promise<OrganisationProfile> {
  const stored = await getSetting<unknown>(db, 'organisation')
  const parsed = organisationProfileSchema.safeParse(stored)
  return parsed.success ? parsed.data : DEFAULT_ORGANISATION
}

export async function saveOrganisation(db: AppDb, profile: OrganisationProfile): Promise<void> {
  await putSetting(db, 'organisation', organisationProfileSchema.parse(profile))
}

export async function loadLetterSettings(db: AppDb): Promise<LetterSettings> {
  const stored = await getSetting<Partial<LetterSettings>>(db, 'letters')
  return { ...DEFAULT_LETTER_SETTINGS, ...(stored ?? {}) }
}

export async function saveLetterSettings(db: AppDb, settings: LetterSettings): Promise<void> {
  await putSetting(db, 'letters', settings)
}

/** Seeds the inventory from the privacy policy once (called after unlock, outside queries). */
export async function seedInventory(db: AppDb): Promise<boolean> {
  return seedInventoryIfEmpty(db, SEED_INVENTORY)
}

export async function loadInventory(db: AppDb): Promise<InventoryCategory[]> {
  return (await listInventory(db)).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
}
