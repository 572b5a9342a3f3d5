import { useState } from 'react'
import { removeAttachment, voidLetter, type CorrespondenceEntry } from '@core'
import { formatDateTime, useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Badge } from '../../ui/Badge'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { ReasonDialog } from '../../ui/ReasonDialog'
import { AttachmentPreview } from './AttachmentPreview'
import { fileSize } from './fileSize'
import { useAttachments, type AttachmentMeta } from './useAttachments'
import { useCaseCommand, type CaseView } from './useCases'

type Pending =
  { kind: 'void'; entry: CorrespondenceEntry } | { kind: 'remove'; meta: AttachmentMeta } | null

/**
 * The case's correspondence, newest first: each entry with its attachments (view, save, remove
 * with a reason), outgoing letters can be voided with a reason; voided letters and removed files
 * stay visible in the history.
 */
export function CorrespondenceList({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const dsrCase = view.case
  const { run } = useCaseCommand()
  const { attachments, save, open } = useAttachments(dsrCase.id)
  const act = useAction()
  const [pending, setPending] = useState<Pending>(null)
  const [previewing, setPreviewing] = useState<AttachmentMeta | null>(null)
  const byId = new Map((attachments ?? []).map((attachment) => [attachment.id, attachment]))
  const entries = [...dsrCase.correspondence].sort((a, b) => b.at.localeCompare(a.at))

  const saveFile = (id: string) =>
    void act.run(async () => {
      const result = await save(id)
      return result.saved && result.path ? { tone: 'success', text: result.path } : null
    })

  const confirm = (reason: string) => {
    const current = pending
    setPending(null)
    if (!current) return
    void act.run(async () => {
      if (current.kind === 'void')
        return (
          (await run((ctx) => voidLetter(dsrCase, { entryId: current.entry.id, reason }, ctx))) ?? {
            tone: 'success',
            text: t('letters.voidDone')
          }
        )
      const failure = await run(
        (ctx) =>
          removeAttachment(
            dsrCase,
            { attachmentId: current.meta.id, name: current.meta.name, reason },
            ctx
          ),
        { deleteAttachmentIds: [current.meta.id] }
      )
      return failure ?? { tone: 'success', text: t('detail.saved') }
    })
  }

  return (
    <>
      <ol className="timeline" data-testid="case-correspondence">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.voidedAt ? 'voided' : undefined}>
            <div>
              <Badge tone={entry.direction === 'in' ? 'info' : 'neutral'}>
                {t(`detail.direction.${entry.direction}` as MessageKey)}
              </Badge>{' '}
              <span className="muted">
                {formatDateTime(entry.at)} · {t(`channel.${entry.medium}` as MessageKey)}
              </span>{' '}
              {entry.toPost && <Badge tone="warning">{t('detail.toPost')}</Badge>}
              {entry.postedAt && (
                <Badge tone="success">{t('detail.posted', { date: entry.postedAt })}</Badge>
              )}
              {entry.voidedAt && <Badge tone="danger">{t('letters.void')}</Badge>}
            </div>
            <strong>{entry.subject}</strong>
            {entry.voidedAt && (
              <p className="muted" data-testid="letter-voided">
                {t('letters.voided', {
                  date: formatDateTime(entry.voidedAt),
                  reason: entry.voidReason ?? ''
                })}
              </p>
            )}
            {entry.body && <p className="prewrap">{entry.body}</p>}
            {entry.attachmentIds.length > 0 && (
              <ul className="plain attachments">
                {entry.attachmentIds.map((attachmentId) => {
                  const meta = byId.get(attachmentId)
                  return (
                    <li key={attachmentId} data-testid="attachment">
                      📎 {meta?.name ?? '…'}{' '}
                      {meta && (
                        <span className="muted">
                          {t('detail.attachmentMeta', {
                            type: meta.mime,
                            size: fileSize(meta.size),
                            date: formatDateTime(meta.addedAt)
                          })}
                        </span>
                      )}{' '}
                      {meta && (
                        <>
                          <Button
                            variant="link"
                            onClick={() => setPreviewing(meta)}
                            data-testid="attachment-open"
                          >
                            {t('detail.attachmentOpen')}
                          </Button>
                          <Button
                            variant="link"
                            onClick={() => saveFile(attachmentId)}
                            data-testid="attachment-save"
                          >
                            {t('detail.attachmentSave')}
                          </Button>
                          <Button
                            variant="link"
                            onClick={() => setPending({ kind: 'remove', meta })}
                            data-testid="attachment-remove"
                          >
                            {t('detail.attachmentRemove')}
                          </Button>
                        </>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
            {(entry.removedAttachments ?? []).map((removed) => (
              <p key={removed.id} className="muted" data-testid="attachment-removed">
                {t('detail.attachmentRemoved', {
                  name: removed.name,
                  date: formatDateTime(removed.removedAt),
                  reason: removed.reason
                })}
              </p>
            ))}
            {entry.direction === 'out' && !entry.voidedAt && (
              <Button
                variant="link"
                onClick={() => setPending({ kind: 'void', entry })}
                data-testid="letter-void"
              >
                {t('letters.void')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <ReasonDialog
        open={pending !== null}
        title={
          pending?.kind === 'remove'
            ? t('detail.attachmentRemoveTitle', { name: pending.meta.name })
            : t('letters.voidTitle')
        }
        intro={
          pending?.kind === 'remove' ? t('detail.attachmentRemoveIntro') : t('letters.voidIntro')
        }
        label={
          pending?.kind === 'remove' ? t('detail.attachmentRemoveReason') : t('letters.voidReason')
        }
        confirmLabel={pending?.kind === 'remove' ? t('detail.attachmentRemove') : t('letters.void')}
        requiredMessage={t('error.LETTER_REASON_REQUIRED')}
        busy={act.busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
      {previewing && (
        <AttachmentPreview
          meta={previewing}
          load={open}
          onSave={() => saveFile(previewing.id)}
          onClose={() => setPreviewing(null)}
        />
      )}
    </>
  )
}
