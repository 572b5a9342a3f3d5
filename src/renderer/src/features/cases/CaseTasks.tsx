import { useState } from 'react'
import { addTask, setTaskDone } from '../../../../core'
import { formatInstantDate, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { taskLabel } from './caseLabels'
import { useCaseCommand, type CaseView } from './useCases'

export function CaseTasks({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const [label, setLabel] = useState('')
  const [error, setError] = useState<string | null>(null)
  const dsrCase = view.case
  return (
    <Section title={t('detail.tasks')} id="tasks-title">
      <ul className="plain checklist" data-testid="case-tasks">
        {dsrCase.tasks.map((task) => (
          <li key={task.id}>
            <Checkbox
              checked={task.done}
              onChange={(done) =>
                void run((ctx) => setTaskDone(dsrCase, task.id, done, ctx)).then(setError)
              }
            >
              <span className={task.done ? 'done' : undefined}>{taskLabel(t, task)}</span>
              {task.doneAt && <span className="muted"> ({formatInstantDate(task.doneAt)})</span>}
            </Checkbox>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void run((ctx) => addTask(dsrCase, label, ctx)).then((failure) => {
            setError(failure)
            if (!failure) setLabel('')
          })
        }}
        noValidate
      >
        <label>
          <span className="visually-hidden">{t('detail.addTask')}</span>
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            placeholder={t('detail.addTask')}
          />
        </label>
        <Button type="submit">{t('detail.addTask')}</Button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
    </Section>
  )
}
