import { describe, expect, it, vi } from 'vitest'
import { showDeadlineNotifications, type Notifier } from './notifier'

function recorder(supported = true) {
  const shown: { title: string; body: string; onClick: () => void }[] = []
  const notifier: Notifier = { isSupported: () => supported, show: (n) => shown.push(n) }
  return { notifier, shown }
}

describe('deadline notifications', () => {
  it('shows each notification and opens the case or the overview on click', () => {
    const { notifier, shown } = recorder()
    const navigate = vi.fn()
    const count = showDeadlineNotifications(
      notifier,
      [
        { caseId: 'case-1', title: 'DSR-2026-0001 är försenat', body: 'x' },
        { caseId: null, title: '3 påminnelser till', body: 'y' }
      ],
      navigate
    )
    expect(count).toBe(2)
    shown[0]!.onClick()
    shown[1]!.onClick()
    expect(navigate.mock.calls).toEqual([['/cases/case-1'], ['/']])
  })

  it('shows nothing where the OS has no notifications', () => {
    const { notifier, shown } = recorder(false)
    expect(
      showDeadlineNotifications(notifier, [{ caseId: 'a', title: 't', body: 'b' }], vi.fn())
    ).toBe(0)
    expect(shown).toEqual([])
  })
})
