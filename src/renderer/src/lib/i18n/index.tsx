import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode
} from 'react'
import type { MessageKey } from './catalog'
import { coreText, type Translate } from './coreText'
import type { Language } from './format'
export { errorMessage, errorText, format, translator } from './text'
import { translator } from './text'

export type { Language, MessageKey, Translate }
export { coreText }
export {
  formatDate,
  formatDateTime,
  formatDayAndDate,
  formatInstantDate,
  formatList
} from './format'

const STORAGE_KEY = 'dpo-desk.language'

type I18n = { language: Language; setLanguage: (language: Language) => void; t: Translate }

const I18nContext = createContext<I18n | null>(null)

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv'
  } catch {
    return 'sv'
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Storage may be unavailable; the choice then lasts for this session only.
    }
  }, [])
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const value = useMemo(
    () => ({ language, setLanguage, t: translator(language) }),
    [language, setLanguage]
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>')
  return context
}
