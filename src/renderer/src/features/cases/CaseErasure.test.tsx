/**
 * Erasure and blocks with fake hooks: a block needs its start day and permitted use (within
 * the core's limit) and, for another obligation, its end; the start of a bokföringslagen block
 * is the organisation's last financial-year end; the default permitted use is in the DPO's
 * language.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_INVENTORY } from '@core/inventory/seed'
import { testCase } from '../../../../../tests/fixtures/cases'
import { renderInLanguage } from '../../lib/testing'
import { CaseErasure } from './CaseErasure'
import { TEST_TODAY, type fakeCaseCommands } from './caseTestKit'
import { viewOf } from './caseViews'

const commands = vi.hoisted(() => ({
  fake: null as unknown as ReturnType<typeof fakeCaseCommands>
}))

vi.mock('./useCases', async () => {
  const kit = await import('./caseTestKit')
  commands.fake = kit.fakeCaseCommands()
  return {
    today: () => kit.TEST_TODAY,
    useCaseCommand: () => ({ run: commands.fake.run, context: commands.fake.context })
  }
})
vi.mock('../settings/useSettings', async () => {
  const seed = await import('@core/inventory/seed')
  return {
    useInventory: () => seed.SEED_INVENTORY,
    useOrganisation: () => ({ ...seed.SEED_ORGANISATION, financialYearEndMonth: 6 })
  }
})

beforeEach(() => commands.fake.reset())

const view = () =>
  viewOf(testCase({ type: 'erasure', receivedAt: '2026-11-20' }), undefined, TEST_TODAY)

async function chooseBlock(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: /Spärra|Block/ }))
}

describe('CaseErasure', () => {
  it('blocks a category from the last financial-year end with its permitted use', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseErasure view={view()} />)
    const form = screen.getByRole('form', { name: 'Spara beslut' })
    const category = SEED_INVENTORY[1]!
    await user.selectOptions(screen.getByTestId('erasure-category'), category.id)
    await chooseBlock(user)
    expect((screen.getByTestId('erasure-start') as HTMLInputElement).value).toBe('2026-06-30')
    const allowedUse = screen.getByTestId('erasure-allowed-use') as HTMLTextAreaElement
    expect(allowedUse.value).toMatch(/^Endast för att uppfylla den rättsliga förpliktelsen/)
    expect(allowedUse.maxLength).toBe(1000)
    await user.clear(allowedUse)
    await user.click(within(form).getByRole('button', { name: 'Spara beslut' }))
    await within(form).findByText('Fyll i det här fältet.')
    fireEvent.change(allowedUse, { target: { value: 'x'.repeat(1001) } })
    await within(form).findByText('Högst 1000 tecken.')
    expect(commands.fake.results).toHaveLength(0)

    fireEvent.change(allowedUse, { target: { value: 'Skatteverkets granskning' } })
    await user.click(within(form).getByRole('button', { name: 'Spara beslut' }))
    await screen.findByText('Sparat.')
    expect(commands.fake.lastCase().erasure).toEqual([
      {
        categoryId: category.id,
        action: 'block',
        legalBasis: 'bokforingslagen',
        startEvent: '2026-06-30',
        releaseDate: '2034-01-01',
        allowedUse: 'Skatteverkets granskning'
      }
    ])
  })

  it('asks another obligation for its start and end, in English with an English default', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseErasure view={view()} />, 'en')
    const form = screen.getByRole('form', { name: 'Save decision' })
    await chooseBlock(user)
    expect((screen.getByTestId('erasure-allowed-use') as HTMLTextAreaElement).value).toBe(
      'Only to meet the legal obligation (for example an audit by the Swedish Tax Agency)'
    )
    await user.selectOptions(screen.getByTestId('erasure-basis'), 'other')
    // The start day was the financial-year end only for bokföringslagen.
    expect((screen.getByTestId('erasure-start') as HTMLInputElement).value).toBe('')
    await user.click(within(form).getByRole('button', { name: 'Save decision' }))
    await waitFor(() => expect(within(form).getAllByText('Fill in this field.')).toHaveLength(2))
    expect(commands.fake.results).toHaveLength(0)
    fireEvent.change(screen.getByTestId('erasure-start'), { target: { value: '2026-01-15' } })
    fireEvent.change(screen.getByTestId('erasure-release'), { target: { value: '2027-01-16' } })
    await user.click(within(form).getByRole('button', { name: 'Save decision' }))
    await screen.findByText('Saved.')
    expect(commands.fake.lastCase().erasure[0]).toMatchObject({
      legalBasis: 'other',
      startEvent: '2026-01-15',
      releaseDate: '2027-01-16'
    })
  })
})
