/**
 * The inventory form with fake settings hooks: a name is required, texts and lines stay
 * within the stored schema's limits, lists are one item a line, and the typed category is saved.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_INVENTORY } from '@core/inventory/seed'
import { renderInLanguage } from '../../lib/testing'
import { InventoryPanel } from './InventoryPanel'

const hooks = vi.hoisted(() => ({ save: vi.fn(), remove: vi.fn() }))

vi.mock('../settings/useSettings', async () => {
  const seed = await import('@core/inventory/seed')
  const [first, second] = seed.SEED_INVENTORY
  const inventory = [
    { ...first!, namedRecipients: [{ name: 'Fraktbolaget AB', role: 'processor' as const }] },
    second!
  ]
  return {
    useInventory: () => inventory,
    useSettingsCommands: () => ({ saveCategory: hooks.save, deleteCategory: hooks.remove })
  }
})

beforeEach(() => {
  hooks.save.mockReset().mockResolvedValue(undefined)
  hooks.remove.mockReset().mockResolvedValue(undefined)
})

describe('InventoryPanel', () => {
  it('checks a new category against the stored limits before saving it', async () => {
    const user = userEvent.setup()
    renderInLanguage(<InventoryPanel />)
    await user.click(screen.getByRole('button', { name: 'Ny kategori' }))
    const form = screen.getByRole('form', { name: 'Spara kategori' })
    expect((screen.getByTestId('inventory-name') as HTMLInputElement).maxLength).toBe(200)
    fireEvent.change(screen.getByTestId('inventory-purposes'), {
      target: { value: `Kortare ändamål\n${'x'.repeat(1001)}` }
    })
    fireEvent.change(screen.getByTestId('inventory-recipients'), {
      target: { value: Array.from({ length: 51 }, (_, i) => `Mottagare ${i}`).join('\n') }
    })
    fireEvent.change(screen.getByTestId('inventory-examples'), {
      target: { value: 'x'.repeat(2001) }
    })
    await user.click(within(form).getByRole('button', { name: 'Spara kategori' }))
    await within(form).findByText('Fyll i det här fältet.')
    expect(within(form).getByText('Högst 1000 tecken per rad.')).toBeTruthy()
    expect(within(form).getByText('Högst 50 rader.')).toBeTruthy()
    expect(within(form).getByText('Högst 2000 tecken.')).toBeTruthy()
    expect(hooks.save).not.toHaveBeenCalled()

    await user.type(screen.getByTestId('inventory-name'), 'Kundtjänstsamtal')
    fireEvent.change(screen.getByTestId('inventory-purposes'), {
      target: { value: ' Besvara frågor \n\nFörbättra tjänsten' }
    })
    fireEvent.change(screen.getByTestId('inventory-recipients'), { target: { value: '' } })
    fireEvent.change(screen.getByTestId('inventory-examples'), {
      target: { value: 'Inspelade samtal' }
    })
    await user.click(within(form).getByRole('button', { name: 'Spara kategori' }))
    await waitFor(() => expect(hooks.save).toHaveBeenCalledOnce())
    expect(hooks.save.mock.calls[0]![0]).toMatchObject({
      name: 'Kundtjänstsamtal',
      examples: 'Inspelade samtal',
      purposes: ['Besvara frågor', 'Förbättra tjänsten'],
      recipients: []
    })
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Spara kategori' })).toBeNull())
  })

  it('edits a category with its lists one a line and keeps its id and named recipients', async () => {
    const user = userEvent.setup()
    renderInLanguage(<InventoryPanel />, 'en')
    const category = {
      ...SEED_INVENTORY[0]!,
      namedRecipients: [{ name: 'Fraktbolaget AB', role: 'processor' }]
    }
    const row = screen.getByRole('row', { name: new RegExp(category.name) })
    await user.click(within(row).getByRole('button', { name: 'Edit' }))
    const recipients = screen.getByTestId('inventory-recipients') as HTMLTextAreaElement
    expect(recipients.value).toBe(category.recipients.join('\n'))
    await user.click(screen.getByRole('button', { name: 'Save category' }))
    await waitFor(() => expect(hooks.save).toHaveBeenCalledWith(category))
  })

  it('names the recipients of a category with their role; a recipient needs a name', async () => {
    const user = userEvent.setup()
    renderInLanguage(<InventoryPanel />)
    const row = screen.getByRole('row', { name: new RegExp(SEED_INVENTORY[0]!.name) })
    await user.click(within(row).getByRole('button', { name: 'Ändra' }))
    expect((screen.getByTestId('inventory-named-name-0') as HTMLInputElement).value).toBe(
      'Fraktbolaget AB'
    )
    await user.click(screen.getByTestId('inventory-named-add'))
    // A row just added says nothing until she leaves it or saves.
    expect(screen.queryByText('Fyll i det här fältet.')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Spara kategori' }))
    await screen.findByText('Fyll i det här fältet.')
    expect(hooks.save).not.toHaveBeenCalled()
    await user.type(screen.getByTestId('inventory-named-name-1'), ' Skatteverket ')
    await user.selectOptions(screen.getByTestId('inventory-named-role-1'), 'authority')
    await user.click(screen.getByRole('button', { name: 'Spara kategori' }))
    await waitFor(() => expect(hooks.save).toHaveBeenCalledOnce())
    expect(hooks.save.mock.calls[0]![0].namedRecipients).toEqual([
      { name: 'Fraktbolaget AB', role: 'processor' },
      { name: 'Skatteverket', role: 'authority' }
    ])
  })
})
