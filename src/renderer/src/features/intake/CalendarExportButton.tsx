import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { useCalendarExport } from './useCalendarExport'

/** Saves the deadlines of every open case, or of one case, as an .ics file. */
export function CalendarExportButton({ caseId }: { caseId?: string }) {
  const { t } = useI18n()
  const exportIcs = useCalendarExport()
  const act = useAction()
  return (
    <span className="calendar-export">
      <Button
        onClick={() => void act.run(() => exportIcs(caseId))}
        busy={act.busy}
        data-testid={caseId ? 'calendar-export-case' : 'calendar-export'}
      >
        {t(caseId ? 'calendar.exportCase' : 'calendar.export')}
      </Button>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </span>
  )
}
