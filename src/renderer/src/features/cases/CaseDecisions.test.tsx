/**
 * Decisions, fee and copy with fake hooks (the real core commands through a fake
 * useCaseCommand): field messages before submit, the typed values in the command, the "all
 * data" scope stored as its code and shown in the DPO's language.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { testCase } from '../../../../../tests/fixtures/cases'
import { renderInLanguage } from '../../lib/testing'
import { CaseDecisions } from './CaseDecisions'
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
vi.mock('./useSubjectCases', () => ({ useCopyLedger: () => [] }))

beforeEach(() => commands.fake.reset())

const view = (overrides: Parameters<typeof testCase>[0] = {}) =>
  viewOf(testCase({ receivedAt: '2026-11-20', ...overrides }), undefined, TEST_TODAY)

describe('CaseDecisions', () => {
  it('records a decision with its reasons and refuses over-long reasons first', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseDecisions view={view()} />)
    const form = screen.getByRole('form', { name: 'Registrera beslut' })
    const reasons = screen.getByTestId('decision-reasons') as HTMLTextAreaElement
    fireEvent.change(reasons, { target: { value: 'x'.repeat(5001) } })
    await user.click(within(form).getByRole('button', { name: 'Registrera beslut' }))
    await within(form).findByText('Högst 5000 tecken.')
    expect(commands.fake.results).toHaveLength(0)
    fireEvent.change(reasons, { target: { value: 'Uppgifterna omfattas av sekretess.' } })
    await user.selectOptions(screen.getByTestId('decision-kind'), 'refuse')
    await user.click(within(form).getByRole('button', { name: 'Registrera beslut' }))
    await waitFor(() => expect(reasons.value).toBe(''))
    expect(commands.fake.lastCase().decisions).toMatchObject([
      { kind: 'refuse', reasons: 'Uppgifterna omfattas av sekretess.' }
    ])
  })

  it('asks for a number, a reason and the warning date before a fee', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseDecisions view={view()} />)
    const form = screen.getByRole('form', { name: 'Avgift' })
    await user.type(screen.getByTestId('decision-fee-amount'), 'mycket')
    await user.click(within(form).getByRole('button', { name: 'Spara avgift' }))
    await within(form).findByText('Ange ett tal från 1 till 100000.')
    expect(within(form).getAllByText('Fyll i det här fältet.')).toHaveLength(2)
    expect(commands.fake.results).toHaveLength(0)

    await user.clear(screen.getByTestId('decision-fee-amount'))
    await user.type(screen.getByTestId('decision-fee-amount'), '150,50')
    await user.type(screen.getByTestId('decision-fee-reason'), 'Samma uppgifter som i mars.')
    fireEvent.change(screen.getByTestId('decision-fee-warned'), { target: { value: '2026-11-21' } })
    await user.click(within(form).getByRole('button', { name: 'Spara avgift' }))
    await screen.findByText('Sparat.')
    expect(commands.fake.lastCase().fee).toEqual({
      amountSek: 150.5,
      reason: 'Samma uppgifter som i mars.',
      warnedAt: '2026-11-21'
    })
  })

  it('stores "all data" as a code and shows it in English', async () => {
    const user = userEvent.setup()
    const { unmount } = renderInLanguage(<CaseDecisions view={view()} />, 'en')
    const scope = screen.getByTestId('decision-copy-scope') as HTMLInputElement
    expect(scope.value).toBe('All data')
    expect(scope.maxLength).toBe(500)
    expect(screen.getByTestId('case-free-copy').textContent).not.toMatch(/[åäö]/)
    await user.click(screen.getByRole('button', { name: 'Record delivered copy' }))
    await screen.findByText('Saved.')
    expect(commands.fake.lastCase().copy).toMatchObject({ scope: 'all', free: true })
    unmount()

    // A copy stored with the Swedish words reads in English.
    renderInLanguage(
      <CaseDecisions
        view={view({ copy: { deliveredAt: '2026-11-22', scope: 'Alla uppgifter', free: true } })}
      />,
      'en'
    )
    expect(screen.getByTestId('case-copy').textContent).toBe(
      '2026-11-22 · All data · Free of charge'
    )
  })
})
