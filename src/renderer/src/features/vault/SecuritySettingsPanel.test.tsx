/** The idle-lock setting with fake hooks: a whole number of minutes within the stored range. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderInLanguage } from '../../lib/testing'
import { SecuritySettingsPanel } from './SecuritySettingsPanel'

const hooks = vi.hoisted(() => ({ save: vi.fn() }))

vi.mock('../settings/useSettings', () => ({
  useSecuritySettings: () => ({ idleMinutes: 10 }),
  useSettingsCommands: () => ({ saveSecuritySettings: hooks.save })
}))
vi.mock('./VaultProvider', () => ({ useVault: () => ({ vault: { changePassphrase: vi.fn() } }) }))

beforeEach(() => hooks.save.mockReset().mockResolvedValue(undefined))

describe('SecuritySettingsPanel: idle lock', () => {
  it.each(['0', '121', '2,5', 'tio'])('refuses %s minutes with a field message', async (typed) => {
    const user = userEvent.setup()
    renderInLanguage(<SecuritySettingsPanel />)
    const form = screen.getByRole('form', { name: /Lås automatiskt/ })
    const input = screen.getByTestId('idle-minutes') as HTMLInputElement
    expect(input.value).toBe('10')
    await user.clear(input)
    await user.type(input, typed)
    await user.click(within(form).getByRole('button', { name: 'Spara' }))
    await within(form).findByText('Ange ett heltal från 1 till 120.')
    expect(hooks.save).not.toHaveBeenCalled()
    expect(input.value).toBe(typed)
  })

  it('saves a whole number of minutes', async () => {
    const user = userEvent.setup()
    renderInLanguage(<SecuritySettingsPanel />, 'en')
    const input = screen.getByTestId('idle-minutes')
    await user.clear(input)
    await user.type(input, '2')
    const form = screen.getByRole('form', { name: /Lock automatically/ })
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(hooks.save).toHaveBeenCalledWith({ idleMinutes: 2 }))
    await screen.findByText('The automatic lock time was saved.')
  })
})
