import { defineMessages } from '../../lib/i18n/define'

export const storeMessages = defineMessages(
  {
    'store.phase.loading': 'Öppnar ärendena…',
    'store.phase.rebuilding': 'Läser in alla ärenden…',
    'store.phase.saving': 'Sparar översikten…',
    'store.phase.migrating': 'Uppgraderar databasen (en gång)…',
    'store.error.title': 'Ärendena kunde inte öppnas'
  },
  {
    'store.phase.loading': 'Opening the cases…',
    'store.phase.rebuilding': 'Reading all cases…',
    'store.phase.saving': 'Saving the overview…',
    'store.phase.migrating': 'Upgrading the database (once)…',
    'store.error.title': 'The cases could not be opened'
  }
)
