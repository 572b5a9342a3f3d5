import { useState, type DragEvent } from 'react'
import { MATCH_KINDS, type MatchKind } from '@core'
import { formatDateTime, useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { ProgressBar } from '../../ui/ProgressBar'
import type { CaseView } from '../cases/useCases'
import { useInventory } from '../settings/useSettings'
import { DEFAULT_SOURCES, useTableImport, type ColumnChoice } from './useTableImport'

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 med BOM',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252'
}
const DELIMITER_NAMES: Record<string, string> = { ';': '”;”', ',': '”,”', '\t': 'tab', '|': '”|”' }

/**
 * Data collection for the registerutdrag (issue 16): an export from another system is read in
 * main, its columns are assigned to inventory categories and to the person's identifiers (the
 * choices are remembered per source system), and only the person's rows go into the case, where
 * the registerutdrag prints them as tables.
 */
export function CollectedDataPanel({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const inventory = useInventory() ?? []
  const importer = useTableImport(view)
  const act = useAction()
  // What the DPO changed, for the export being mapped (keyed by its session).
  const [edited, setEdited] = useState<{
    session: string
    source?: string
    choices?: ColumnChoice[]
  } | null>(null)
  const [shouldAttachRaw, setShouldAttachRaw] = useState(true)
  const [isDragging, setIsDragging] = useState(false)
  const { state } = importer
  const categoryName = (id: string) => inventory.find((c) => c.id === id)?.name ?? id
  const collected = view.case.collected ?? []

  const session = state.phase === 'idle' ? '' : state.opened.sessionId
  const mine = edited?.session === session ? edited : null
  const columns = state.phase === 'mapping' ? (state.progress.columns ?? []) : []
  const source =
    mine?.source ?? (state.phase === 'mapping' ? state.suggestedSource : DEFAULT_SOURCES[0])
  const current = mine?.choices ?? importer.choicesFor(source, columns)
  const setChoice = (index: number, change: Partial<ColumnChoice>) => {
    const next = current.map((choice, i) => (i === index ? { ...choice, ...change } : choice))
    setEdited({ session, source, choices: next })
  }
  const changeSource = (value: string) => {
    // A source with saved choices brings them; otherwise the current ones stay.
    setEdited({
      session,
      source: value,
      ...(importer.mappings[value.trim()] ? {} : { choices: current })
    })
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    event.stopPropagation()
    setIsDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void act.run(() => importer.drop(file))
  }

  const sample = (column: number) =>
    state.phase === 'mapping'
      ? ((state.progress.sample ?? [])
          .map((row) => row[column] ?? '')
          .find((cell) => cell !== '') ?? '')
      : ''

  return (
    <section className="subform" aria-labelledby="collect-title" data-testid="collect-panel">
      <h3 id="collect-title">{t('collect.title')}</h3>
      <p className="muted">{t('collect.hint', { name: view.subject?.name ?? '–' })}</p>
      {collected.length > 0 && (
        <>
          <h4>{t('collect.imported')}</h4>
          <ul className="plain" data-testid="collect-imported">
            {collected.map((table) => (
              <li key={table.id}>
                {t('collect.importedLine', {
                  category: categoryName(table.categoryId),
                  rows: table.rows.length,
                  source: table.source,
                  date: formatDateTime(table.importedAt)
                })}{' '}
                <Button
                  variant="link"
                  onClick={() =>
                    void act.run(() => importer.remove(table.id), t('collect.removed'))
                  }
                >
                  {t('collect.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}

      {state.phase === 'idle' && (
        <div
          className={isDragging ? 'dropzone dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault()
            setIsDragging(true)
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={onDrop}
          data-testid="collect-drop"
        >
          <Button
            onClick={() => void act.run(importer.choose)}
            busy={act.busy}
            data-testid="collect-choose"
          >
            {t('collect.choose')}
          </Button>{' '}
          <span className="muted">{t('collect.drop')}</span>
        </div>
      )}

      {state.phase === 'reading' && (
        <ProgressBar
          label={t('collect.reading', { name: state.opened.fileName })}
          done={state.progress?.done ?? 0}
          total={state.progress?.total ?? 0}
          testId="collect-progress"
        />
      )}

      {state.phase === 'mapping' && (
        <>
          <p data-testid="collect-read">
            {t('collect.read', {
              name: state.opened.fileName,
              rows: state.progress.rows,
              columns: columns.length,
              encoding: state.opened.encoding ? ENCODING_NAMES[state.opened.encoding]! : 'none',
              delimiter: state.progress.delimiter
                ? (DELIMITER_NAMES[state.progress.delimiter] ?? state.progress.delimiter)
                : 'none'
            })}
          </p>
          <Field label={t('collect.source')} hint={t('collect.sourceHint')} required>
            {({ id, describedBy }) => (
              <>
                <input
                  id={id}
                  list={`${id}-sources`}
                  aria-describedby={describedBy}
                  value={source}
                  maxLength={100}
                  onChange={(event) => changeSource(event.target.value)}
                  data-testid="collect-source"
                />
                <datalist id={`${id}-sources`}>
                  {[...new Set([...DEFAULT_SOURCES, ...Object.keys(importer.mappings)])].map(
                    (name) => (
                      <option key={name} value={name} />
                    )
                  )}
                </datalist>
              </>
            )}
          </Field>
          <div className="collected-table">
            <table className="data-table compact mapping-table" data-testid="collect-mapping">
              <thead>
                <tr>
                  <th scope="col">{t('collect.column')}</th>
                  <th scope="col">{t('collect.match')}</th>
                  <th scope="col">{t('collect.category')}</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((header, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {header}
                      {sample(index) && (
                        <span className="mapping-example">
                          {t('collect.example')}: {sample(index).slice(0, 40)}
                        </span>
                      )}
                    </th>
                    <td>
                      <select
                        aria-label={`${t('collect.match')}: ${header}`}
                        value={current[index]?.match ?? ''}
                        onChange={(event) =>
                          setChoice(index, {
                            match: (event.target.value || undefined) as MatchKind | undefined
                          })
                        }
                        data-testid={`collect-match-${index}`}
                      >
                        <option value="">{t('collect.none')}</option>
                        {MATCH_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`collect.kind.${kind}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={`${t('collect.category')}: ${header}`}
                        value={current[index]?.categoryId ?? ''}
                        onChange={(event) =>
                          setChoice(index, { categoryId: event.target.value || undefined })
                        }
                        data-testid={`collect-category-${index}`}
                      >
                        <option value="">{t('collect.none')}</option>
                        {inventory.map((category) => (
                          <option key={category.id} value={category.id}>
                            {category.name}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            <Button
              onClick={() => void act.run(() => importer.filter(source, current))}
              busy={act.busy}
              disabled={!source.trim()}
              data-testid="collect-filter"
            >
              {t('collect.filter')}
            </Button>
            <Button variant="link" onClick={importer.cancel}>
              {t('collect.cancel')}
            </Button>
          </div>
          {state.result && (
            <div data-testid="collect-result">
              <p>{t('collect.found', { matched: state.result.matched })}</p>
              {state.result.tables
                .filter((table) => table.rows.length > 0)
                .map((table) => (
                  <div className="collected-table" key={table.categoryId}>
                    <h4>{categoryName(table.categoryId)}</h4>
                    <table className="data-table compact">
                      <thead>
                        <tr>
                          {table.columns.map((column) => (
                            <th key={column} scope="col">
                              {column}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {table.rows.map((row, r) => (
                          <tr key={r}>
                            {row.map((cell, c) => (
                              <td key={c}>{cell}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ))}
              {state.result.matched > 0 && (
                <div className="form-actions">
                  <Checkbox checked={shouldAttachRaw} onChange={setShouldAttachRaw}>
                    {t('collect.attachRaw')}
                  </Checkbox>
                  <Button
                    variant="primary"
                    busy={act.busy}
                    onClick={() => {
                      const rows = state.result!.tables.reduce(
                        (sum, table) => sum + table.rows.length,
                        0
                      )
                      void act.run(async () => {
                        const failure = await importer.save(source, shouldAttachRaw)
                        if (failure) return failure
                        return {
                          tone: 'success',
                          text: t('collect.saved', { rows, source: source.trim() })
                        }
                      })
                    }}
                    data-testid="collect-save"
                  >
                    {t('collect.save')}
                  </Button>
                </div>
              )}
            </div>
          )}
        </>
      )}
      {importer.problem && <Notice tone="error">{importer.problem}</Notice>}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </section>
  )
}
