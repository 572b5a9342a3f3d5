import { defineMessages } from '../../lib/i18n/define'

export const settingsMessages = defineMessages(
  { 'nav.settings': 'Inställningar', 'settings.title': 'Inställningar' },
  { 'nav.settings': 'Settings', 'settings.title': 'Settings' }
)
