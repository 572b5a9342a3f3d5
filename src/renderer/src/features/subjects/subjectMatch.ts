import { foldText } from '@core'
import type { SubjectHead } from '../../data/store/caseStore'

/** Folded name and e-mail per subject head (heads are replaced, never changed). */
const folded = new WeakMap<SubjectHead, { name: string; email: string }>()

function foldedOf(subject: SubjectHead): { name: string; email: string } {
  let entry = folded.get(subject)
  if (!entry) {
    entry = { name: foldText(subject.name), email: subject.email ? foldText(subject.email) : '' }
    folded.set(subject, entry)
  }
  return entry
}

/**
 * The first `limit` subjects matching what was typed to pick a person: by name or e-mail (folded,
 * so "ostberg" finds "Östberg"), or by six or more digits of the personnummer.
 */
export function matchSubjects(
  subjects: readonly SubjectHead[],
  query: string,
  limit: number
): SubjectHead[] {
  const q = foldText(query.trim())
  if (!q) return []
  const digits = query.replace(/\D/g, '')
  const byDigits = digits.length >= 6
  const matches: SubjectHead[] = []
  for (const subject of subjects) {
    if (matches.length >= limit) break
    if (byDigits && subject.personnummer?.includes(digits)) {
      matches.push(subject)
      continue
    }
    const { name, email } = foldedOf(subject)
    if (name.includes(q) || (email !== '' && email.includes(q))) matches.push(subject)
  }
  return matches
}
