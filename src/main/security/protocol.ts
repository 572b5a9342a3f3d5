import path from 'node:path'
import { APP_ORIGIN, originOf } from './origin'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

export type ResolvedAsset = { filePath: string; contentType: string }

/**
 * Maps an `app://dpo-desk/...` URL (or one of `origin`, which the E2E harness sets to its own
 * stand-in origin) to a file below `rootDir`, or null when the URL is foreign,
 * malformed or escapes the root (`..`, encoded separators, absolute or UNC paths).
 * Containment is checked with `path.relative`, never `startsWith` (a sibling such as
 * `renderer-evil` would pass a prefix check).
 */
export function resolveAppAsset(
  url: string,
  rootDir: string,
  origin: string = APP_ORIGIN
): ResolvedAsset | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (originOf(url) !== originOf(origin)) return null
  let relative: string
  try {
    relative = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (relative.includes('\0') || relative.includes('\\')) return null
  if (relative === '/' || relative === '') relative = '/index.html'
  const root = path.resolve(rootDir)
  const target = path.resolve(root, '.' + relative)
  const rel = path.relative(root, target)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null
  const contentType = CONTENT_TYPES[path.extname(target).toLowerCase()]
  if (!contentType) return null
  return { filePath: target, contentType }
}
