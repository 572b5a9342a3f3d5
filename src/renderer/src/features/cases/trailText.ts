/**
 * The sentences of "how the deadline was computed" and the planning warnings, from the core's
 * trail steps. Dates are shown with their weekday ("tisdag 2026-04-07"), as the law counts
 * days; days off are named from the catalog.
 */
import type { PlanningWarning, TrailStep } from '@core/deadlines/deadlines'
import {
  formatDayAndDate,
  formatList,
  type Language,
  type MessageKey,
  type Translate
} from '../../lib/i18n'

const DATE_PARAMS = new Set(['date', 'from', 'to', 'end', 'raw', 'restart', 'planBy'])

export function trailStepText(t: Translate, language: Language, step: TrailStep): string {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(step.params)) {
    if (name === 'skipped') continue
    params[name] =
      typeof value === 'string' && DATE_PARAMS.has(name)
        ? formatDayAndDate(value, language)
        : typeof value === 'number'
          ? value
          : String(value)
  }
  if (step.code === 'trail.rolled') {
    params['skipped'] = formatList(
      step.params.skipped.map((day) =>
        t('trail.skippedDay', {
          date: day.date,
          reason: t(`holiday.${day.reason}` as MessageKey)
        })
      ),
      language
    )
  }
  return t(step.code, params)
}

export function planningWarningText(
  t: Translate,
  language: Language,
  warning: PlanningWarning
): string {
  const { which, date, eve, planBy } = warning.params
  return t(warning.code, {
    which,
    date,
    eve: t(`holiday.${eve}` as MessageKey),
    planBy: formatDayAndDate(planBy, language)
  })
}
