import { defineMessages } from '../../lib/i18n/define'

export const storeMessages = defineMessages(
  {
    'store.phase.loading': 'Öppnar ärendena…',
    'store.phase.rebuilding': 'Läser in alla ärenden…',
    'store.phase.saving': 'Sparar översikten…',
    'store.phase.archive': 'Läser in äldre ärenden…',
    'store.incomplete':
      'Äldre ärenden läses fortfarande in ({percent} %); listan kompletteras strax.',
    'store.phase.migrating': 'Uppgraderar databasen (en gång)…',
    'store.error.title': 'Ärendena kunde inte öppnas',
    'store.archiveError': 'Äldre ärenden kunde inte läsas in'
  },
  {
    'store.phase.loading': 'Opening the cases…',
    'store.phase.rebuilding': 'Reading all cases…',
    'store.phase.saving': 'Saving the overview…',
    'store.phase.archive': 'Reading older cases…',
    'store.incomplete':
      'Older cases are still being read ({percent} %); the list fills in shortly.',
    'store.phase.migrating': 'Upgrading the database (once)…',
    'store.error.title': 'The cases could not be opened',
    'store.archiveError': 'Older cases could not be read'
  }
)
