/**
 * Component tests: render inside the app's I18nProvider in a chosen language. Feature hooks
 * are replaced with `vi.mock` in each test, so a component is tested with fake hooks.
 */
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nProvider, type Language } from './i18n'

export function renderInLanguage(ui: ReactElement, language: Language = 'sv'): RenderResult {
  localStorage.setItem('dpo-desk.language', language)
  return render(<I18nProvider>{ui}</I18nProvider>)
}
