import type { MessageKey } from './sv'

/** English, the second language. Every Swedish key must exist here (checked by the compiler). */
export const en: Record<MessageKey, string> = {
  'app.name': 'DPO Desk',
  'app.tagline': 'Access requests and other GDPR data-subject requests',
  'app.loading': 'Loading …',
  'app.error.title': 'Something went wrong',
  'app.error.body':
    'The program hit an unexpected error. No data was changed. Reload the view and try again.',
  'app.error.retry': 'Try again',
  'nav.label': 'Main menu',
  'nav.overview': 'Overview',
  'nav.about': 'About',
  'language.label': 'Language',
  'language.sv': 'Svenska',
  'language.en': 'English',
  'about.title': 'About',
  'about.version': 'Version',
  'about.dataFolder': 'Data folder',
  'about.platform': 'Platform',
  'overview.title': 'Overview',
  'overview.welcome': 'Welcome to DPO Desk.',
  'error.IPC_FORBIDDEN_SENDER': 'The request came from an unknown source and was refused.',
  'error.IPC_INVALID_INPUT': 'The data sent was invalid.',
  'error.IPC_UNKNOWN_CHANNEL': 'That function does not exist.',
  'error.IPC_INTERNAL': 'An internal error occurred. No data was changed.',
  'error.unknown': 'An unknown error occurred ({code}).'
}
