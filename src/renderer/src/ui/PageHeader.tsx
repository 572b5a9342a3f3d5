import type { ReactNode } from 'react'

export function PageHeader({
  title,
  id,
  actions,
  children
}: {
  title: string
  id: string
  actions?: ReactNode
  children?: ReactNode
}) {
  return (
    <header className="page-header">
      <div>
        <h1 id={id}>{title}</h1>
        {children}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  )
}
