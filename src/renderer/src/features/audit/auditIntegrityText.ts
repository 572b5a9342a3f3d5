import type { AuditIntegrity } from '@core/audit/auditMark'
import type { MessageParams } from '@core/errors'
import { formatDateTime, type Translate } from '../../lib/i18n'

export type AuditProblem = Exclude<AuditIntegrity, { status: 'ok' }>

const when = (instant: string) => formatDateTime(instant)

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

/** The parameters of the `vault.audit-gap` event that records a gap the user has seen. */
export function auditGapParams(problem: AuditProblem): MessageParams {
  switch (problem.status) {
    case 'truncated':
      return {
        kind: 'truncated',
        missing: problem.missing,
        from: problem.found + 1,
        to: problem.expected
      }
    case 'replaced':
      return { kind: 'replaced', seq: problem.seq }
    case 'broken':
      return { kind: 'broken', seq: problem.seq }
    case 'markForged':
      return { kind: 'markForged' }
  }
}
