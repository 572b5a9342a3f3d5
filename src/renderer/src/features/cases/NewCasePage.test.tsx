/**
 * The new-case form with fake hooks: field messages before submit (over-long description,
 * a day of receipt in the future), the subject picker, the call to useNewCase with what was
 * typed, and nothing lost when the registration fails.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_LIMITS } from '@core'
import { renderInLanguage } from '../../lib/testing'
import { NewCasePage } from './NewCasePage'

/** The description's limit, from the core schema. */
const MAX = CASE_LIMITS.description

const hooks = vi.hoisted(() => ({
  createNew: vi.fn(),
  navigate: vi.fn()
}))

vi.mock('./useCases', () => ({
  today: () => '2026-11-24',
  useNewCase: () => hooks.createNew
}))
vi.mock('./useSubjectCases', () => ({ useCopyLedger: () => [] }))
vi.mock('../subjects/useSubjects', () => ({
  useSubjects: () => [
    { id: 's1', name: 'Märta Åkesson-Öberg', personnummer: '196408233234', customerRefs: [] }
  ],
  useSubjectCommands: () => ({})
}))
vi.mock('../store/storeContext', () => ({
  useStoreCompleteness: () => ({ isComplete: true, percent: 100, error: null })
}))
vi.mock('../../lib/router', () => ({ navigate: hooks.navigate }))

beforeEach(() => {
  hooks.createNew.mockReset()
  hooks.navigate.mockReset()
})

async function pickSubject(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByTestId('new-subject-search'), 'märta')
  await user.click(screen.getByRole('button', { name: 'Välj' }))
  await screen.findByTestId('new-picked')
}

describe('NewCasePage', () => {
  it('registers the case with what was typed and opens it', async () => {
    const user = userEvent.setup()
    hooks.createNew.mockResolvedValue({ ok: true, id: 'case-1' })
    renderInLanguage(<NewCasePage />)
    await pickSubject(user)
    await user.selectOptions(screen.getByTestId('new-type'), 'erasure')
    await user.selectOptions(screen.getByTestId('new-channel'), 'email')
    fireEvent.change(screen.getByTestId('new-received'), { target: { value: '2026-11-20' } })
    await user.type(screen.getByTestId('new-description'), 'Vill bli raderad')
    expect(screen.getByTestId('new-deadline').textContent).toBe(
      'Sista dag att svara blir 2026-12-21.'
    )
    await user.click(screen.getByRole('button', { name: 'Registrera ärendet' }))
    await waitFor(() => expect(hooks.navigate).toHaveBeenCalledWith('/cases/case-1'))
    expect(hooks.createNew).toHaveBeenCalledWith({
      type: 'erasure',
      channel: 'email',
      subjectId: 's1',
      receivedAt: '2026-11-20',
      description: 'Vill bli raderad'
    })
  })

  it('shows field messages for an over-long description and a future day, and sends nothing', async () => {
    const user = userEvent.setup()
    renderInLanguage(<NewCasePage />)
    await pickSubject(user)
    const description = screen.getByTestId('new-description') as HTMLTextAreaElement
    expect(description.maxLength).toBe(MAX)
    // Stored text longer than the limit (set directly, as maxLength stops typing).
    fireEvent.change(description, { target: { value: 'x'.repeat(MAX + 1) } })
    fireEvent.change(screen.getByTestId('new-received'), { target: { value: '2026-11-25' } })
    await user.click(screen.getByRole('button', { name: 'Registrera ärendet' }))
    await screen.findByText(`Högst ${MAX} tecken.`)
    expect(screen.getByText('Datumet kan inte vara senare än 2026-11-24.')).toBeTruthy()
    expect(screen.getByText(`${MAX + 1} av ${MAX} tecken`)).toBeTruthy()
    expect(hooks.createNew).not.toHaveBeenCalled()
    expect(description.value).toHaveLength(MAX + 1)
  })

  it('refuses a paste past the limit with a message in English', async () => {
    const user = userEvent.setup()
    renderInLanguage(<NewCasePage />, 'en')
    const description = screen.getByTestId('new-description') as HTMLTextAreaElement
    await user.click(description)
    await user.paste('y'.repeat(MAX + 1))
    expect(description.value).toBe('')
    expect(screen.getByRole('alert').textContent).toMatch(
      new RegExp(`^At most ${MAX} characters\\.`)
    )
  })

  it('asks for the subject first and keeps what was typed when the registration fails', async () => {
    const user = userEvent.setup()
    hooks.createNew.mockResolvedValue({
      ok: false,
      message: 'Mottagningsdagen ligger i framtiden.'
    })
    renderInLanguage(<NewCasePage />)
    await user.type(screen.getByTestId('new-description'), 'Ringde in')
    await user.click(screen.getByRole('button', { name: 'Registrera ärendet' }))
    await screen.findByText('Välj eller registrera den registrerade först.')
    expect(hooks.createNew).not.toHaveBeenCalled()
    await pickSubject(user)
    await user.click(screen.getByRole('button', { name: 'Registrera ärendet' }))
    await screen.findByText('Mottagningsdagen ligger i framtiden.')
    expect((screen.getByTestId('new-description') as HTMLTextAreaElement).value).toBe('Ringde in')
    expect(hooks.navigate).not.toHaveBeenCalled()
  })
})
