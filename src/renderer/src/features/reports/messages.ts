import { defineMessages } from '../../lib/i18n/define'

export const reportMessages = defineMessages(
  {
    'nav.audit': 'Granskningslogg',
    'nav.reports': 'Årsrapport',
    'audit.title': 'Granskningslogg',
    'audit.intro':
      'Varje ändring loggas med tid och handläggare, utan personuppgifter. Händelserna är länkade med kontrollsummor så att ändringar i efterhand upptäcks.',
    'audit.verify': 'Kontrollera loggen',
    'audit.ok':
      'Loggen är obruten: {count, plural, =0 {den är tom} one {den enda händelsen stämmer} other {alla # händelser stämmer}}.',
    'audit.broken': 'Loggen är bruten',
    'audit.when': 'Tid',
    'audit.who': 'Handläggare',
    'audit.what': 'Händelse',
    'audit.more': 'Visa fler',
    'reports.title': 'Årsrapport',
    'reports.year': 'År',
    'reports.export': 'Exportera som CSV',
    'reports.requests': 'Begäranden per typ',
    'reports.total': 'Totalt',
    'reports.timeliness': 'Svarstider',
    'reports.median': 'Mediantid till svar (dagar)',
    'reports.withinOne': 'Besvarade inom en månad',
    'reports.withinThree': 'Besvarade inom tre månader',
    'reports.answered': 'Besvarade',
    'reports.pending': 'Pågående, ännu inte förfallna',
    'reports.withdrawn': 'Återkallade (räknas inte)',
    'reports.measure': 'Mått',
    'reports.definition':
      'Andelarna räknas på ärenden där utfallet är känt: besvarade ärenden, och obesvarade ärenden vars sista dag har passerat (de räknas som sena).'
  },
  {
    'nav.audit': 'Audit log',
    'nav.reports': 'Annual report',
    'audit.title': 'Audit log',
    'audit.intro':
      'Every change is logged with time and handler, without personal data. Events are chained with checksums so later changes are detected.',
    'audit.verify': 'Verify the log',
    'audit.ok':
      'The log is intact: {count, plural, =0 {it is empty} one {its one event checks out} other {all # events check out}}.',
    'audit.broken': 'The log is broken',
    'audit.when': 'Time',
    'audit.who': 'Handler',
    'audit.what': 'Event',
    'audit.more': 'Show more',
    'reports.title': 'Annual report',
    'reports.year': 'Year',
    'reports.export': 'Export as CSV',
    'reports.requests': 'Requests per type',
    'reports.total': 'Total',
    'reports.timeliness': 'Response times',
    'reports.median': 'Median days to answer',
    'reports.withinOne': 'Answered within one month',
    'reports.withinThree': 'Answered within three months',
    'reports.answered': 'Answered',
    'reports.pending': 'Open, not yet due',
    'reports.withdrawn': 'Withdrawn (not counted)',
    'reports.measure': 'Measure',
    'reports.definition':
      'Shares count cases with a known outcome: answered cases, and unanswered cases past their due date (counted as late).'
  }
)
