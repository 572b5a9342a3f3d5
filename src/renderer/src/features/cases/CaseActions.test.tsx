/**
 * The case actions with a fake useCaseCommand (the real core commands, a fixed clock): the
 * extension, reopening and clock-stop forms show field messages before anything runs, keep what
 * was typed, and run the command with the typed values.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { testCase } from '../../../../../tests/fixtures/cases'
import { renderInLanguage } from '../../lib/testing'
import { CaseActions, CaseClockStops } from './CaseActions'
import { type fakeCaseCommands, TEST_TODAY } from './caseTestKit'
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

beforeEach(() => commands.fake.reset())

const view = (overrides: Parameters<typeof testCase>[0] = {}) =>
  viewOf(testCase({ receivedAt: '2026-11-20', ...overrides }), undefined, TEST_TODAY)

describe('CaseActions', () => {
  it('asks for an explanation within its limit before extending', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseActions view={view()} />)
    const form = screen.getByRole('form', { name: 'Förläng tidsfristen' })
    await user.click(within(form).getByRole('button', { name: 'Förläng tidsfristen' }))
    await within(form).findByText('Fyll i det här fältet.')
    const explanation = screen.getByTestId('extend-explanation') as HTMLTextAreaElement
    expect(explanation.maxLength).toBe(5000)
    fireEvent.change(explanation, { target: { value: 'x'.repeat(5001) } })
    await within(form).findByText('Högst 5000 tecken.')
    expect(commands.fake.results).toHaveLength(0)

    fireEvent.change(explanation, { target: { value: 'Uppgifterna finns i fem system.' } })
    await user.selectOptions(screen.getByTestId('extend-reason'), 'numberOfRequests')
    await user.click(within(form).getByRole('button', { name: 'Förläng tidsfristen' }))
    await screen.findByText('Sparat.')
    expect(commands.fake.lastCase().extension).toMatchObject({
      reason: 'numberOfRequests',
      explanation: 'Uppgifterna finns i fem system.'
    })
  })

  it('reopens a closed case only with a reason, in English too', async () => {
    const user = userEvent.setup()
    renderInLanguage(
      <CaseActions view={view({ status: 'closed', closedAt: '2026-11-23T10:00:00.000Z' })} />,
      'en'
    )
    const form = screen.getByRole('form', { name: 'Reopen' })
    await user.click(within(form).getByRole('button', { name: 'Reopen' }))
    await within(form).findByText('Fill in this field.')
    expect(commands.fake.results).toHaveLength(0)
    await user.type(screen.getByTestId('reopen-reason'), 'New letter from the subject')
    await user.click(within(form).getByRole('button', { name: 'Reopen' }))
    await screen.findByText('Saved.')
    const reopened = commands.fake.lastCase()
    expect(reopened.status).not.toBe('closed')
    expect(reopened.decisions.at(-1)).toMatchObject({
      kind: 'reopen',
      reasons: 'New letter from the subject'
    })
  })
})

describe('CaseClockStops', () => {
  it('takes a question date from the day of receipt up to today', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseClockStops view={view()} />)
    const date = screen.getByTestId('clock-question-sent') as HTMLInputElement
    expect(date.min).toBe('2026-11-20')
    expect(date.max).toBe(TEST_TODAY)
    fireEvent.change(date, { target: { value: '2026-11-19' } })
    await user.click(screen.getByRole('button', { name: 'Stoppa klockan' }))
    await screen.findByText('Datumet kan inte vara tidigare än 2026-11-20.')
    fireEvent.change(date, { target: { value: '2026-11-25' } })
    await screen.findByText('Datumet kan inte vara senare än 2026-11-24.')
    // A day that does not exist: the date input gives nothing.
    fireEvent.change(date, { target: { value: '2026-11-31' } })
    await screen.findByText('Fyll i det här fältet.')
    expect(commands.fake.results).toHaveLength(0)

    fireEvent.change(date, { target: { value: '2026-11-22' } })
    await user.selectOptions(screen.getByTestId('clock-reason'), 'clarification')
    await user.click(screen.getByRole('button', { name: 'Stoppa klockan' }))
    await waitFor(() => expect(commands.fake.results).toHaveLength(1))
    expect(commands.fake.lastCase().clockStops).toEqual([
      { reason: 'clarification', questionSentAt: '2026-11-22', from: '2026-11-22' }
    ])
  })
})
