import { useEffect, type ReactNode } from 'react'
import { SettingsContext, useSeedInventory, useSettingsData } from './useSettings'

/** Reads the settings once for every screen and seeds the inventory on first unlock. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const data = useSettingsData()
  const seed = useSeedInventory()
  useEffect(() => {
    void seed()
  }, [seed])
  return <SettingsContext.Provider value={data}>{children}</SettingsContext.Provider>
}
