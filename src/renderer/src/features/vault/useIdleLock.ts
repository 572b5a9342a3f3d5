import { useEffect } from 'react'

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
 * (Main also locks on screen lock and suspend.)
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    const limitMs = Math.max(1, minutes) * 60_000
    let last = Date.now()
    const touch = (): void => {
      last = Date.now()
    }
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, touch, { passive: true, capture: true })
    const timer = window.setInterval(
      () => {
        if (Date.now() - last >= limitMs) onIdle()
      },
      Math.min(15_000, limitMs / 4)
    )
    return () => {
      window.clearInterval(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true })
    }
  }, [minutes, onIdle])
}
