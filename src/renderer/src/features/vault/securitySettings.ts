import { getSetting, putSetting } from '../../data/repos/settings.repo'
import type { AppDb } from '../../data/db'
import { IDLE_MINUTES } from './idleForm'

export type SecuritySettings = { idleMinutes: number }

export const DEFAULT_IDLE_MINUTES = 10

export async function loadSecuritySettings(db: AppDb): Promise<SecuritySettings> {
  const stored = await getSetting<SecuritySettings>(db, 'security')
  const minutes = stored?.idleMinutes
  return {
    idleMinutes:
      Number.isInteger(minutes) && minutes! >= IDLE_MINUTES.min && minutes! <= IDLE_MINUTES.max
        ? minutes!
        : DEFAULT_IDLE_MINUTES
  }
}

export async function saveSecuritySettings(db: AppDb, settings: SecuritySettings): Promise<void> {
  await putSetting(db, 'security', settings)
}
