import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode
} from 'react'
import type { AppError } from '../../../../shared/result'
import { en, sv, type MessageKey } from './catalog'

export type Language = 'sv' | 'en'
export type { MessageKey }

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { sv, en }
const STORAGE_KEY = 'dpo-desk.language'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language]
  return (key, params) => format(dictionary[key], params)
}

/** The message for an error from main, in the user's language. */
export function errorMessage(t: Translate, error: AppError): string {
  const key = `error.${error.code}` as MessageKey
  if (key in sv) return t(key)
  return t('error.unknown', { code: error.code })
}

/** The message for any thrown error with a known `code`, or a generic one. */
export function errorText(t: Translate, error: unknown): string {
  // An IpcError carries main's typed error in `.error`.
  if (
    error &&
    typeof error === 'object' &&
    'error' in error &&
    (error as { error: unknown }).error
  ) {
    return errorText(t, (error as { error: unknown }).error)
  }
  const code =
    error && typeof error === 'object' && 'code' in error
      ? String((error as { code: unknown }).code)
      : null
  if (code && `error.${code}` in sv) return t(`error.${code}` as MessageKey)
  return t('error.unknown', { code: code ?? (error instanceof Error ? error.name : 'okänt') })
}

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
