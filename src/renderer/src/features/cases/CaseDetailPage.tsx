import { startTransition, useEffect, useState } from 'react'
import { ART19_CASE_TYPES, isOpenCase } from '@core'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { Badge } from '../../ui/Badge'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { CalendarExportButton } from '../intake/CalendarExportButton'
import { CaseActions, CaseClockStops } from './CaseActions'
import { CaseCorrespondence } from './CaseCorrespondence'
import { CaseDecisions } from './CaseDecisions'
import { CaseErasure } from './CaseErasure'
import { CaseLetters } from './CaseLetters'
import { CasePortability } from './CasePortability'
import { CaseRecipients } from './CaseRecipients'
import { CaseRectification } from './CaseRectification'
import { CaseStopped } from './CaseStopped'
import { CaseTasks } from './CaseTasks'
import { dueHint, statusLabel, statusTone, typeLabel } from './caseLabels'
import { planningWarningText, trailStepText } from './trailText'
import { today, useCase, type CaseView } from './useCases'

function Deadlines({ view }: { view: CaseView }) {
  const { t, language } = useI18n()
  const on = today()
  const hint = dueHint(t, view.due, on, isOpenCase(view.case))
  const { deadlines } = view
  return (
    <Section title={t('detail.deadlines')} id="deadlines-title">
      <dl className="facts">
        <dt>{t('detail.due')}</dt>
        <dd>
          <strong data-testid="case-due">{view.due}</strong>{' '}
          {hint && <Badge tone={hint.tone}>{hint.text}</Badge>}
        </dd>
        {!view.case.extension && (
          <>
            <dt>{t('detail.extendedDue')}</dt>
            <dd data-testid="case-extended-due">{deadlines.extendedDue}</dd>
          </>
        )}
        {(deadlines.stoppedDays > 0 || deadlines.extendedStoppedDays > 0) && (
          <>
            <dt>{t('detail.nominalDue')}</dt>
            <dd>{view.case.extension ? deadlines.nominalExtendedDue : deadlines.nominalDue}</dd>
          </>
        )}
      </dl>
      {view.case.extension && (
        <p data-testid="case-extended">
          {t('detail.extendedTo', {
            date: view.case.extension.newDue,
            reason: t(`reason.${view.case.extension.reason}` as MessageKey)
          })}
        </p>
      )}
      {deadlines.planningWarnings.map((warning) => (
        <Notice key={warning.params.which} tone="warning" title={t('detail.planning')}>
          {planningWarningText(t, language, warning)}
        </Notice>
      ))}
      <details>
        <summary>{t('detail.trail')}</summary>
        <ol className="trail" data-testid="case-trail">
          {deadlines.trail.map((step, index) => (
            <li key={index}>{trailStepText(t, language, step)}</li>
          ))}
        </ol>
      </details>
    </Section>
  )
}

/**
 * Whether the page's panels below its summary may mount: in a transition right after the first
 * frame that shows the case (its title, status and deadlines), so a case opened or just
 * registered is on screen before its forms are built (ADR 0007, "one write"). `id` is null
 * while the case is still being read.
 */
function usePanelsFor(id: string | null): boolean {
  const [shown, setShown] = useState<string | null>(null)
  useEffect(() => {
    if (id === null) return
    // A timer set in the next animation frame runs once that frame is painted.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(id)))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [id])
  return id !== null && shown === id
}

export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useI18n()
  const { view, error } = useCase(id)
  const panels = usePanelsFor(view ? id : null)
  if (error) return <Notice tone="error">{errorText(t, error)}</Notice>
  if (view === undefined) return <p>{t('app.loading')}</p>
  if (view === null) return <Notice tone="warning">{t('detail.notFound')}</Notice>
  const dsrCase = view.case
  return (
    <article aria-labelledby="case-title" className="case-detail">
      <header className="page-header">
        <div>
          <h1 id="case-title">
            {dsrCase.reference}{' '}
            <Badge tone={statusTone(dsrCase.status)}>{statusLabel(t, dsrCase.status)}</Badge>
          </h1>
          <p className="muted">
            {typeLabel(t, dsrCase.type)} · {t(`channel.${dsrCase.channel}` as MessageKey)} ·{' '}
            {t('cases.col.received')} {dsrCase.receivedAt} ·{' '}
            {view.subject ? <a href={`#/subjects/${view.subject.id}`}>{view.subject.name}</a> : '–'}
          </p>
          {dsrCase.description && <p>{dsrCase.description}</p>}
        </div>
        {isOpenCase(dsrCase) && <CalendarExportButton caseId={dsrCase.id} />}
      </header>
      <div className="detail-grid">
        <div>
          <Deadlines view={view} />
          <CaseActions view={view} />
          {panels && <CaseClockStops view={view} />}
          {panels && <CaseTasks view={view} />}
        </div>
        {panels && (
          <div>
            <CaseLetters view={view} />
            <CaseCorrespondence view={view} />
            <CaseDecisions view={view} />
            {dsrCase.type === 'rectification' && <CaseRectification view={view} />}
            {(dsrCase.type === 'objection' || dsrCase.type === 'marketingOptOut') && (
              <CaseStopped view={view} />
            )}
            {dsrCase.type === 'portability' && <CasePortability view={view} />}
            {(dsrCase.type === 'erasure' || dsrCase.erasure.length > 0) && (
              <CaseErasure view={view} />
            )}
            {(ART19_CASE_TYPES.has(dsrCase.type) || dsrCase.erasure.length > 0) && (
              <CaseRecipients view={view} />
            )}
          </div>
        )}
      </div>
    </article>
  )
}
