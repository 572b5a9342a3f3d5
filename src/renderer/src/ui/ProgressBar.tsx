/** A labelled progress bar; without a total it shows activity only. */
export function ProgressBar({
  label,
  done,
  total,
  testId
}: {
  label: string
  done: number
  total: number
  testId?: string
}) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : undefined
  return (
    <div className="progress" role="status" aria-live="polite" data-testid={testId}>
      <progress max={100} value={percent} aria-label={label} />
      <span>{percent === undefined ? label : `${label} ${percent} %`}</span>
    </div>
  )
}
