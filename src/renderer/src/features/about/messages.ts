import { defineMessages } from '../../lib/i18n/define'

export const aboutMessages = defineMessages(
  {
    'about.title': 'Om programmet',
    'about.version': 'Version',
    'about.dataFolder': 'Datamapp',
    'about.platform': 'Plattform'
  },
  {
    'about.title': 'About',
    'about.version': 'Version',
    'about.dataFolder': 'Data folder',
    'about.platform': 'Platform'
  }
)
