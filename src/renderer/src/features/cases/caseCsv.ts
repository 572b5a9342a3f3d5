import { formatPersonnummerMasked, toCsv } from '@core'
import { formatDate, formatInstantDate, type MessageKey, type Translate } from '../../lib/i18n'
import { statusLabel, typeLabel } from './caseLabels'
import type { CaseRowView } from './useCases'

/**
 * The case list as shown (filtered and sorted) as CSV for Swedish Excel: semicolons, UTF-8 with
 * BOM, formula-looking cells neutralised (core `toCsv`). Personnummer only masked.
 */
export function caseListCsv(t: Translate, rows: readonly CaseRowView[]): string {
  return toCsv(
    [
      t('cases.col.reference'),
      t('cases.col.subject'),
      t('subjects.col.personnummer'),
      t('cases.col.type'),
      t('new.channel'),
      t('cases.col.status'),
      t('cases.col.received'),
      t('cases.col.due'),
      t('csv.answered'),
      t('csv.closed')
    ],
    rows.map((row) => [
      row.case.reference,
      row.subject?.name ?? '',
      row.subject?.personnummer ? formatPersonnummerMasked(row.subject.personnummer) : '',
      typeLabel(t, row.case.type),
      t(`channel.${row.case.channel}` as MessageKey),
      statusLabel(t, row.case.status),
      formatDate(row.case.receivedAt),
      formatDate(row.due),
      row.case.answeredAt ? formatDate(row.case.answeredAt) : '',
      row.case.closedAt ? formatInstantDate(row.case.closedAt) : ''
    ])
  )
}
