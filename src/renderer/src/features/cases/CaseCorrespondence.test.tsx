/**
 * Recording correspondence with fake hooks (the real core command through a fake
 * useCaseCommand): field messages before save, the typed entry in the case, a chosen file
 * taken off the list before saving.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { testCase } from '../../../../../tests/fixtures/cases'
import { renderInLanguage } from '../../lib/testing'
import { CaseCorrespondence } from './CaseCorrespondence'
import { TEST_TODAY, type fakeCaseCommands } from './caseTestKit'
import { viewOf } from './caseViews'

const commands = vi.hoisted(() => ({
  fake: null as unknown as ReturnType<typeof fakeCaseCommands>,
  staged: [] as { name: string }[][]
}))

vi.mock('./useCases', async () => {
  const kit = await import('./caseTestKit')
  commands.fake = kit.fakeCaseCommands()
  return {
    today: () => kit.TEST_TODAY,
    useCaseCommand: () => ({ run: commands.fake.run, context: commands.fake.context })
  }
})
vi.mock('./useAttachments', () => ({
  MAX_ATTACHMENT_BYTES: 50 * 1024 * 1024,
  useAttachments: () => ({
    stage: async (files: { name: string }[]) => {
      commands.staged.push(files)
      return []
    }
  })
}))
vi.mock('./CorrespondenceList', () => ({ CorrespondenceList: () => null }))

beforeEach(() => {
  commands.fake.reset()
  commands.staged.length = 0
})

const view = () => viewOf(testCase({ receivedAt: '2026-11-20' }), undefined, TEST_TODAY)

describe('CaseCorrespondence', () => {
  it('asks for a subject, refuses an over-long one, then records the entry and clears the form', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseCorrespondence view={view()} />)
    const form = screen.getByRole('form', { name: 'Registrera post' })
    const save = within(form).getByRole('button', { name: 'Registrera post' })
    await user.click(save)
    await within(form).findByText('Fyll i det här fältet.')
    fireEvent.change(screen.getByTestId('entry-subject'), { target: { value: 'x'.repeat(1001) } })
    await user.click(save)
    await within(form).findByText('Högst 1000 tecken.')
    expect(commands.fake.results).toHaveLength(0)

    fireEvent.change(screen.getByTestId('entry-subject'), {
      target: { value: 'Telefonsamtal om adressen' }
    })
    await user.type(screen.getByTestId('entry-body'), 'Hon bekräftade den nya adressen.')
    await user.click(save)
    await waitFor(() =>
      expect((screen.getByTestId('entry-subject') as HTMLInputElement).value).toBe('')
    )
    expect(commands.fake.lastCase().correspondence).toMatchObject([
      {
        direction: 'in',
        subject: 'Telefonsamtal om adressen',
        body: 'Hon bekräftade den nya adressen.'
      }
    ])
  })

  it('takes a chosen file off the list before saving', async () => {
    const user = userEvent.setup()
    renderInLanguage(<CaseCorrespondence view={view()} />)
    // jsdom's File has no arrayBuffer(); the browser's does.
    const file = (content: string, name: string, type: string) =>
      Object.assign(new File([content], name, { type }), {
        arrayBuffer: async () => new TextEncoder().encode(content).buffer
      })
    const files = [file('a', 'brev.pdf', 'application/pdf'), file('b', 'fel.jpg', 'image/jpeg')]
    await user.upload(screen.getByTestId('entry-files'), files)
    await user.click(screen.getByRole('button', { name: 'Ta bort fel.jpg' }))
    expect(screen.queryByText(/fel\.jpg/)).toBeNull()
    await user.type(screen.getByTestId('entry-subject'), 'Inskannat brev')
    await user.click(screen.getByRole('button', { name: 'Registrera post' }))
    await waitFor(() => expect(commands.staged).toHaveLength(1))
    expect(commands.staged[0]!.map((file) => file.name)).toEqual(['brev.pdf'])
  })
})
