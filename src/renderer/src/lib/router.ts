import { useEffect, useState } from 'react'
import { onEvent } from './api'

/**
 * A hash router: the app is one page, and a hash survives the app:// protocol without any
 * server-side routing. Routes look like `#/cases/123`.
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '')
  return hash.startsWith('/') ? hash : '/'
}

export function navigate(path: string): void {
  window.location.hash = path
}

export function useRoute(): string {
  const [path, setPath] = useState(currentPath)
  useEffect(() => {
    const update = (): void => setPath(currentPath())
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return path
}

/** Matches `/cases/:id` style patterns; returns the parameters or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = []
  const regex = new RegExp(
    `^${pattern.replace(/:([a-zA-Z]+)/g, (_whole, name: string) => {
      names.push(name)
      return '([^/]+)'
    })}$`
  )
  const match = regex.exec(path)
  if (!match) return null
  return Object.fromEntries(
    names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)])
  )
}

/** Follows main's requests to show a route (a click on a deadline notification). */
export function useNavigationFromMain(): void {
  useEffect(() => onEvent('app:navigate', ({ path }) => navigate(path)), [])
}
