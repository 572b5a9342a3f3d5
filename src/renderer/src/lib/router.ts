import { useEffect, useState } from 'react'

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
