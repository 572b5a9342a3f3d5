import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import {
  CASE_STATUSES,
  CASE_TYPES,
  formatPersonnummerMasked,
  isOpenCase,
  OPEN_STATUSES,
  type CaseStatus,
  type CaseType,
  type SortKey
} from '@core'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { PageHeader } from '../../ui/PageHeader'
import { Notice } from '../../ui/Notice'
import { useAction } from '../../lib/useAction'
import { useSaveCsv } from '../../lib/useSaveCsv'
import { caseListCsv } from './caseCsv'
import { CalendarExportButton } from '../intake/CalendarExportButton'
import { IncompleteNotice } from '../store/IncompleteNotice'
import { dueHint, statusLabel, statusTone, typeLabel } from './caseLabels'
import { useCaseSearch } from './useCaseSearch'
import { today } from './useCases'

const ROW_HEIGHT = 44
const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'reference', label: 'cases.col.reference' },
  { key: 'subject', label: 'cases.col.subject' },
  { key: 'type', label: 'cases.col.type' },
  { key: 'status', label: 'cases.col.status' },
  { key: 'receivedAt', label: 'cases.col.received' },
  { key: 'due', label: 'cases.col.due' }
]

type StatusFilter = 'open' | 'all' | CaseStatus

export function CaseListPage() {
  const { t } = useI18n()
  const { total, search } = useCaseSearch()
  const saveCsv = useSaveCsv()
  const act = useAction()
  // Searched as typed, in the same render: the store's index answers in a few milliseconds at
  // 10⁵ cases (ADR 0007), so the list changes in the frame that shows the keystroke.
  const [query, setQuery] = useState('')
  const [type, setType] = useState<CaseType | 'all'>('all')
  const [status, setStatus] = useState<StatusFilter>('open')
  const [dueFrom, setDueFrom] = useState('')
  const [dueTo, setDueTo] = useState('')
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'due',
    direction: 'asc'
  })
  const on = today()

  const shown = useMemo(() => {
    const statuses = status === 'all' ? [] : status === 'open' ? [...OPEN_STATUSES] : [status]
    return search(
      {
        query,
        types: type === 'all' ? [] : [type],
        statuses,
        ...(dueFrom ? { dueFrom } : {}),
        ...(dueTo ? { dueTo } : {})
      },
      sort
    )
  }, [search, query, type, status, dueFrom, dueTo, sort])

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the window: a keystroke renders every row drawn again (ADR 0007).
    overscan: 4
  })

  const toggleSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc'
    }))

  return (
    <section aria-labelledby="cases-title" className="case-list">
      <PageHeader
        id="cases-title"
        title={t('cases.title')}
        actions={
          <>
            <Button
              onClick={() =>
                void act.run(async () => {
                  const path = await saveCsv(caseListCsv(t, shown), t('cases.title'))
                  return path ? { tone: 'success', text: t('export.saved', { path }) } : null
                })
              }
              data-testid="cases-export"
            >
              {t('cases.export')}
            </Button>
            <CalendarExportButton />
            <Button variant="primary" onClick={() => navigate('/cases/new')}>
              {t('nav.newCase')}
            </Button>
          </>
        }
      />
      <div className="filters" role="search">
        <label className="filter-search">
          <span className="visually-hidden">{t('cases.search')}</span>
          <input
            type="search"
            placeholder={t('cases.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="case-search"
            autoFocus
          />
        </label>
        <label>
          {t('cases.filter.type')}{' '}
          <select
            value={type}
            onChange={(event) => setType(event.target.value as CaseType | 'all')}
          >
            <option value="all">{t('cases.filter.all')}</option>
            {CASE_TYPES.map((value) => (
              <option key={value} value={value}>
                {typeLabel(t, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.status')}{' '}
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
            data-testid="case-status-filter"
          >
            <option value="open">{t('cases.filter.open')}</option>
            <option value="all">{t('cases.filter.all')}</option>
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(t, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.dueFrom')}{' '}
          <input type="date" value={dueFrom} onChange={(event) => setDueFrom(event.target.value)} />
        </label>
        <label>
          {t('cases.filter.dueTo')}{' '}
          <input type="date" value={dueTo} onChange={(event) => setDueTo(event.target.value)} />
        </label>
      </div>
      <IncompleteNotice />
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <p className="muted" aria-live="polite" data-testid="case-count">
        {t('cases.count', { shown: shown.length, total })}
      </p>
      <div
        role="table"
        aria-label={t('cases.title')}
        aria-rowcount={shown.length + 1}
        className="vtable"
        data-query={query}
      >
        <div role="rowgroup">
          <div role="row" className="vrow vhead">
            {COLUMNS.map((column) => (
              <div
                role="columnheader"
                key={column.key}
                aria-sort={
                  sort.key === column.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : 'none'
                }
                className={`vcell col-${column.key}`}
              >
                <button
                  type="button"
                  className="sort"
                  onClick={() => toggleSort(column.key)}
                  aria-label={t('cases.sortBy', { column: t(column.label) })}
                >
                  {t(column.label)}{' '}
                  {sort.key === column.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </button>
              </div>
            ))}
          </div>
        </div>
        <div ref={scrollRef} className="vbody" role="rowgroup">
          {shown.length === 0 && <p className="empty">{t('cases.empty')}</p>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const view = shown[item.index]!
              const hint = dueHint(t, view.due, on, isOpenCase(view.case))
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={view.case.id}
                  className="vrow"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`
                  }}
                >
                  <div role="cell" className="vcell col-reference">
                    <a href={`#/cases/${view.case.id}`}>{view.case.reference}</a>
                  </div>
                  <div role="cell" className="vcell col-subject">
                    {view.subject?.name ?? '–'}
                    {view.subject?.personnummer && (
                      <span className="muted mono">
                        {' '}
                        {formatPersonnummerMasked(view.subject.personnummer)}
                      </span>
                    )}
                  </div>
                  <div role="cell" className="vcell col-type">
                    {typeLabel(t, view.case.type)}
                  </div>
                  <div role="cell" className="vcell col-status">
                    <Badge tone={statusTone(view.case.status)}>
                      {statusLabel(t, view.case.status)}
                    </Badge>
                  </div>
                  <div role="cell" className="vcell col-receivedAt">
                    {view.case.receivedAt}
                  </div>
                  <div role="cell" className="vcell col-due">
                    {view.due} {hint && <Badge tone={hint.tone}>{hint.text}</Badge>}
                  </div>
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </section>
  )
}
