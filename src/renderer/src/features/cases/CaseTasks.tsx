import { useState } from 'react'
import { addTask, setTaskDone } from '@core'
import { useZodForm } from '../../lib/forms'
import { formatInstantDate, useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { TextField } from '../../ui/TextField'
import { CASE_LIMITS, taskSchema, type TaskDraft } from './caseForms'
import { taskLabel } from './caseLabels'
import { useCaseCommand, type CaseView } from './useCases'

export function CaseTasks({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const form = useZodForm<TaskDraft>(taskSchema, { label: '' })
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
        onSubmit={form.handleSubmit(
          (draft) =>
            void run((ctx) => addTask(dsrCase, draft.label, ctx)).then((failure) => {
              setError(failure)
              if (!failure) form.reset({ label: '' })
            })
        )}
        noValidate
        aria-label={t('detail.addTask')}
      >
        <TextField
          form={form}
          name="label"
          label={t('detail.addTask')}
          maxLength={CASE_LIMITS.taskLabel}
          testId="task-label"
        />
        <Button type="submit">{t('detail.addTask')}</Button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
    </Section>
  )
}
