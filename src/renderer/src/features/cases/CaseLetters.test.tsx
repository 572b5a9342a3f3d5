/**
 * The letter inputs of a case with a fake useLetters: field messages before anything is
 * rendered (free text, period, fee, a data box), and the typed values in the request.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { freeCopyStatus } from '@core'
import { SEED_INVENTORY } from '@core/inventory/seed'
import { testCase } from '../../../../../tests/fixtures/cases'
import { renderInLanguage } from '../../lib/testing'
import { CaseLetters } from './CaseLetters'
import { TEST_TODAY } from './caseTestKit'
import { viewOf } from './caseViews'

const letters = vi.hoisted(() => ({ render: vi.fn(), file: vi.fn() }))

vi.mock('../letters/useLetters', () => ({
  useLetters: () => ({
    ready: { organisation: {}, settings: {}, inventory: SEED_INVENTORY },
    unavailable: () => null,
    copyStatus: (requested: Parameters<typeof freeCopyStatus>[2]) =>
      freeCopyStatus([], '2026-11-24', requested),
    render: letters.render,
    file: letters.file
  })
}))
vi.mock('../intake/CollectedDataPanel', () => ({ CollectedDataPanel: () => null }))
// The preview draws PDFs with pdf.js, which jsdom cannot run; it is not opened here.
vi.mock('../letters/LetterPreview', () => ({ LetterPreview: () => null }))

beforeEach(() => {
  letters.render.mockReset()
  letters.render.mockResolvedValue('not rendered in this test')
})

const view = () => viewOf(testCase({ receivedAt: '2026-11-20' }), undefined, TEST_TODAY)
const preview = () => screen.getByTestId('create-letter')

describe('CaseLetters', () => {
  it('refuses an over-long letter text with a field message and renders nothing', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseLetters view={view()} />)
    fireEvent.change(screen.getByTestId('letter-free-text'), {
      target: { value: 'x'.repeat(5001) }
    })
    await user.click(preview())
    await screen.findByText('Högst 5000 tecken.')
    expect(letters.render).not.toHaveBeenCalled()
  })

  it('asks for the amount and the reason of a fee warning, then sends them', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseLetters view={view()} />)
    await user.selectOptions(screen.getByTestId('letter-template'), 'feeWarning')
    await user.click(preview())
    expect(await screen.findAllByText('Fyll i det här fältet.')).toHaveLength(2)
    await user.type(screen.getByTestId('fee-amount'), '12,5')
    await user.type(screen.getByTestId('fee-reason'), 'En ytterligare kopia')
    await user.click(preview())
    await screen.findByText('Ange ett belopp i hela kronor, större än noll och högst 100 000.')
    expect(letters.render).not.toHaveBeenCalled()
    await user.clear(screen.getByTestId('fee-amount'))
    await user.type(screen.getByTestId('fee-amount'), '150')
    await user.click(preview())
    await waitFor(() => expect(letters.render).toHaveBeenCalledOnce())
    expect(letters.render.mock.calls[0]![0]).toMatchObject({
      kind: 'letter',
      templateId: 'feeWarning',
      fee: { amountSek: 150, reason: 'En ytterligare kopia' }
    })
  })

  it('needs both ends of a period, the start first, before the registerutdrag', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseLetters view={view()} />)
    fireEvent.change(screen.getByTestId('period-from'), { target: { value: '2025-12-31' } })
    await user.click(screen.getByTestId('create-registerutdrag'))
    await screen.findByText('Ange både början och slutet av perioden, början först.')
    fireEvent.change(screen.getByTestId('period-to'), { target: { value: '2025-01-01' } })
    await user.click(screen.getByTestId('create-registerutdrag'))
    await screen.findByText('Ange både början och slutet av perioden, början först.')
    expect(letters.render).not.toHaveBeenCalled()
    fireEvent.change(screen.getByTestId('period-from'), { target: { value: '2025-01-01' } })
    fireEvent.change(screen.getByTestId('period-to'), { target: { value: '2025-12-31' } })
    await user.click(screen.getByTestId('create-registerutdrag'))
    await waitFor(() => expect(letters.render).toHaveBeenCalledOnce())
    expect(letters.render.mock.calls[0]![0]).toMatchObject({
      kind: 'registerutdrag',
      period: { from: '2025-01-01', to: '2025-12-31' }
    })
  })

  it('says which data box is too long instead of sending it', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseLetters view={view()} />)
    const box = screen.getByTestId(`section-${SEED_INVENTORY[0]!.id}`)
    fireEvent.change(box, { target: { value: `Anteckning: ${'x'.repeat(5001)}` } })
    expect(await screen.findByText('Högst 5000 tecken per rad.')).toBeTruthy()
    expect(box.getAttribute('aria-invalid')).toBe('true')
    await user.click(screen.getByTestId('create-registerutdrag'))
    await screen.findByText(/Registerutdraget skapades inte/)
    expect(letters.render).not.toHaveBeenCalled()
  })
})
