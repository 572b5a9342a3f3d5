import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleLock } from './useIdleLock'

function Probe({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useIdleLock(minutes, onIdle)
  return null
}

let root: Root
let container: HTMLElement

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T09:00:00Z') })
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  container = document.createElement('div')
  document.body.appendChild(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.useRealTimers()
})

const render = (minutes: number, onIdle: () => void) =>
  act(() => root.render(<Probe minutes={minutes} onIdle={onIdle} />))

describe('useIdleLock', () => {
  it('locks after the limit without activity, not before', () => {
    const onIdle = vi.fn()
    render(2, onIdle)
    act(() => {
      vi.advanceTimersByTime(119_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(30_000)
    })
    expect(onIdle).toHaveBeenCalled()
  })

  it('counts from the last key press or pointer action', () => {
    const onIdle = vi.fn()
    render(2, onIdle)
    act(() => {
      vi.advanceTimersByTime(100_000)
    })
    window.dispatchEvent(new KeyboardEvent('keydown'))
    act(() => {
      vi.advanceTimersByTime(100_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(30_000)
    })
    expect(onIdle).toHaveBeenCalled()
  })

  it('a shorter limit that arrives late counts from the last action, not from its arrival', () => {
    const onIdle = vi.fn()
    render(10, onIdle)
    window.dispatchEvent(new Event('pointerdown'))
    // The stored setting (2 minutes) arrives 90 s after the DPO's last action.
    act(() => {
      vi.advanceTimersByTime(90_000)
    })
    render(2, onIdle)
    expect(onIdle).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(30_000)
    })
    expect(onIdle).toHaveBeenCalled()
  })

  it('a shorter limit that is already exceeded locks at once', () => {
    const onIdle = vi.fn()
    render(10, onIdle)
    act(() => {
      vi.advanceTimersByTime(150_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
    render(2, onIdle)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })
})
