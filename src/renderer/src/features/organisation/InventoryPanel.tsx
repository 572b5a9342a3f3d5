import { useState, type FormEvent } from 'react'
import type { InventoryCategory } from '../../../../core'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useInventory, useSettingsCommands } from '../settings/useSettings'

type Draft = Record<
  'name' | 'examples' | 'purposes' | 'legalBasis' | 'recipients' | 'retention' | 'source',
  string
>
const EMPTY: Draft = {
  name: '',
  examples: '',
  purposes: '',
  legalBasis: '',
  recipients: '',
  retention: '',
  source: ''
}
const FIELDS: [keyof Draft, MessageKey, boolean][] = [
  ['name', 'inventory.name', false],
  ['examples', 'inventory.examples', true],
  ['purposes', 'inventory.purposes', true],
  ['legalBasis', 'inventory.legalBasis', false],
  ['recipients', 'inventory.recipients', true],
  ['retention', 'inventory.retention', true],
  ['source', 'inventory.source', false]
]

function toDraft(category: InventoryCategory): Draft {
  return {
    ...category,
    purposes: category.purposes.join('\n'),
    recipients: category.recipients.join('\n')
  }
}

/** The processing inventory the registerutdrag is filled from (seeded from the policy). */
export function InventoryPanel() {
  const { t } = useI18n()
  const inventory = useInventory()
  const { saveCategory, deleteCategory, restoreCategory } = useSettingsCommands()
  const act = useAction()
  const [confirming, setConfirming] = useState<InventoryCategory | null>(null)
  const [removed, setRemoved] = useState<InventoryCategory | null>(null)

  const remove = () => {
    const category = confirming
    setConfirming(null)
    if (!category) return
    void act.run(async () => {
      setRemoved((await deleteCategory(category.id)) ?? null)
    })
  }

  const undo = () => {
    const category = removed
    if (!category) return
    void act.run(
      async () => {
        await restoreCategory(category)
        setRemoved(null)
      },
      t('inventory.restored', { name: category.name })
    )
  }
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!editing) return
    const { draft } = editing
    if (!draft.name.trim()) return act.setFeedback({ tone: 'error', text: t('inventory.required') })
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    void act.run(async () => {
      await saveCategory({
        id: editing.id ?? crypto.randomUUID(),
        name: draft.name.trim(),
        examples: draft.examples.trim(),
        purposes: lines(draft.purposes),
        legalBasis: draft.legalBasis.trim(),
        recipients: lines(draft.recipients),
        retention: draft.retention.trim(),
        source: draft.source.trim()
      })
      setEditing(null)
    })
  }

  return (
    <section className="panel" aria-labelledby="inventory-title">
      <h2 id="inventory-title">{t('inventory.title')}</h2>
      <p className="muted">{t('inventory.intro')}</p>
      <table className="data-table compact" data-testid="inventory-table">
        <tbody>
          {(inventory ?? []).map((category) => (
            <tr key={category.id}>
              <th scope="row">{category.name}</th>
              <td>{category.examples}</td>
              <td>
                <Button
                  variant="link"
                  onClick={() => setEditing({ id: category.id, draft: toDraft(category) })}
                >
                  {t('inventory.edit')}
                </Button>{' '}
                <Button
                  variant="link"
                  onClick={() => (setRemoved(null), setConfirming(category))}
                  data-testid="inventory-delete"
                >
                  {t('inventory.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <form className="subform" onSubmit={submit} noValidate>
          {FIELDS.map(([key, label, multiline]) => (
            <Field key={key} label={t(label)}>
              {({ id }) =>
                multiline ? (
                  <textarea
                    id={id}
                    rows={3}
                    value={editing.draft[key]}
                    onChange={(event) =>
                      setEditing({
                        ...editing,
                        draft: { ...editing.draft, [key]: event.target.value }
                      })
                    }
                  />
                ) : (
                  <input
                    id={id}
                    value={editing.draft[key]}
                    onChange={(event) =>
                      setEditing({
                        ...editing,
                        draft: { ...editing.draft, [key]: event.target.value }
                      })
                    }
                  />
                )
              }
            </Field>
          ))}
          <div className="form-actions">
            <Button type="submit" variant="primary">
              {t('inventory.save')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : (
        <Button onClick={() => setEditing({ id: null, draft: EMPTY })}>{t('inventory.add')}</Button>
      )}
      {removed && (
        <Notice tone="info">
          <span data-testid="inventory-removed">
            {t('inventory.removed', { name: removed.name })}
          </span>{' '}
          <Button variant="link" onClick={undo} data-testid="inventory-undo">
            {t('inventory.undo')}
          </Button>
        </Notice>
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <ConfirmDialog
        open={confirming !== null}
        title={t('inventory.confirmTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('inventory.delete')}
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('inventory.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  )
}
