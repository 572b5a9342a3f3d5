import type { ReactNode } from 'react'

/** A titled panel of a page (the case page's deadlines, letters, tasks, …). */
export function Section({
  title,
  id,
  children
}: {
  title: string
  id: string
  children: ReactNode
}) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
