import { errorText, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { auditProblemText, canAcknowledge } from './auditIntegrityText'
import type { AuditIntegrityState } from './useAuditIntegrity'
import { useAuditIntegrity } from './useAuditIntegrity'

/** Only long checks show their progress (a small log is done before anyone could read it). */
const SHOW_PROGRESS_FROM = 5000

type Props = {
  state: AuditIntegrityState
  onAcknowledge?: () => void
  isAcknowledging?: boolean
}

/** The result of the audit log's completeness check, when there is something to say. */
export function AuditIntegrityNotice({ state, onAcknowledge, isAcknowledging = false }: Props) {
  const { t } = useI18n()
  switch (state.kind) {
    case 'checking':
      return state.total >= SHOW_PROGRESS_FROM ? (
        <p className="muted" role="status" data-testid="audit-integrity-checking">
          {t('auditIntegrity.checking', { percent: Math.floor((state.done / state.total) * 100) })}
        </p>
      ) : null
    case 'ok':
      return state.wasAcknowledged ? (
        <Notice tone="success">{t('auditIntegrity.acknowledged')}</Notice>
      ) : null
    case 'failed':
      return (
        <Notice tone="error" title={t('auditIntegrity.title')}>
          {t('auditIntegrity.failed', { error: errorText(t, state.error) })}
        </Notice>
      )
    case 'problem':
      return (
        <div data-testid="audit-integrity-warning">
          <Notice tone="warning" title={t('auditIntegrity.title')}>
            <p>{auditProblemText(t, state.problem)}</p>
            <p>{t('auditIntegrity.advice')}</p>
            {onAcknowledge && canAcknowledge(state.problem) && (
              <>
                <p className="muted">{t('auditIntegrity.acknowledgeHint')}</p>
                <Button onClick={onAcknowledge} busy={isAcknowledging}>
                  {t('auditIntegrity.acknowledge')}
                </Button>
              </>
            )}
          </Notice>
        </div>
      )
  }
}

/** Runs the check for the unlocked app and shows its result (rendered once, in the shell). */
export function AuditIntegrityBanner() {
  const { state, acknowledge, isAcknowledging } = useAuditIntegrity()
  return (
    <AuditIntegrityNotice
      state={state}
      onAcknowledge={() => void acknowledge()}
      isAcknowledging={isAcknowledging}
    />
  )
}
