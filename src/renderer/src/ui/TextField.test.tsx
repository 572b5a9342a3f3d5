import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { requiredText, useZodForm } from '../lib/forms'
import { renderInLanguage } from '../lib/testing'
import { TextField } from './TextField'

const schema = z.object({ text: requiredText(10) })

function Form({ multiline = false }: { multiline?: boolean }) {
  const form = useZodForm(schema, { text: '' })
  return (
    <form onSubmit={form.handleSubmit(() => {})} noValidate>
      <TextField form={form} name="text" label="Text" maxLength={10} multiline={multiline} />
      <button type="submit">Spara</button>
    </form>
  )
}

describe('TextField', () => {
  it('refuses typing past the limit with a message, and keeps what was typed', async () => {
    const user = userEvent.setup()
    renderInLanguage(<Form />)
    const input = screen.getByLabelText('Text')
    expect(input.getAttribute('maxlength')).toBe('10')
    await user.type(input, '0123456789x')
    expect((input as HTMLInputElement).value).toBe('0123456789')
    expect(screen.getByRole('alert').textContent).toBe(
      'Högst 10 tecken. Texten skulle bli 11 tecken lång och togs inte emot; korta den och försök igen.'
    )
    await user.type(input, '{Backspace}')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses a paste that would go over the limit instead of cutting it', async () => {
    const user = userEvent.setup()
    renderInLanguage(<Form multiline />, 'en')
    const input = screen.getByLabelText('Text') as HTMLTextAreaElement
    await user.type(input, 'abc')
    await user.paste('0123456789')
    expect(input.value).toBe('abc')
    expect(screen.getByRole('alert').textContent).toMatch(
      /^At most 10 characters\. The text would have been 13/
    )
    expect(screen.getByText('3 of 10 characters')).toBeTruthy()
  })

  it('shows the schema message before submit and on submit', async () => {
    const user = userEvent.setup()
    renderInLanguage(<Form />)
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Fyll i det här fältet.')
    )
    expect(screen.getByLabelText('Text').getAttribute('aria-invalid')).toBe('true')
  })
})
