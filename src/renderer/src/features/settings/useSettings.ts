/**
 * The vault's settings (organisation, letters, inventory, security), read once per unlock by
 * <SettingsProvider> and shared by every screen; the hooks below hand out the current values and
 * the commands that change them. Writes go to the vault; the live queries bring the new values.
 */
import { createContext, useCallback, useContext, useMemo } from 'react'
import type { InventoryCategory, OrganisationProfile } from '@core'
import { useLive } from '../../data/live'
import { deleteInventoryCategory, saveInventoryCategory } from '../../data/repos/inventory.repo'
import {
  loadInventory,
  loadLetterSettings,
  loadOrganisation,
  saveLetterSettings,
  saveOrganisation,
  seedInventory,
  type LetterSettings
} from '../organisation/organisation'
import {
  loadSecuritySettings,
  saveSecuritySettings,
  type SecuritySettings
} from '../vault/securitySettings'
import { useDb } from '../vault/VaultProvider'

export type { LetterSettings, SecuritySettings }

export type SettingsData = {
  organisation: OrganisationProfile | undefined
  letters: LetterSettings | undefined
  inventory: InventoryCategory[] | undefined
  security: SecuritySettings | undefined
}

export const SettingsContext = createContext<SettingsData | null>(null)

/** For <SettingsProvider>: one live query per settings group for the whole app. */
export function useSettingsData(): SettingsData {
  const db = useDb()
  const { value: organisation } = useLive(() => loadOrganisation(db), [db])
  const { value: letters } = useLive(() => loadLetterSettings(db), [db])
  const { value: inventory } = useLive(() => loadInventory(db), [db])
  const { value: security } = useLive(() => loadSecuritySettings(db), [db])
  return useMemo(
    () => ({ organisation, letters, inventory, security }),
    [organisation, letters, inventory, security]
  )
}

/** Seeds the processing inventory from the privacy policy on first unlock. */
export function useSeedInventory(): () => Promise<boolean> {
  const db = useDb()
  return useCallback(() => seedInventory(db), [db])
}

function useSettingsContext(): SettingsData {
  const context = useContext(SettingsContext)
  if (!context) throw new Error('Settings hooks must be used inside <SettingsProvider>')
  return context
}

export const useOrganisation = () => useSettingsContext().organisation
export const useLetterSettings = () => useSettingsContext().letters
export const useInventory = () => useSettingsContext().inventory
export const useSecuritySettings = () => useSettingsContext().security

/** Commands that change the settings. */
export function useSettingsCommands() {
  const db = useDb()
  const actor = useOrganisation()?.dpoName || 'DPO'
  return useMemo(
    () => ({
      saveOrganisation: (profile: OrganisationProfile) => saveOrganisation(db, profile),
      saveLetterSettings: (settings: LetterSettings) => saveLetterSettings(db, settings),
      saveSecuritySettings: (settings: SecuritySettings) => saveSecuritySettings(db, settings),
      saveCategory: (category: InventoryCategory) =>
        saveInventoryCategory(db, category, { action: 'inventory.save', actor, now: new Date() }),
      /** Deletes a category; resolves with it, for "Ångra". */
      deleteCategory: (id: string) => deleteInventoryCategory(db, id, { actor, now: new Date() }),
      restoreCategory: (category: InventoryCategory) =>
        saveInventoryCategory(db, category, {
          action: 'inventory.restore',
          actor,
          now: new Date()
        })
    }),
    [db, actor]
  )
}
