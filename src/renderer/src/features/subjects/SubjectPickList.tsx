import { formatPersonnummerMasked } from '@core'
import { Button } from '../../ui/Button'
import type { SubjectHead } from './useSubjects'

/** People found by a search, each with a button to pick them (new case, merge). */
export function SubjectPickList({
  matches,
  pickLabel,
  onPick,
  pickTestId
}: {
  matches: readonly SubjectHead[]
  pickLabel: string
  onPick: (subject: SubjectHead) => void
  pickTestId?: string
}) {
  if (matches.length === 0) return null
  return (
    <ul className="pick-list">
      {matches.map((candidate) => (
        <li key={candidate.id}>
          <span>
            {candidate.name}{' '}
            {candidate.personnummer && (
              <span className="mono muted">{formatPersonnummerMasked(candidate.personnummer)}</span>
            )}{' '}
            {candidate.email && <span className="muted">{candidate.email}</span>}
          </span>
          <Button onClick={() => onPick(candidate)} data-testid={pickTestId}>
            {pickLabel}
          </Button>
        </li>
      ))}
    </ul>
  )
}
