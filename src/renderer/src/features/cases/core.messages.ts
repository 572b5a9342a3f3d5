import { defineMessages } from '../../lib/i18n/define'

/**
 * What the domain core says about cases, in words: checklist items, legal bases, free-copy
 * status, retention, deadline reminders, organisation types and the core's errors that the
 * other message sets do not already name.
 */
export const caseCoreMessages = defineMessages(
  {
    'task.acknowledge': 'Skicka mottagningsbekräftelse',
    'task.checkIdentity': 'Kontrollera identiteten (bara vid rimliga tvivel)',
    'task.checkFreeCopy': 'Kontrollera kostnadsfri kopia',
    'task.searchSystems': 'Sök igenom alla system och leverantörer',
    'task.compileCopy': 'Sammanställ registerutdraget',
    'task.sendCopy': 'Skicka registerutdraget',
    'task.checkRectification': 'Kontrollera uppgifterna som ska rättas',
    'task.rectifyEverywhere': 'Rätta i alla system',
    'task.notifyRecipients': 'Underrätta mottagare (art. 19)',
    'task.confirmRectification': 'Bekräfta rättelsen till den registrerade',
    'task.decidePerCategory': 'Besluta per kategori: radera eller spärra',
    'task.eraseEverywhere': 'Radera i alla system',
    'task.confirmErasure': 'Bekräfta raderingen och spärrade uppgifter till den registrerade',
    'task.restrictEverywhere': 'Begränsa behandlingen i alla system',
    'task.confirmRestriction': 'Bekräfta begränsningen till den registrerade',
    'task.exportMachineReadable': 'Ta fram uppgifterna i ett maskinläsbart format',
    'task.deliverData': 'Leverera uppgifterna',
    'task.assessObjection': 'Pröva invändningen mot berättigade skäl',
    'task.stopOrJustify': 'Upphör med behandlingen eller motivera fortsatt behandling',
    'task.answerSubject': 'Besvara den registrerade',
    'task.suppressMarketing': 'Lägg till i spärrlistan för marknadsföring samma dag',
    'task.removeFromMailingLists': 'Ta bort ur utskickslistor hos leverantörer',
    'task.confirmOptOut': 'Bekräfta avregistreringen',
    'task.investigate': 'Utred begäran',
    'task.null': 'egen uppgift',
    'legalBasis.bokforingslagen': 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    'legalBasis.penningtvattslagen': 'Penningtvättslagen (2017:630) 5 kap. 3 §',
    'legalBasis.konsumentkop': 'Konsumentköplagen (2022:260), reklamationsfrist 3 år',
    'legalBasis.other': 'Annan rättslig förpliktelse',
    'startEvent.bokforingslagen': 'Räkenskapsårets sista dag',
    'startEvent.penningtvattslagen': 'Dagen då affärsförbindelsen upphörde',
    'startEvent.konsumentkop': 'Leveransdagen',
    'startEvent.other': 'Startdag',
    'startEvent.financialYear':
      'Räkenskapsår: {financialYear}. Senaste räkenskapsårets sista dag: {lastEnd}.',
    'retention.bokforingslagen':
      'Räkenskapsåret slutade {start}; räkenskapsinformation sparas till och med det sjunde året efter utgången av kalenderåret {calendarYear}, alltså till och med {lastDay} (bokföringslagen 7 kap. 2 §). Får raderas från {releaseDate}.',
    'retention.years':
      '{years} år från {start} slutar vid utgången av {lastDay} ({basis}). Får raderas från {releaseDate}.',
    'retention.explicit':
      'Spärrad till och med {lastDay} enligt angiven rättslig förpliktelse. Får raderas från {releaseDate}.',
    'freeCopy.first':
      'Kostnadsfri kopia tillgänglig: ingen kostnadsfri kopia har lämnats tidigare.',
    'freeCopy.yearPassed':
      'Kostnadsfri kopia tillgänglig: den senaste kostnadsfria kopian ({lastFree}) lämnades för tolv månader sedan eller mer.',
    'freeCopy.otherScope':
      'Kostnadsfri kopia: begäran gäller andra uppgifter eller en annan period än kopiorna de senaste tolv månaderna (den senaste {lastFree}).',
    'freeCopy.chargeable':
      'Senaste kostnadsfria kopia av samma uppgifter {lastFree}, nästa kostnadsfria från {nextFreeFrom}. Ytterligare en kopia av samma uppgifter får kosta en rimlig avgift, men först efter ett avgiftsbesked; den får inte vägras.',
    'freeCopy.line.available': 'Kostnadsfri kopia tillgänglig',
    'freeCopy.line.dates':
      'Senaste kostnadsfria kopia {lastFree}, nästa kostnadsfria från {nextFreeFrom}',
    'dash.deleteNowItem': 'Radera nu: {category} ({reference}, spärrad till {releaseDate})',
    'alertType.access': 'begäran om registerutdrag',
    'alertType.rectification': 'begäran om rättelse',
    'alertType.erasure': 'begäran om radering',
    'alertType.restriction': 'begäran om begränsning',
    'alertType.portability': 'begäran om dataportabilitet',
    'alertType.objection': 'invändningen',
    'alertType.marketingOptOut': 'avregistreringen från marknadsföring',
    'alertType.other': 'begäran',
    'alert.title.overdue': '{reference} är försenat',
    'alert.title.due':
      '{reference}: sista dag {daysLeft, plural, =0 {i dag} =1 {i morgon} other {om # dagar}}',
    'alert.body.overdue':
      'Sista dag för {type} var {due} (för {daysOverdue, plural, one {# dag} other {# dagar}} sedan).',
    'alert.body.due': 'Besvara {type} senast {due}.',
    'alert.more.title': '{count, plural, one {# påminnelse till} other {# påminnelser till}}',
    'alert.more.body': 'Öppna DPO Desk för att se alla tidsfrister.',
    'decision.reopen': 'Öppnat igen',
    'orgType.deathEstate': 'Dödsbo',
    'orgType.publicBody': 'Stat, region, kommun eller församling',
    'orgType.foreignCompany': 'Utländskt företag med verksamhet eller fastighet i Sverige',
    'orgType.limitedCompany': 'Aktiebolag',
    'orgType.simplePartnership': 'Enkelt bolag',
    'orgType.economicAssociation': 'Ekonomisk förening eller bostadsrättsförening',
    'orgType.nonProfit': 'Ideell förening eller stiftelse',
    'orgType.partnership': 'Handelsbolag eller kommanditbolag',
    'orgType.soleTrader': 'Enskild näringsidkare',
    'error.CASE_CLOCK_STOP_AFTER_DEADLINE':
      'Klockan kan inte stoppas från {from}: {isExtended, select, true {den förlängda sista dagen} other {sista dagen}} var {due}. En frist kan bara stå still medan den löper (EDPB 01/2022 punkt 159).',
    'error.CASE_CLOCK_RESUME_DATES':
      'Klockan kan startas igen tidigast {from}, när den stoppades, och senast i dag.',
    'error.CASE_TASK_LABEL_REQUIRED': 'Skriv vad som ska göras.',
    'error.CASE_FEE_WARNING_BEFORE_RECEIPT':
      'Avgiftsbeskedet ({warnedAt}) kan inte vara daterat före den dag begäran kom in ({receivedAt}).',
    'error.CASE_FEE_WARNING_IN_FUTURE':
      'Avgiftsbeskedet ({warnedAt}) kan inte vara daterat i framtiden. Registrera avgiften när beskedet har skickats.',
    'error.CASE_SEQUENCE_INVALID': 'Ärendenumret kan inte tas fram. Försök igen.',
    'error.CASE_COPY_NOT_ACCESS': 'Kopior registreras bara för begäran om registerutdrag.',
    'error.CASE_COPY_PERIOD_INVALID': 'Perioden ska ha ett startdatum före slutdatumet.',
    'error.CASE_COPY_CHARGED_WITHOUT_WARNING':
      'En kopia kan bara avgiftsbeläggas när en avgift med avgiftsbesked har registrerats i ärendet.',
    'error.CASE_COPY_CHARGED_TOO_EARLY':
      'En avgiftsbelagd kopia kan lämnas tidigast dagen efter avgiftsbeskedet ({warnedAt}), så att den registrerade hinner återkalla eller ändra sin begäran.',
    'error.RETENTION_START_NOT_MONTH_END':
      '{start} är ingen månads sista dag. Ett räkenskapsår slutar alltid på en månads sista dag, till exempel 2025-12-31 eller 2026-04-30.',
    'error.ID_PLUS_REQUIRED':
      'Med bindestreck blir födelsedagen i framtiden. Är personen född {year} fyller hon eller han 100 år i år: skriv numret med + (ÅÅMMDD+NNNN) eller med 12 siffror.',
    'error.ID_PLUS_WITH_CENTURY':
      'Med 12 siffror skrivs personnumret med bindestreck eller utan skiljetecken, aldrig med +.',
    'error.ID_IS_ORGANISATION_NUMBER':
      'Det här är ett organisationsnummer, inte ett personnummer eller samordningsnummer.',
    'error.ORGNR_GROUP':
      'Organisationsnumret börjar med en siffra som Skatteverket inte använder (1, 2, 3, 5, 6, 7, 8 eller 9).',
    'error.ORGNR_THIRD_DIGIT':
      'Den tredje siffran i ett organisationsnummer är alltid 2 eller högre. Kontrollera numret.',
    'error.DATE_OUT_OF_RANGE':
      'Året {year} ligger utanför det som programmet hanterar ({min}–{max}).',
    'error.DEADLINE_CLOCK_STOP_ORDER':
      'Ett klockstopp kan inte sluta ({to}) före det började ({from}).',
    'error.DEADLINE_CLOCK_STOP_BEFORE_RECEIPT':
      'Ett klockstopp ({from}) kan inte börja före mottagningsdagen {receivedAt}.',
    'error.DEADLINE_OPEN_STOP_NEEDS_TODAY':
      'Klockan står fortfarande still; dagens datum behövs för att räkna fram fristen.',
    'error.CRYPTO_DECRYPT_FAILED':
      'Uppgifterna kunde inte dekrypteras. De kan vara skadade eller låsta med en annan nyckel.',
    'error.BACKUP_WRONG_PASSPHRASE': 'Fel lösenfras för säkerhetskopian.',
    'error.BACKUP_WRONG_RECOVERY_KEY': 'Fel återställningsnyckel för säkerhetskopian.',
    'error.RECORD_CODEC_INVALID': 'En lagrad post är skadad och kan inte läsas.',
    'error.VAULT_PASSPHRASE_POLICY': 'Lösenfrasen är för svag. Välj en längre fras med flera ord.'
  },
  {
    'task.acknowledge': 'Send an acknowledgement of receipt',
    'task.checkIdentity': 'Check the identity (only if there are reasonable doubts)',
    'task.checkFreeCopy': 'Check the free copy',
    'task.searchSystems': 'Search every system and supplier',
    'task.compileCopy': 'Compile the copy of the data',
    'task.sendCopy': 'Send the copy of the data',
    'task.checkRectification': 'Check the data to be rectified',
    'task.rectifyEverywhere': 'Rectify in every system',
    'task.notifyRecipients': 'Notify recipients (Art. 19)',
    'task.confirmRectification': 'Confirm the rectification to the data subject',
    'task.decidePerCategory': 'Decide per category: erase or block',
    'task.eraseEverywhere': 'Erase in every system',
    'task.confirmErasure': 'Confirm the erasure and any blocked data to the data subject',
    'task.restrictEverywhere': 'Restrict the processing in every system',
    'task.confirmRestriction': 'Confirm the restriction to the data subject',
    'task.exportMachineReadable': 'Produce the data in a machine-readable format',
    'task.deliverData': 'Deliver the data',
    'task.assessObjection': 'Weigh the objection against legitimate grounds',
    'task.stopOrJustify': 'Stop the processing or give reasons to continue',
    'task.answerSubject': 'Answer the data subject',
    'task.suppressMarketing': 'Add to the marketing suppression list the same day',
    'task.removeFromMailingLists': 'Remove from suppliers’ mailing lists',
    'task.confirmOptOut': 'Confirm the opt-out',
    'task.investigate': 'Look into the request',
    'task.null': 'own task',
    'legalBasis.bokforingslagen': 'Bookkeeping Act (1999:1078), ch. 7 s. 2',
    'legalBasis.penningtvattslagen': 'Anti-Money Laundering Act (2017:630), ch. 5 s. 3',
    'legalBasis.konsumentkop': 'Consumer Sales Act (2022:260), 3-year complaint period',
    'legalBasis.other': 'Other legal obligation',
    'startEvent.bokforingslagen': 'Last day of the financial year',
    'startEvent.penningtvattslagen': 'Day the business relationship ended',
    'startEvent.konsumentkop': 'Day of delivery',
    'startEvent.other': 'Start date',
    'startEvent.financialYear':
      'Financial year: {financialYear}. Last day of the latest financial year: {lastEnd}.',
    'retention.bokforingslagen':
      'The financial year ended {start}; accounting records are kept until the end of the seventh year after the calendar year {calendarYear}, that is until {lastDay} inclusive (Bookkeeping Act, ch. 7 s. 2). May be erased from {releaseDate}.',
    'retention.years':
      '{years} years from {start} end at the end of {lastDay} ({basis}). May be erased from {releaseDate}.',
    'retention.explicit':
      'Blocked until {lastDay} inclusive under the stated legal obligation. May be erased from {releaseDate}.',
    'freeCopy.first': 'Free copy available: no free copy has been delivered before.',
    'freeCopy.yearPassed':
      'Free copy available: the last free copy ({lastFree}) was delivered twelve months ago or more.',
    'freeCopy.otherScope':
      'Free copy: the request concerns other data or another period than the copies of the last twelve months (the latest {lastFree}).',
    'freeCopy.chargeable':
      'Last free copy of the same data {lastFree}, next free copy from {nextFreeFrom}. A further copy of the same data may carry a reasonable fee, but only after a fee warning; it may not be refused.',
    'freeCopy.line.available': 'Free copy available',
    'freeCopy.line.dates': 'Last free copy {lastFree}, next free copy from {nextFreeFrom}',
    'dash.deleteNowItem': 'Erase now: {category} ({reference}, blocked until {releaseDate})',
    'alertType.access': 'the access request',
    'alertType.rectification': 'the rectification request',
    'alertType.erasure': 'the erasure request',
    'alertType.restriction': 'the restriction request',
    'alertType.portability': 'the portability request',
    'alertType.objection': 'the objection',
    'alertType.marketingOptOut': 'the marketing opt-out',
    'alertType.other': 'the request',
    'alert.title.overdue': '{reference} is overdue',
    'alert.title.due':
      '{reference} is due {daysLeft, plural, =0 {today} =1 {tomorrow} other {in # days}}',
    'alert.body.overdue':
      'The deadline for {type} was {due} ({daysOverdue, plural, one {# day} other {# days}} ago).',
    'alert.body.due': 'Answer {type} by {due}.',
    'alert.more.title':
      '{count, plural, one {# more deadline reminder} other {# more deadline reminders}}',
    'alert.more.body': 'Open DPO Desk to see every deadline.',
    'decision.reopen': 'Reopened',
    'orgType.deathEstate': 'Estate of a deceased person',
    'orgType.publicBody': 'State, region, municipality or parish',
    'orgType.foreignCompany': 'Foreign company with business or property in Sweden',
    'orgType.limitedCompany': 'Limited company (aktiebolag)',
    'orgType.simplePartnership': 'Simple partnership',
    'orgType.economicAssociation': 'Economic or housing association',
    'orgType.nonProfit': 'Non-profit association or foundation',
    'orgType.partnership': 'Trading or limited partnership',
    'orgType.soleTrader': 'Sole trader',
    'error.CASE_CLOCK_STOP_AFTER_DEADLINE':
      'The clock cannot be stopped from {from}: the {isExtended, select, true {extended last day} other {last day}} was {due}. A period can only be suspended while it runs (EDPB 01/2022, para. 159).',
    'error.CASE_CLOCK_RESUME_DATES':
      'The clock can be restarted from {from}, when it was stopped, up to today.',
    'error.CASE_TASK_LABEL_REQUIRED': 'Write what needs to be done.',
    'error.CASE_FEE_WARNING_BEFORE_RECEIPT':
      'The fee warning ({warnedAt}) cannot be dated before the day the request arrived ({receivedAt}).',
    'error.CASE_FEE_WARNING_IN_FUTURE':
      'The fee warning ({warnedAt}) cannot be dated in the future. Record the fee once the warning has been sent.',
    'error.CASE_SEQUENCE_INVALID': 'The case reference could not be assigned. Try again.',
    'error.CASE_COPY_NOT_ACCESS': 'Copies are recorded only for access requests.',
    'error.CASE_COPY_PERIOD_INVALID': 'The period must start before it ends.',
    'error.CASE_COPY_CHARGED_WITHOUT_WARNING':
      'A copy can only be charged for once a fee with a fee warning has been recorded in the case.',
    'error.CASE_COPY_CHARGED_TOO_EARLY':
      'A charged copy can be delivered from the day after the fee warning ({warnedAt}) at the earliest, so that the data subject can withdraw or change the request.',
    'error.RETENTION_START_NOT_MONTH_END':
      '{start} is not the last day of a month. A financial year always ends on the last day of a month, for example 2025-12-31 or 2026-04-30.',
    'error.ID_PLUS_REQUIRED':
      'With a hyphen the birth date is in the future. If the person was born in {year}, they turn 100 this year: write the number with + (YYMMDD+NNNN) or with 12 digits.',
    'error.ID_PLUS_WITH_CENTURY':
      'With 12 digits the number is written with a hyphen or without a separator, never with +.',
    'error.ID_IS_ORGANISATION_NUMBER':
      'This is an organisation number, not a personal identity or coordination number.',
    'error.ORGNR_GROUP':
      'The organisation number starts with a digit the Swedish Tax Agency does not use (1, 2, 3, 5, 6, 7, 8 or 9).',
    'error.ORGNR_THIRD_DIGIT':
      'The third digit of an organisation number is always 2 or higher. Check the number.',
    'error.DATE_OUT_OF_RANGE': 'The year {year} is outside what the program handles ({min}–{max}).',
    'error.DEADLINE_CLOCK_STOP_ORDER': 'A clock stop cannot end ({to}) before it began ({from}).',
    'error.DEADLINE_CLOCK_STOP_BEFORE_RECEIPT':
      'A clock stop ({from}) cannot begin before the day of receipt, {receivedAt}.',
    'error.DEADLINE_OPEN_STOP_NEEDS_TODAY':
      "The clock is still stopped; today's date is needed to compute the deadline.",
    'error.CRYPTO_DECRYPT_FAILED':
      'The data could not be decrypted. It may be damaged or locked with another key.',
    'error.BACKUP_WRONG_PASSPHRASE': 'Wrong passphrase for the backup.',
    'error.BACKUP_WRONG_RECOVERY_KEY': 'Wrong recovery key for the backup.',
    'error.RECORD_CODEC_INVALID': 'A stored record is damaged and cannot be read.',
    'error.VAULT_PASSPHRASE_POLICY':
      'The passphrase is too weak. Choose a longer phrase of several words.'
  }
)
