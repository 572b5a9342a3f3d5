/**
 * Letter settings with fake hooks: offsets within the letter model's range (decimal comma),
 * the test page with the typed offsets, templates within the model's limits, each template in
 * its own form.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_TEMPLATES } from '@core/pdf/templates'
import { renderInLanguage } from '../../lib/testing'
import { LettersPanel } from './LettersPanel'

const hooks = vi.hoisted(() => ({ save: vi.fn(), alignmentTest: vi.fn() }))
const SETTINGS = {
  layout: { addressLeftMm: 20, addressTopMm: 45 },
  templates: { sv: {}, en: {} },
  automatedDecisions: '',
  transfers: ''
}

vi.mock('../settings/useSettings', () => ({
  useLetterSettings: () => SETTINGS,
  useSettingsCommands: () => ({ saveLetterSettings: hooks.save })
}))
vi.mock('../letters/useAlignmentTest', () => ({ useAlignmentTest: () => hooks.alignmentTest }))

beforeEach(() => {
  hooks.save.mockReset().mockResolvedValue(undefined)
  hooks.alignmentTest.mockReset().mockResolvedValue(true)
})

describe('LettersPanel', () => {
  it('takes offsets within the letter model range, with a decimal comma', async () => {
    const user = userEvent.setup()
    renderInLanguage(<LettersPanel />)
    const form = screen.getByRole('form', { name: 'Adressens placering' })
    const left = screen.getByTestId('layout-left')
    await user.clear(left)
    await user.type(left, '150')
    await user.click(within(form).getByRole('button', { name: 'Spara' }))
    await within(form).findByText('Ange ett tal från 5 till 120.')
    expect(within(form).getByText('Från 5 till 120 mm.')).toBeTruthy()
    await user.click(within(form).getByRole('button', { name: /provsida/i }))
    expect(hooks.save).not.toHaveBeenCalled()
    expect(hooks.alignmentTest).not.toHaveBeenCalled()

    await user.clear(left)
    await user.type(left, '22,5')
    await user.click(within(form).getByRole('button', { name: /provsida/i }))
    await waitFor(() =>
      expect(hooks.alignmentTest).toHaveBeenCalledWith({ addressLeftMm: 22.5, addressTopMm: 45 })
    )
    await user.click(within(form).getByRole('button', { name: 'Spara' }))
    await waitFor(() =>
      expect(hooks.save).toHaveBeenCalledWith({
        ...SETTINGS,
        layout: { addressLeftMm: 22.5, addressTopMm: 45 }
      })
    )
  })

  it('keeps a template within its limits and saves it for its language', async () => {
    const user = userEvent.setup()
    renderInLanguage(<LettersPanel />, 'en')
    const form = screen.getByRole('form', { name: 'Letter templates' })
    const subject = screen.getByTestId('template-subject') as HTMLInputElement
    const body = screen.getByTestId('template-body') as HTMLTextAreaElement
    expect(subject.value).toBe(DEFAULT_TEMPLATES.sv.receiptAcknowledgement.subject)
    expect(subject.maxLength).toBe(300)
    expect(body.maxLength).toBe(20_000)
    await user.clear(subject)
    fireEvent.change(body, { target: { value: 'x'.repeat(20_001) } })
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await within(form).findByText('Fill in this field.')
    expect(within(form).getByText('At most 20000 characters.')).toBeTruthy()
    expect(hooks.save).not.toHaveBeenCalled()

    await user.type(subject, 'Vi har tagit emot din begäran')
    fireEvent.change(body, { target: { value: 'Hej {{recipientName}}!' } })
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(hooks.save).toHaveBeenCalledOnce())
    expect(hooks.save.mock.calls[0]![0].templates.sv).toEqual({
      receiptAcknowledgement: {
        subject: 'Vi har tagit emot din begäran',
        body: 'Hej {{recipientName}}!'
      }
    })
  })

  it('shows the chosen template in its own form', async () => {
    const user = userEvent.setup()
    renderInLanguage(<LettersPanel />)
    await user.type(screen.getByTestId('template-subject'), ' (ändrad)')
    await user.selectOptions(screen.getAllByRole('combobox')[1]!, 'en')
    expect((screen.getByTestId('template-subject') as HTMLInputElement).value).toBe(
      DEFAULT_TEMPLATES.en.receiptAcknowledgement.subject
    )
  })
})
