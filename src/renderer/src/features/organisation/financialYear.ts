import type { Language } from '../../lib/i18n'

const locale = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB')

/** "1 maj–30 april" for each possible last month of a financial year (12 = calendar year). */
export function financialYearOptions(language: Language): { value: string; label: string }[] {
  const month = (m: number) =>
    new Intl.DateTimeFormat(locale(language), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2001, m - 1, 1))
    )
  const lastDay = (m: number) => new Date(Date.UTC(2001, m, 0)).getUTCDate()
  return Array.from({ length: 12 }, (_, index) => {
    const end = index + 1
    const start = (end % 12) + 1
    const separator = language === 'sv' ? '–' : ' – '
    return {
      value: String(end),
      label: `1 ${month(start)}${separator}${lastDay(end)} ${month(end)}`
    }
  })
}
