import { useMemo, useState } from 'react'
import { annualReport, CASE_TYPES, toCsv } from '@core'
import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { useSaveCsv } from '../../lib/useSaveCsv'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { typeLabel } from '../cases/caseLabels'
import { today, useCaseRows } from '../cases/useCases'
import { useDeletedCaseRecords } from '../retention/useRetention'

const percent = (share: number | null) =>
  share === null ? '–' : `${Math.round(share * 1000) / 10} %`

/** The annual report: requests per type, median days to answer, share answered in time. */
export function ReportsPage() {
  const { t } = useI18n()
  const views = useCaseRows()
  // Cases deleted under the app's own retention still count, through their anonymous records.
  const deleted = useDeletedCaseRecords()
  const saveCsv = useSaveCsv()
  const act = useAction()
  const years = useMemo(
    () =>
      [
        ...new Set([
          ...views.map((view) => Number(view.case.receivedAt.slice(0, 4))),
          ...deleted.map((record) => Number(record.receivedMonth.slice(0, 4)))
        ])
      ].sort((a, b) => b - a),
    [views, deleted]
  )
  const [year, setYear] = useState(Number(today().slice(0, 4)))
  const report = useMemo(() => annualReport(views, year, today(), deleted), [views, year, deleted])

  const deletedInYear = deleted.filter((record) =>
    record.receivedMonth.startsWith(`${year}-`)
  ).length

  const exportCsv = () =>
    act.run(async () => {
      const rows: (string | number)[][] = [
        ...CASE_TYPES.map((type) => [
          t('reports.requests'),
          typeLabel(t, type),
          report.countsByType[type]
        ]),
        [t('reports.total'), '', report.total],
        [t('reports.withdrawn'), '', report.withdrawn],
        [t('reports.answered'), '', report.answered],
        [t('reports.pending'), '', report.pending],
        [t('reports.median'), '', report.medianDaysToAnswer ?? ''],
        [
          t('reports.withinOne'),
          '',
          report.shareWithinOneMonth === null
            ? ''
            : Math.round(report.shareWithinOneMonth * 1000) / 10
        ],
        [
          t('reports.withinThree'),
          '',
          report.shareWithinThreeMonths === null
            ? ''
            : Math.round(report.shareWithinThreeMonths * 1000) / 10
        ]
      ]
      const csv = toCsv([t('reports.measure'), t('cases.col.type'), String(year)], rows)
      const path = await saveCsv(csv, `DPO Desk årsrapport ${year}`)
      return path ? { tone: 'success', text: path } : null
    })

  return (
    <section aria-labelledby="reports-title">
      <PageHeader
        id="reports-title"
        title={t('reports.title')}
        actions={
          <Button variant="primary" onClick={() => void exportCsv()} data-testid="reports-export">
            {t('reports.export')}
          </Button>
        }
      >
        <label>
          {t('reports.year')}{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {[...new Set([year, ...years])].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      <IncompleteNotice />
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <div className="dash-grid">
        <section className="panel" aria-labelledby="reports-types">
          <h2 id="reports-types">{t('reports.requests')}</h2>
          <table className="data-table compact">
            <tbody>
              {CASE_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{typeLabel(t, type)}</th>
                  <td>{report.countsByType[type]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('reports.total')}</th>
                <td data-testid="reports-total">{report.total}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section className="panel" aria-labelledby="reports-time">
          <h2 id="reports-time">{t('reports.timeliness')}</h2>
          <table className="data-table compact">
            <tbody>
              <tr>
                <th scope="row">{t('reports.median')}</th>
                <td>{report.medianDaysToAnswer ?? '–'}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.withinOne')}</th>
                <td>{percent(report.shareWithinOneMonth)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.withinThree')}</th>
                <td>{percent(report.shareWithinThreeMonths)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.answered')}</th>
                <td>{report.answered}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.pending')}</th>
                <td>{report.pending}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.withdrawn')}</th>
                <td>{report.withdrawn}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">{t('reports.definition')}</p>
          {deletedInYear > 0 && (
            <p className="muted" data-testid="reports-deleted">
              {t('caseRetention.inReport', { count: deletedInYear })}
            </p>
          )}
        </section>
      </div>
    </section>
  )
}
