import type { ReactNode } from 'react'

type Props = { tone: 'info' | 'success' | 'warning' | 'error'; title?: string; children: ReactNode }

/** An inline message. Errors and warnings are announced to screen readers. */
export function Notice({ tone, title, children }: Props) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status'
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {title && <strong className="notice-title">{title}</strong>}
      <div>{children}</div>
    </div>
  )
}
