import { defineMessages } from '../../lib/i18n/define'

/**
 * How a deadline was computed (the core's trail steps), planning warnings and the names of the
 * days that move or shorten a deadline. Dates arrive formatted with their weekday.
 */
export const deadlineMessages = defineMessages(
  {
    'trail.received':
      'Begäran kom in {date}. Mottagningsdagen räknas inte (förordning 1182/71 art. 3.1).',
    'trail.sameDate':
      '{period, select, oneMonth {En månad} other {Tre månader}} efter mottagandet är {date} (samma datum, art. 3.2 c).',
    'trail.monthEnd':
      '{period, select, oneMonth {En månad} other {Tre månader}} efter mottagandet har ingen dag {day}; {period, select, oneMonth {fristen} other {den förlängda fristen}} slutar då på månadens sista dag, {date} (art. 3.2 c).',
    'trail.rolled':
      '{skipped}; {period, select, oneMonth {{isAdjusted, select, true {den justerade sista dagen} other {sista dagen}}} other {{isAdjusted, select, true {den justerade förlängda sista dagen} other {den förlängda sista dagen}}}} flyttas därför till nästa arbetsdag, {date} (förordning 1182/71 art. 3.4).',
    'trail.skippedDay': '{date} är {reason}',
    'trail.due': 'Sista dag att svara: {date}.',
    'trail.extendedDue': 'Vid förlängning med två månader (art. 12.3) är sista dag {date}.',
    'trail.stopCounted':
      'Klockan stod still {isRunning, select, true {från {from} och står fortfarande still ({days, plural, one {# dag} other {# dagar}} hittills)} other {från {from} till {to} ({days, plural, one {# dag} other {# dagar}})}}{merged, plural, =1 {} other {; # klockstopp som överlappar räknas en gång}}. Det räknas för {period, select, oneMonth {enmånadsfristen} other {den förlängda fristen}}, eftersom det började senast {end} medan fristen löpte (EDPB 01/2022 punkt 159).',
    'trail.stopIgnored':
      'Klockstoppet från {from} räknas inte för {period, select, oneMonth {enmånadsfristen} other {den förlängda fristen}}: det började efter att fristen hade gått ut {end}, och en frist kan bara stå still medan den löper (EDPB 01/2022 punkt 159).',
    'trail.adjustedRaw':
      '{period, select, oneMonth {En månad} other {Tre månader}} efter mottagandet ({raw}) plus {days, plural, one {# stoppad dag} other {# stoppade dagar}}{isRunning, select, true { hittills} other {}} är {date}.',
    'trail.notBeforeRestart':
      'Det är före {restart}, då klockan startade igen; {period, select, oneMonth {sista dagen} other {den förlängda sista dagen}} kan inte infalla innan fristen löper igen och blir därför {date}.',
    'trail.adjustedEnd':
      '{period, select, oneMonth {Justerad sista dag: {date}.} other {Justerad sista dag vid förlängning: {date}.}}',
    'trail.extensionBy':
      'Förlängning måste beslutas och meddelas den registrerade senast {date} (art. 12.3).',
    'planning.eve':
      '{which, select, due {Sista dagen} other {Den förlängda sista dagen}} {date} är {eve}. Det är ingen allmän helgdag, så fristen flyttas inte, men dagen är normalt ledig: planera att svara senast {planBy}.',
    'holiday.newYearsDay': 'nyårsdagen',
    'holiday.epiphany': 'trettondedag jul',
    'holiday.goodFriday': 'långfredagen',
    'holiday.easterSunday': 'påskdagen',
    'holiday.easterMonday': 'annandag påsk',
    'holiday.mayDay': 'första maj',
    'holiday.ascensionDay': 'Kristi himmelsfärdsdag',
    'holiday.whitSunday': 'pingstdagen',
    'holiday.nationalDay': 'Sveriges nationaldag',
    'holiday.midsummerDay': 'midsommardagen',
    'holiday.allSaintsDay': 'alla helgons dag',
    'holiday.christmasDay': 'juldagen',
    'holiday.boxingDay': 'annandag jul',
    'holiday.midsummerEve': 'midsommarafton',
    'holiday.christmasEve': 'julafton',
    'holiday.newYearsEve': 'nyårsafton',
    'holiday.saturday': 'lördag',
    'holiday.sunday': 'söndag'
  },
  {
    'trail.received':
      'The request arrived on {date}. The day of receipt is not counted (Regulation 1182/71, Art. 3(1)).',
    'trail.sameDate':
      '{period, select, oneMonth {One month} other {Three months}} after receipt is {date} (the same date, Art. 3(2)(c)).',
    'trail.monthEnd':
      '{period, select, oneMonth {One month} other {Three months}} after receipt there is no day {day}; the {period, select, oneMonth {period} other {extended period}} then ends on the last day of the month, {date} (Art. 3(2)(c)).',
    'trail.rolled':
      '{skipped}, so the {period, select, oneMonth {{isAdjusted, select, true {adjusted last day} other {last day}}} other {{isAdjusted, select, true {adjusted last day if extended} other {last day if extended}}}} moves to the next working day, {date} (Regulation 1182/71, Art. 3(4)).',
    'trail.skippedDay': '{date} is {reason}',
    'trail.due': 'Last day to answer: {date}.',
    'trail.extendedDue': 'If extended by two further months (Art. 12(3)), the last day is {date}.',
    'trail.stopCounted':
      'The clock {isRunning, select, true {stopped on {from} and is still stopped ({days, plural, one {# day} other {# days}} so far)} other {stopped from {from} to {to} ({days, plural, one {# day} other {# days}})}}{merged, plural, =1 {} other {; # overlapping stops are counted once}}. It counts for the {period, select, oneMonth {one-month period} other {extended period}}, as it began by {end}, while the period was running (EDPB 01/2022, para. 159).',
    'trail.stopIgnored':
      'The clock stop from {from} does not count for the {period, select, oneMonth {one-month period} other {extended period}}: it began after that period had ended on {end}, and a period can only be suspended while it runs (EDPB 01/2022, para. 159).',
    'trail.adjustedRaw':
      '{period, select, oneMonth {One month} other {Three months}} after receipt ({raw}) plus {days, plural, one {# stopped day} other {# stopped days}}{isRunning, select, true { so far} other {}} is {date}.',
    'trail.notBeforeRestart':
      'That is before {restart}, when the clock restarted; the {period, select, oneMonth {last day} other {last day if extended}} cannot fall before the period runs again, so it is {date}.',
    'trail.adjustedEnd':
      '{period, select, oneMonth {Adjusted last day: {date}.} other {Adjusted last day if extended: {date}.}}',
    'trail.extensionBy':
      'An extension must be decided and notified to the data subject by {date} (Art. 12(3)).',
    'planning.eve':
      '{which, select, due {The last day} other {The last day if extended}} {date} is {eve}. It is not a public holiday, so the deadline does not move, but the day is normally off: plan to answer by {planBy}.',
    'holiday.newYearsDay': "New Year's Day",
    'holiday.epiphany': 'Epiphany',
    'holiday.goodFriday': 'Good Friday',
    'holiday.easterSunday': 'Easter Sunday',
    'holiday.easterMonday': 'Easter Monday',
    'holiday.mayDay': 'May Day',
    'holiday.ascensionDay': 'Ascension Day',
    'holiday.whitSunday': 'Whit Sunday',
    'holiday.nationalDay': 'the National Day of Sweden',
    'holiday.midsummerDay': 'Midsummer Day',
    'holiday.allSaintsDay': "All Saints' Day",
    'holiday.christmasDay': 'Christmas Day',
    'holiday.boxingDay': 'Boxing Day',
    'holiday.midsummerEve': 'Midsummer Eve',
    'holiday.christmasEve': 'Christmas Eve',
    'holiday.newYearsEve': "New Year's Eve",
    'holiday.saturday': 'a Saturday',
    'holiday.sunday': 'a Sunday'
  }
)
