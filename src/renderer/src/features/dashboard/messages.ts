import { defineMessages } from '../../lib/i18n/define'

export const dashboardMessages = defineMessages(
  {
    'dash.title': 'Översikt',
    'dash.overdue': 'Försenade',
    'dash.dueSoon': 'Sista dag inom 7 dagar',
    'dash.waiting': 'Väntar på den registrerade',
    'dash.clockStopped': 'Klockan stoppad',
    'dash.none': 'Inga.',
    'dash.openByType': 'Öppna ärenden per typ',
    'dash.perMonth': 'Begäranden per månad och andel besvarade inom en månad',
    'dash.chartLabel': 'Stapeldiagram: antal begäranden per månad de senaste tolv månaderna.',
    'dash.share': '{percent} % inom en månad',
    'dash.backup': 'Säkerhetskopia',
    'dash.backupNever': 'Ingen säkerhetskopia finns ännu. Välj en mapp under Inställningar.',
    'dash.backupOk':
      'Senaste kontrollerade säkerhetskopia {hours, plural, =0 {för mindre än en timme sedan} one {för # timme sedan} other {för # timmar sedan}}.',
    'dash.backupStale':
      'Senaste kontrollerade säkerhetskopia är {hours, plural, one {# timme} other {# timmar}} gammal. Säkerhetskopiera nu.',
    'dash.deleteNow': 'Spärrade uppgifter som ska raderas nu',
    'dash.newCase': 'Registrera nytt ärende'
  },
  {
    'dash.title': 'Overview',
    'dash.overdue': 'Overdue',
    'dash.dueSoon': 'Due within 7 days',
    'dash.waiting': 'Waiting for the data subject',
    'dash.clockStopped': 'Clock stopped',
    'dash.none': 'None.',
    'dash.openByType': 'Open cases by type',
    'dash.perMonth': 'Requests per month and share answered within one month',
    'dash.chartLabel': 'Bar chart: number of requests per month for the last twelve months.',
    'dash.share': '{percent} % within a month',
    'dash.backup': 'Backup',
    'dash.backupNever': 'No backup exists yet. Choose a folder in Settings.',
    'dash.backupOk':
      'Last verified backup {hours, plural, =0 {less than an hour ago} one {# hour ago} other {# hours ago}}.',
    'dash.backupStale':
      'The last verified backup is {hours, plural, one {# hour} other {# hours}} old. Back up now.',
    'dash.deleteNow': 'Blocked data to delete now',
    'dash.newCase': 'Register a new case'
  }
)
