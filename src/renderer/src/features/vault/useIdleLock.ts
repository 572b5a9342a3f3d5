import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'focus'
] as const

/**
 * Calls `onIdle` after `minutes` without keyboard, pointer or focus activity in the window.
 * (Main also locks on screen lock and suspend.) The last activity is remembered across changes
 * of `minutes`, and a new limit is checked at once: whenever the setting arrives, idle time is
 * counted from the DPO's last action, never from the moment the setting was read.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const lastActivity = useRef<number | null>(null)

  useEffect(() => {
    lastActivity.current = Date.now()
    const touch = (): void => {
      lastActivity.current = Date.now()
    }
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, touch, { passive: true, capture: true })
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true })
    }
  }, [])

  useEffect(() => {
    const limitMs = Math.max(1, minutes) * 60_000
    const check = (): void => {
      if (Date.now() - (lastActivity.current ?? Date.now()) >= limitMs) onIdle()
    }
    check()
    const timer = window.setInterval(check, Math.min(15_000, limitMs / 4))
    return () => window.clearInterval(timer)
  }, [minutes, onIdle])
}
