import type { AuditIntegrity } from '../../../../core/audit/auditMark'
import type { Translate } from '../../lib/i18n'

export type AuditProblem = Exclude<AuditIntegrity, { status: 'ok' }>

/** "2026-03-05 11:00" in the user's local time. */
function when(instant: string): string {
  return new Date(instant).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' })
}

/** What is wrong with the log, in the user's language, naming how many events and since when. */
export function auditProblemText(t: Translate, problem: AuditProblem): string {
  switch (problem.status) {
    case 'truncated': {
      const params = {
        missing: problem.missing,
        from: problem.found + 1,
        to: problem.expected,
        ...(problem.lastKeptAt ? { since: when(problem.lastKeptAt) } : {}),
        ...(problem.lastMissingAt ? { until: when(problem.lastMissingAt) } : {})
      }
      if (problem.found === 0)
        return t(
          problem.lastMissingAt
            ? 'auditIntegrity.truncatedAll'
            : 'auditIntegrity.truncatedAllUntilUnknown',
          params
        )
      return t(
        problem.lastMissingAt ? 'auditIntegrity.truncated' : 'auditIntegrity.truncatedUntilUnknown',
        params
      )
    }
    case 'replaced':
      return t('auditIntegrity.replaced', { seq: problem.seq })
    case 'broken':
      return t(`auditIntegrity.broken.${problem.reason}`, { seq: problem.seq })
    case 'markForged':
      return t('auditIntegrity.markForged')
  }
}

/** Whether the user can record the gap and go on (a chain broken in the middle stays broken). */
export function canAcknowledge(problem: AuditProblem): boolean {
  return problem.status !== 'broken'
}
