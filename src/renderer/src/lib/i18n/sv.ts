/** Swedish, the default language. Keys are grouped by feature: `area.key`. */
export const sv = {
  'app.name': 'DPO Desk',
  'app.tagline': 'Registerutdrag och andra begäranden enligt dataskyddsförordningen',
  'app.loading': 'Läser in …',
  'app.error.title': 'Något gick fel',
  'app.error.body':
    'Programmet stötte på ett oväntat fel. Inga uppgifter har ändrats. Starta om vyn och försök igen.',
  'app.error.retry': 'Försök igen',
  'nav.label': 'Huvudmeny',
  'nav.overview': 'Översikt',
  'nav.about': 'Om programmet',
  'language.label': 'Språk',
  'language.sv': 'Svenska',
  'language.en': 'English',
  'about.title': 'Om programmet',
  'about.version': 'Version',
  'about.dataFolder': 'Datamapp',
  'about.platform': 'Plattform',
  'overview.title': 'Översikt',
  'overview.welcome': 'Välkommen till DPO Desk.',
  'error.IPC_FORBIDDEN_SENDER': 'Anropet kom från en okänd källa och avvisades.',
  'error.IPC_INVALID_INPUT': 'Uppgifterna som skickades var ogiltiga.',
  'error.IPC_UNKNOWN_CHANNEL': 'Funktionen finns inte.',
  'error.IPC_INTERNAL': 'Ett internt fel uppstod. Inga uppgifter har ändrats.',
  'error.unknown': 'Ett okänt fel uppstod ({code}).'
} as const

export type MessageKey = keyof typeof sv
