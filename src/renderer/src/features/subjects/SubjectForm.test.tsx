/**
 * The subject form with fake commands: field messages before save, a personnummer another
 * record has blocks the save, a shared e-mail warns and can be saved anyway, an edit sends
 * the changed record.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DataSubject } from '@core'
import { renderInLanguage } from '../../lib/testing'
import { SubjectForm } from './SubjectForm'

const commands = vi.hoisted(() => ({
  findByPersonnummer: vi.fn(),
  findByEmail: vi.fn(),
  create: vi.fn(),
  update: vi.fn()
}))
vi.mock('./useSubjects', () => ({ useSubjectCommands: () => commands }))
vi.mock('../cases/useCases', () => ({ today: () => '2026-11-24' }))

const other: DataSubject = {
  id: 'other',
  name: 'Märta Östberg',
  personnummer: '196408233234',
  email: 'marta@example.se',
  customerRefs: [],
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z'
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset()
  commands.findByPersonnummer.mockResolvedValue([])
  commands.findByEmail.mockResolvedValue([])
  commands.create.mockResolvedValue(undefined)
  commands.update.mockImplementation(async (_before: DataSubject, after: DataSubject) => after)
})

const save = () => screen.getByTestId('subject-save')

describe('SubjectForm', () => {
  it('shows field messages before saving anything', async () => {
    const user = userEvent.setup()
    renderInLanguage(<SubjectForm onSaved={vi.fn()} />)
    await user.click(save())
    await screen.findByText('Fyll i det här fältet.')
    fireEvent.change(screen.getByTestId('subject-name'), { target: { value: 'x'.repeat(301) } })
    await user.type(screen.getByTestId('subject-email'), 'inte-en-adress')
    await user.type(screen.getByTestId('subject-street'), 'Sjövägen 12')
    await user.click(save())
    await screen.findByText('Högst 300 tecken.')
    expect(
      screen.getByText('E-postadressen ser inte rätt ut (exempel: namn@exempel.se).')
    ).toBeTruthy()
    expect(
      screen.getByText('Fyll i gatuadress, postnummer och ort, eller lämna alla tomma.')
    ).toBeTruthy()
    expect(commands.create).not.toHaveBeenCalled()
  })

  it('blocks a personnummer another record has, and warns of a shared e-mail', async () => {
    const user = userEvent.setup()
    const onSaved = vi.fn()
    renderInLanguage(<SubjectForm onSaved={onSaved} />)
    await user.type(screen.getByTestId('subject-name'), 'M. Östberg')
    await user.type(screen.getByTestId('subject-personnummer'), '19640823-3234')
    commands.findByPersonnummer.mockResolvedValue([other])
    await user.click(save())
    await screen.findByText(
      'Det finns redan en registrerad med det här personnumret: Märta Östberg.'
    )
    expect(screen.queryByRole('button', { name: 'Spara ändå' })).toBeNull()
    expect(commands.create).not.toHaveBeenCalled()

    await user.clear(screen.getByTestId('subject-personnummer'))
    await user.type(screen.getByTestId('subject-email'), 'marta@example.se')
    commands.findByPersonnummer.mockResolvedValue([])
    commands.findByEmail.mockResolvedValue([other])
    await user.click(save())
    await screen.findByText(/Det finns redan en registrerad med den här e-postadressen/)
    await user.click(screen.getByRole('button', { name: 'Spara ändå' }))
    await waitFor(() => expect(commands.create).toHaveBeenCalledOnce())
    expect(commands.create.mock.calls[0]![0]).toMatchObject({
      name: 'M. Östberg',
      email: 'marta@example.se'
    })
    expect(onSaved).toHaveBeenCalledOnce()
  })

  it('changes a record and sends the changed fields with the rectification case', async () => {
    const user = userEvent.setup()
    const onSaved = vi.fn()
    renderInLanguage(
      <SubjectForm subject={other} onSaved={onSaved} rectificationReference="DSR-2026-0007" />
    )
    const name = screen.getByTestId('subject-name') as HTMLInputElement
    expect(name.value).toBe('Märta Östberg')
    await user.type(screen.getByTestId('subject-co'), 'c/o Berg')
    await user.type(screen.getByTestId('subject-street'), 'Sjövägen 12')
    await user.type(screen.getByTestId('subject-postalCode'), '175 62')
    await user.type(screen.getByTestId('subject-city'), 'Järfälla')
    await user.click(save())
    await waitFor(() => expect(commands.update).toHaveBeenCalledOnce())
    const [before, after, reference] = commands.update.mock.calls[0]!
    expect(before).toBe(other)
    expect(after).toMatchObject({
      id: 'other',
      createdAt: other.createdAt,
      address: { co: 'c/o Berg', street: 'Sjövägen 12', city: 'Järfälla' }
    })
    expect(reference).toBe('DSR-2026-0007')
    expect(onSaved).toHaveBeenCalledWith(after)
  })
})
