import { useState, type FormEvent } from 'react'
import { recordStopped, removeStopped } from '@core'
import { formatDate, useI18n } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { today, useCaseCommand, type CaseView } from './useCases'

/** Objection and opt-out: what was stopped, in which system and from when (art. 21). */
export function CaseStopped({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const act = useAction()
  const dsrCase = view.case
  const [what, setWhat] = useState('')
  const [system, setSystem] = useState('')
  const [from, setFrom] = useState(today())
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void act
      .run(() => run((ctx) => recordStopped(dsrCase, { what, system, from }, ctx)))
      .then((ok) => ok && (setWhat(''), setSystem('')))
  }
  return (
    <Section title={t('detail.stopped')} id="stopped-title">
      <p className="muted">{t('detail.stoppedIntro')}</p>
      {(dsrCase.stopped ?? []).length === 0 ? (
        <p className="muted">{t('detail.stoppedNone')}</p>
      ) : (
        <ul className="plain" data-testid="case-stopped">
          {(dsrCase.stopped ?? []).map((item) => (
            <li key={item.id}>
              {t('detail.stoppedLine', {
                what: item.what,
                system: item.system,
                from: formatDate(item.from)
              })}{' '}
              <Button
                variant="link"
                onClick={() =>
                  void act.run(() => run((ctx) => removeStopped(dsrCase, item.id, ctx)))
                }
              >
                {t('detail.stoppedRemove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field label={t('detail.stoppedWhat')} required>
          {({ id }) => (
            <input
              id={id}
              maxLength={500}
              value={what}
              onChange={(event) => setWhat(event.target.value)}
              data-testid="stopped-what"
            />
          )}
        </Field>
        <Field label={t('detail.stoppedSystem')} required>
          {({ id }) => (
            <input
              id={id}
              maxLength={200}
              value={system}
              onChange={(event) => setSystem(event.target.value)}
              data-testid="stopped-system"
            />
          )}
        </Field>
        <Field label={t('detail.stoppedFrom')} required>
          {({ id }) => (
            <input
              id={id}
              type="date"
              max={today()}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              data-testid="stopped-from"
            />
          )}
        </Field>
        <Button type="submit" busy={act.busy} data-testid="stopped-add">
          {t('detail.stoppedAdd')}
        </Button>
      </form>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
