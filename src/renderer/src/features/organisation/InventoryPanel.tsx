import { useState } from 'react'
import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { RECIPIENT_ROLES, type InventoryCategory } from '@core'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Notice } from '../../ui/Notice'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { useInventory, useSettingsCommands } from '../settings/useSettings'
import {
  categoryOf,
  EMPTY_INVENTORY_DRAFT,
  INVENTORY_INPUT_MAX,
  inventoryDraft,
  INVENTORY_LIMITS,
  inventorySchema,
  type InventoryDraft,
  type TextKey
} from './inventoryForm'

const FIELDS: [TextKey, MessageKey, boolean][] = [
  ['name', 'inventory.name', false],
  ['examples', 'inventory.examples', true],
  ['purposes', 'inventory.purposes', true],
  ['legalBasis', 'inventory.legalBasis', false],
  ['recipients', 'inventory.recipients', true],
  ['retention', 'inventory.retention', true],
  ['source', 'inventory.source', false]
]

/**
 * The processors, authorities and other recipients this category is disclosed to, by name: the
 * registerutdrag lists them (art. 15(1)(c)) and art. 19 checklists offer them.
 */
function NamedRecipientsFields({ form }: { form: UseFormReturn<InventoryDraft> }) {
  const { t } = useI18n()
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'namedRecipients'
  })
  const roles = RECIPIENT_ROLES.map((role) => ({
    value: role,
    label: t(`recipientRole.${role}` as MessageKey)
  }))
  return (
    <fieldset className="subform" data-testid="inventory-named">
      <legend>{t('inventory.namedRecipients')}</legend>
      <p className="muted">{t('inventory.namedRecipientsHint')}</p>
      {fields.map((field, index) => (
        <div className="inline-form" key={field.id} data-testid="inventory-named-row">
          <TextField
            form={form}
            name={`namedRecipients.${index}.name`}
            label={t('inventory.recipientName')}
            maxLength={INVENTORY_LIMITS.recipientName}
            required
            testId={`inventory-named-name-${index}`}
          />
          <SelectField
            form={form}
            name={`namedRecipients.${index}.role`}
            label={t('inventory.recipientRole')}
            options={roles}
            testId={`inventory-named-role-${index}`}
          />
          <Button variant="link" onClick={() => remove(index)}>
            {t('inventory.recipientRemove', { index: index + 1 })}
          </Button>
        </div>
      ))}
      <Button
        onClick={() => append({ name: '', role: 'processor' })}
        data-testid="inventory-named-add"
      >
        {t('inventory.recipientAdd')}
      </Button>
    </fieldset>
  )
}

/** One category being added or changed; limits from the stored schema. */
function CategoryForm({
  editing,
  onDone
}: {
  editing: { category: InventoryCategory | null; draft: InventoryDraft }
  onDone: () => void
}) {
  const { t } = useI18n()
  const { saveCategory } = useSettingsCommands()
  const act = useAction()
  const form = useZodForm<InventoryDraft>(inventorySchema, editing.draft)
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(
        (draft) =>
          void act.run(async () => {
            await saveCategory(categoryOf(editing.category, draft, () => crypto.randomUUID()))
            onDone()
          })
      )}
      noValidate
      aria-label={t('inventory.save')}
    >
      {FIELDS.map(([key, label, multiline]) => (
        <TextField
          key={key}
          form={form}
          name={key}
          label={t(label)}
          maxLength={INVENTORY_INPUT_MAX[key]}
          testId={`inventory-${key}`}
          {...(key === 'name' ? { required: true } : {})}
          {...(multiline ? { multiline: true } : {})}
        />
      ))}
      <NamedRecipientsFields form={form} />
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={act.busy} data-testid="inventory-save">
          {t('inventory.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  )
}

/** The processing inventory the registerutdrag is filled from (seeded from the policy). */
export function InventoryPanel() {
  const { t } = useI18n()
  const inventory = useInventory()
  const { deleteCategory, restoreCategory } = useSettingsCommands()
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
  const [editing, setEditing] = useState<{
    category: InventoryCategory | null
    draft: InventoryDraft
  } | null>(null)

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
                  onClick={() => setEditing({ category, draft: inventoryDraft(category) })}
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
        <CategoryForm
          key={editing.category?.id ?? 'new'}
          editing={editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <Button onClick={() => setEditing({ category: null, draft: EMPTY_INVENTORY_DRAFT })}>
          {t('inventory.add')}
        </Button>
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
