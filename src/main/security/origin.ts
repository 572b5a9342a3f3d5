/**
 * Origin checks shared by the IPC sender check, the navigation guard and the protocol handler.
 * Custom schemes have the opaque origin "null" under WHATWG URL rules, so we compare scheme and
 * host explicitly instead of `URL.origin`, and never with `startsWith`.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'dpo-desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!parsed.host) return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/** True if `url` belongs to one of the `trusted` origins (e.g. `app://dpo-desk`). */
export function isSameOrigin(url: string, trusted: readonly string[]): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  return trusted.some((candidate) => originOf(candidate) === origin)
}

/** Links the user may open in the system browser: https only, plus mailto. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0
  return parsed.protocol === 'https:' && parsed.host.length > 0 && !parsed.username
}
