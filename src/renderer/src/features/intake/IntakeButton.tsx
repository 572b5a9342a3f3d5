import { useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { useEmailIntake } from './useEmailIntake'

/** "Importera e-post" in the header: main's open dialog, then the intake page. */
export function IntakeButton() {
  const { t } = useI18n()
  const { choose } = useEmailIntake()
  const act = useAction()
  return (
    <Button onClick={() => void act.run(choose)} busy={act.busy} data-testid="intake-choose">
      {t('intake.choose')}
    </Button>
  )
}
