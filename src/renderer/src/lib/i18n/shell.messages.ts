import { defineMessages } from './define'

/** The app shell, shared buttons and errors from main. */
export const shellMessages = defineMessages(
  {
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
    'common.save': 'Spara',
    'common.cancel': 'Avbryt',
    'common.close': 'Stäng',
    'common.edit': 'Ändra',
    'common.delete': 'Ta bort',
    'common.add': 'Lägg till',
    'common.yes': 'Ja',
    'common.no': 'Nej',
    'common.required': 'Obligatoriskt fält',
    'error.IPC_FORBIDDEN_SENDER': 'Anropet kom från en okänd källa och avvisades.',
    'error.IPC_INVALID_INPUT': 'Uppgifterna som skickades var ogiltiga.',
    'error.IPC_UNKNOWN_CHANNEL': 'Funktionen finns inte.',
    'error.IPC_INTERNAL': 'Ett internt fel uppstod. Inga uppgifter har ändrats.',
    'error.unknown': 'Ett okänt fel uppstod ({code}).'
  },
  {
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
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.edit': 'Edit',
    'common.delete': 'Delete',
    'common.add': 'Add',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.required': 'Required field',
    'error.IPC_FORBIDDEN_SENDER': 'The request came from an unknown source and was refused.',
    'error.IPC_INVALID_INPUT': 'The data sent was invalid.',
    'error.IPC_UNKNOWN_CHANNEL': 'That function does not exist.',
    'error.IPC_INTERNAL': 'An internal error occurred. No data was changed.',
    'error.unknown': 'An unknown error occurred ({code}).'
  }
)
