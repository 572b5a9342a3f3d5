/**
 * What the window's session keeps on disk besides the app's own (encrypted) IndexedDB, and the
 * Electron settings that keep it to a minimum (issue 14 item 2, the Electron part).
 *
 * What Electron 45 offers and what it does not (see ADR 0001):
 * - The spell checker keeps a custom dictionary and downloads Hunspell dictionaries: turned off
 *   for the session (`setSpellCheckerEnabled(false)`) as well as per window
 *   (`webPreferences.spellcheck: false`).
 * - The HTTP cache, service workers, Cache Storage, file systems, cookies, background fetch and
 *   the downloads list are never needed by the app (it loads only from app://): cleared at start
 *   (which also covers a previous run that crashed) and again when the app quits.
 * - Downloads started by the page are refused: files reach the disk only through main's save
 *   dialog.
 * - IndexedDB (the vault, encrypted) and Local/Session Storage (UI language, lock reason) must
 *   persist, so the session cannot be an in-memory partition.
 * - Session restore and form autofill history are Chrome-browser features that Electron does not
 *   ship (no "Current Session"/"Sessions" or "Web Data" autofill store is written); Electron has
 *   no switch for them because there is nothing to switch off. Inputs that hold personal data
 *   still set `autocomplete="off"` for the browser harness and for Chromium's own autocomplete.
 */

/** Data types cleared from the session: everything except the app's own storage. */
export const EPHEMERAL_DATA_TYPES = [
  'backgroundFetch',
  'cache',
  'cookies',
  'downloads',
  'fileSystems',
  'serviceWorkers'
] as const

export type EphemeralDataType = (typeof EPHEMERAL_DATA_TYPES)[number]

export interface HygieneSessionLike {
  setSpellCheckerEnabled(enable: boolean): void
  clearCache(): Promise<void>
  clearData(options: { dataTypes: EphemeralDataType[] }): Promise<void>
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown
}

/** Settings applied once to the session the window uses, before the window loads. */
export function applySessionHygiene(session: HygieneSessionLike): void {
  session.setSpellCheckerEnabled(false)
  session.on('will-download', (event) => event.preventDefault())
}

/** Clears what the session may have cached on disk; never touches IndexedDB or Local Storage. */
export async function clearEphemeralData(session: HygieneSessionLike): Promise<void> {
  await session.clearCache()
  await session.clearData({ dataTypes: [...EPHEMERAL_DATA_TYPES] })
}
