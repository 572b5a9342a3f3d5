import { defineMessages } from '../../lib/i18n/define'

export const overviewMessages = defineMessages(
  {
    'overview.title': 'Översikt',
    'overview.welcome': 'Välkommen till DPO Desk.'
  },
  {
    'overview.title': 'Overview',
    'overview.welcome': 'Welcome to DPO Desk.'
  }
)
