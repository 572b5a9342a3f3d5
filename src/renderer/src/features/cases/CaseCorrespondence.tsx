import { useState, type DragEvent } from 'react'
import { addCorrespondence, CASE_CHANNELS, type CaseChannel } from '@core'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { TextField } from '../../ui/TextField'
import { CASE_LIMITS, correspondenceSchema, type CorrespondenceDraft } from './caseForms'
import { CorrespondenceList } from './CorrespondenceList'
import { fileSize } from './fileSize'
import { MAX_ATTACHMENT_BYTES, useAttachments } from './useAttachments'
import { useCaseCommand, type CaseView } from './useCases'

export function CaseCorrespondence({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const dsrCase = view.case
  const { stage } = useAttachments(dsrCase.id)
  const action = useAction()
  const [direction, setDirection] = useState<'in' | 'out'>('in')
  const [medium, setMedium] = useState<CaseChannel>(dsrCase.channel)
  const form = useZodForm<CorrespondenceDraft>(correspondenceSchema, { subject: '', body: '' })
  const [toPost, setToPost] = useState(false)
  const [files, setFiles] = useState<File[]>([])
  const [isDragging, setIsDragging] = useState(false)

  const addFiles = (list: FileList | null) => {
    if (!list) return
    const chosen = [...list]
    const tooLarge = chosen.find((file) => file.size > MAX_ATTACHMENT_BYTES)
    if (tooLarge)
      action.setFeedback({
        tone: 'error',
        text: t('detail.attachmentTooLarge', { name: tooLarge.name })
      })
    setFiles((current) => [
      ...current,
      ...chosen.filter((file) => file.size <= MAX_ATTACHMENT_BYTES)
    ])
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setIsDragging(false)
    addFiles(event.dataTransfer.files)
  }

  const submit = form.handleSubmit(({ subject, body }) =>
    action.run(async () => {
      const staged = await stage(
        await Promise.all(
          files.map(async (file) => ({
            name: file.name,
            type: file.type,
            data: new Uint8Array(await file.arrayBuffer())
          }))
        )
      )
      const failure = await run(
        (ctx) =>
          addCorrespondence(
            dsrCase,
            {
              direction,
              medium,
              at: ctx.now.toISOString(),
              subject,
              ...(body ? { body } : {}),
              attachmentIds: staged.map((item) => item.meta.id),
              ...(direction === 'out' && toPost ? { toPost: true } : {})
            },
            ctx
          ),
        { attachments: staged }
      )
      if (failure) return failure
      form.reset()
      setFiles([])
    }, t('detail.saved'))
  )

  return (
    <Section title={t('detail.correspondence')} id="correspondence-title">
      <CorrespondenceList view={view} />
      <form
        className="subform"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('detail.addEntry')}
      >
        <h3>{t('detail.addEntry')}</h3>
        <div className="inline-form">
          <label>
            {t('detail.direction')}{' '}
            <select
              value={direction}
              onChange={(event) => setDirection(event.target.value as 'in' | 'out')}
            >
              <option value="in">{t('detail.direction.in')}</option>
              <option value="out">{t('detail.direction.out')}</option>
            </select>
          </label>
          <label>
            {t('new.channel')}{' '}
            <select
              value={medium}
              onChange={(event) => setMedium(event.target.value as CaseChannel)}
            >
              {CASE_CHANNELS.map((value) => (
                <option key={value} value={value}>
                  {t(`channel.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {direction === 'out' && (
            <Checkbox checked={toPost} onChange={setToPost}>
              {t('detail.toPost')}
            </Checkbox>
          )}
        </div>
        <TextField
          form={form}
          name="subject"
          label={t('detail.entrySubject')}
          maxLength={CASE_LIMITS.correspondenceSubject}
          required
          testId="entry-subject"
        />
        <TextField
          form={form}
          name="body"
          label={t('detail.entryBody')}
          multiline
          rows={3}
          maxLength={CASE_LIMITS.correspondenceBody}
          testId="entry-body"
        />
        <div
          className={isDragging ? 'dropzone dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault()
            setIsDragging(true)
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={onDrop}
        >
          <label>
            {t('detail.dropFiles')}{' '}
            <input
              type="file"
              multiple
              onChange={(event) => addFiles(event.target.files)}
              data-testid="entry-files"
            />
          </label>
          {files.length > 0 && (
            <ul className="plain">
              {files.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  📎 {file.name} <span className="muted">({fileSize(file.size)})</span>{' '}
                  <Button
                    variant="link"
                    onClick={() =>
                      setFiles((current) => current.filter((_, other) => other !== index))
                    }
                  >
                    {t('detail.fileRemove', { name: file.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {action.feedback && <Notice tone={action.feedback.tone}>{action.feedback.text}</Notice>}
        <Button type="submit" busy={action.busy}>
          {t('detail.addEntry')}
        </Button>
      </form>
    </Section>
  )
}
