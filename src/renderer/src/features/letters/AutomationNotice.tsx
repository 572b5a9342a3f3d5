import { useState } from 'react'
import { isAllDataScope, type AutomaticStep } from '@core'
import { formatDate, useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { statusLabel } from '../cases/caseLabels'
import { useAutomation } from './useAutomation'
import type { AutomationOutcome } from './useLetters'

function stepText(t: ReturnType<typeof useI18n>['t'], step: AutomaticStep): string {
  switch (step.kind) {
    case 'task':
      return t('auto.task', { task: t(`task.${step.code}` as MessageKey) })
    case 'status':
      return t('auto.status', { status: statusLabel(t, step.to) })
    case 'copy':
      return t('auto.copy', {
        scope: isAllDataScope(step.copy.scope) ? t('copyScope.all') : step.copy.scope,
        period: step.copy.period
          ? `, ${t('detail.copyPeriod', { from: formatDate(step.copy.period.from), to: formatDate(step.copy.period.to) })}`
          : '',
        date: formatDate(step.copy.deliveredAt),
        free: String(step.copy.free)
      })
  }
}

/**
 * What the app did because of a letter, said plainly, with "Ångra" for all of it and, after a
 * request for identification, the offer to stop the clock from today.
 */
export function AutomationNotice({
  outcome,
  onDone
}: {
  outcome: AutomationOutcome
  onDone: () => void
}) {
  const { t } = useI18n()
  const { undo, stopClockToday } = useAutomation()
  const act = useAction()
  const [isUndone, setIsUndone] = useState(false)
  const [isStopped, setIsStopped] = useState(false)
  if (outcome.steps.length === 0 && !outcome.offerClockStop) return null
  return (
    <Notice tone="info" title={t('auto.title')}>
      <div data-testid="automation">
        {outcome.steps.length > 0 && (
          <ul className="plain">
            {outcome.steps.map((step, index) => (
              <li key={index}>{stepText(t, step)}</li>
            ))}
          </ul>
        )}
        {isUndone && <p data-testid="automation-undone">{t('auto.undone')}</p>}
        {isStopped && <p data-testid="automation-clock">{t('auto.clockStopped')}</p>}
        <div className="form-actions">
          {outcome.steps.length > 0 && !isUndone && (
            <Button
              onClick={() =>
                void act.run(() => undo(outcome)).then((ok) => ok && setIsUndone(true))
              }
              data-testid="automation-undo"
            >
              {t('auto.undo')}
            </Button>
          )}
          {outcome.offerClockStop && !isStopped && (
            <Button
              onClick={() =>
                void act
                  .run(() => stopClockToday(outcome.caseId))
                  .then((ok) => ok && setIsStopped(true))
              }
              data-testid="automation-stop-clock"
            >
              {t('auto.stopClock')}
            </Button>
          )}
          <Button variant="link" onClick={onDone}>
            {t('common.close')}
          </Button>
        </div>
        {act.feedback?.tone === 'error' && <p role="alert">{act.feedback.text}</p>}
      </div>
    </Notice>
  )
}
