import { useMemo } from 'react'
import { buildDashboard, CASE_TYPES, dueReleases, type Dashboard } from '@core'
import { useI18n } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useBackup } from '../backup/backupContext'
import { dueHint, statusLabel, typeLabel } from '../cases/caseLabels'
import { today, useActiveCaseRows, type CaseRowView } from '../cases/useCases'
import { useInventory } from '../settings/useSettings'

function CaseList({ title, rows, testId }: { title: string; rows: CaseRowView[]; testId: string }) {
  const { t } = useI18n()
  const on = today()
  return (
    <section className="panel dash-card" aria-label={title}>
      <h2>
        {title} <Badge tone={rows.length ? 'warning' : 'neutral'}>{rows.length}</Badge>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dash.none')}</p>
      ) : (
        <ul className="plain" data-testid={testId}>
          {rows.slice(0, 8).map((row) => {
            const hint = dueHint(t, row.due, on, true)
            return (
              <li key={row.case.id}>
                <a href={`#/cases/${row.case.id}`}>{row.case.reference}</a>{' '}
                {row.subject?.name ?? ''}{' '}
                <span className="muted">
                  {typeLabel(t, row.case.type)} · {statusLabel(t, row.case.status)} · {row.due}
                </span>{' '}
                {hint && <Badge tone={hint.tone}>{hint.text}</Badge>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function MonthChart({ board }: { board: Dashboard<CaseRowView> }) {
  const { t } = useI18n()
  const max = Math.max(1, ...board.lastTwelveMonths.map((month) => month.received))
  return (
    <figure className="chart" aria-label={t('dash.chartLabel')}>
      <div className="bars">
        {board.lastTwelveMonths.map((month) => (
          <div key={month.month} className="bar-col">
            <span className="bar-value">{month.received}</span>
            <div className="bar" style={{ height: `${(month.received / max) * 120}px` }} />
            <span className="bar-label">{month.month.slice(5)}</span>
            <span className="bar-share">
              {month.shareWithinOneMonth === null
                ? '–'
                : `${Math.round(month.shareWithinOneMonth * 100)} %`}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="visually-hidden">
        {board.lastTwelveMonths.map((month) => `${month.month}: ${month.received}`).join(', ')}
      </figcaption>
    </figure>
  )
}

export function DashboardPage() {
  const { t } = useI18n()
  // Open cases and the last twelve months are all in the active partition.
  const views = useActiveCaseRows()
  const { status } = useBackup()
  const inventory = useInventory()
  const board = useMemo(
    () =>
      buildDashboard(views, today(), {
        lastVerifiedAt: status?.lastVerified?.verifiedAt ?? null,
        now: new Date()
      }),
    [views, status]
  )
  const releases = useMemo(
    () =>
      dueReleases(
        views.map((view) => view.case),
        today()
      ),
    [views]
  )
  return (
    <section aria-labelledby="dash-title">
      <PageHeader
        id="dash-title"
        title={t('dash.title')}
        actions={
          <Button variant="primary" onClick={() => navigate('/cases/new')}>
            {t('dash.newCase')}
          </Button>
        }
      />
      {board && (
        <>
          {board.backup.state === 'never' && (
            <Notice tone="warning" title={t('dash.backup')}>
              {t('dash.backupNever')}
            </Notice>
          )}
          {board.backup.state === 'stale' && (
            <Notice tone="warning" title={t('dash.backup')}>
              {t('dash.backupStale', { hours: Math.floor(board.backup.hoursSince) })}
            </Notice>
          )}
          {board.backup.state === 'ok' && (
            <p className="muted" data-testid="dash-backup">
              {t('dash.backupOk', { hours: Math.floor(board.backup.hoursSince) })}
            </p>
          )}
          {releases.length > 0 && (
            <Notice tone="warning" title={t('dash.deleteNow')}>
              <ul className="plain">
                {releases.map((release) => (
                  <li key={`${release.caseId}-${release.categoryId}`}>
                    <a href={`#/cases/${release.caseId}`}>
                      {t('dash.deleteNowItem', {
                        category:
                          inventory?.find((category) => category.id === release.categoryId)?.name ??
                          release.categoryId,
                        reference: release.reference,
                        releaseDate: release.releaseDate
                      })}
                    </a>
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          <div className="dash-grid">
            <CaseList title={t('dash.overdue')} rows={board.overdue} testId="dash-overdue" />
            <CaseList
              title={t('dash.dueSoon')}
              rows={board.dueWithin7Days}
              testId="dash-due-soon"
            />
            <CaseList
              title={t('dash.waiting')}
              rows={board.waitingForSubject}
              testId="dash-waiting"
            />
            <CaseList
              title={t('dash.clockStopped')}
              rows={board.clockStopped}
              testId="dash-clock"
            />
          </div>
          <div className="dash-grid">
            <section className="panel" aria-labelledby="dash-types">
              <h2 id="dash-types">{t('dash.openByType')}</h2>
              <table className="data-table compact">
                <tbody>
                  {CASE_TYPES.map((type) => (
                    <tr key={type}>
                      <th scope="row">{typeLabel(t, type)}</th>
                      <td>{board.openCountsByType[type]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="panel" aria-labelledby="dash-months">
              <h2 id="dash-months">{t('dash.perMonth')}</h2>
              <MonthChart board={board} />
            </section>
          </div>
        </>
      )}
    </section>
  )
}
