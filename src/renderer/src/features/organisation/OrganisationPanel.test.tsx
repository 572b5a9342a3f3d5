/**
 * The organisation form with fake settings hooks: limits from the stored schema, required
 * fields, the organisationsnummer and e-mail checked before anything is saved, and the saved
 * profile keeps what the form does not show.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_ORGANISATION } from '@core/inventory/seed'
import { renderInLanguage } from '../../lib/testing'
import { OrganisationPanel } from './OrganisationPanel'

const hooks = vi.hoisted(() => ({ saveOrganisation: vi.fn() }))

vi.mock('../cases/useCases', () => ({ today: () => '2026-11-24' }))
vi.mock('../settings/useSettings', async () => {
  const seed = await import('@core/inventory/seed')
  return {
    useOrganisation: () => ({
      ...seed.SEED_ORGANISATION,
      website: 'https://entrack.se',
      address: { ...seed.SEED_ORGANISATION.address, co: 'Dataskydd' }
    }),
    useLetterSettings: () => ({ layout: { addressLeftMm: 20, addressTopMm: 45 }, templates: {} }),
    useSettingsCommands: () => ({ saveOrganisation: hooks.saveOrganisation })
  }
})

beforeEach(() => {
  hooks.saveOrganisation.mockReset()
  hooks.saveOrganisation.mockResolvedValue(undefined)
})

describe('OrganisationPanel', () => {
  it('shows field messages and saves nothing while a field is wrong', async () => {
    const user = userEvent.setup()
    renderInLanguage(<OrganisationPanel />)
    const name = screen.getByTestId('org-name') as HTMLInputElement
    expect(name.maxLength).toBe(200)
    fireEvent.change(name, { target: { value: 'x'.repeat(201) } })
    await user.clear(screen.getByTestId('org-city'))
    await user.type(screen.getByTestId('org-orgNumber'), '12345')
    await user.clear(screen.getByTestId('org-email'))
    await user.type(screen.getByTestId('org-email'), 'dataskydd.entrack.se')
    await user.clear(screen.getByTestId('org-postalCode'))
    await user.type(screen.getByTestId('org-postalCode'), '1756')
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    await screen.findByText('Högst 200 tecken.')
    expect(screen.getByText('Fyll i det här fältet.')).toBeTruthy()
    expect(screen.getByText('Ange en e-postadress som namn@exempel.se.')).toBeTruthy()
    expect(screen.getByText(/^Ange ett svenskt postnummer/)).toBeTruthy()
    expect(
      screen.getByText('Organisationsnumret ska ha 10 siffror, till exempel 556016-0680.')
    ).toBeTruthy()
    expect(hooks.saveOrganisation).not.toHaveBeenCalled()
    expect(name.value).toHaveLength(201)
  })

  it('saves the financial year and keeps the fields the form does not show', async () => {
    const user = userEvent.setup()
    renderInLanguage(<OrganisationPanel />, 'en')
    await user.selectOptions(screen.getByTestId('org-financial-year'), '6')
    await user.type(screen.getByTestId('org-orgNumber'), '556677-8899')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(hooks.saveOrganisation).toHaveBeenCalledOnce())
    expect(hooks.saveOrganisation).toHaveBeenCalledWith({
      ...SEED_ORGANISATION,
      orgNumber: '556677-8899',
      website: 'https://entrack.se',
      address: { ...SEED_ORGANISATION.address, co: 'Dataskydd' },
      financialYearEndMonth: 6
    })
    await screen.findByText('The organisation details were saved.')
  })
})
