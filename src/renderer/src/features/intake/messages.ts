import { defineMessages } from '../../lib/i18n/define'

/** E-mail intake, data collection and the calendar export (issue 16). */
export const intakeMessages = defineMessages(
  {
    'intake.choose': 'Importera e-post',
    'intake.chooseAnother': 'Välj e-postfil',
    'intake.title': 'Importera e-post',
    'intake.hint':
      'Dra ett e-postmeddelande (.eml eller Outlook .msg) till programmet eller välj en fil. Meddelandet visas som ren text; ingenting hämtas från internet.',
    'intake.reading': 'Läser {name}…',
    'intake.refused': 'Meddelandet lästes inte in',
    'intake.message': 'Meddelandet',
    'intake.from': 'Från',
    'intake.date': 'Skickat (svensk tid)',
    'intake.noDate': 'Saknas – dagens datum används',
    'intake.subject': 'Ämne',
    'intake.noSubject': '(utan ämne)',
    'intake.file': 'Fil',
    'intake.htmlAsText': 'Meddelandet var skrivet i HTML och visas här som text.',
    'intake.noText': '(meddelandet har ingen text)',
    'intake.attachments': '{count, plural, one {# bilaga} other {# bilagor}}',
    'intake.inline': 'infogad bild',
    'intake.originalKept':
      'Bilagorna och originalfilen {name} sparas krypterade i ärendet som inkommande e-post.',
    'intake.person': 'Registrerad person',
    'intake.matched': 'Avsändaren är {name}',
    'intake.noMatch': 'Ingen registrerad person har adressen {address}.',
    'intake.register': 'Registrera avsändaren som ny person',
    'intake.subjectRequired': 'Välj eller registrera den registrerade personen först.',
    'intake.createTitle': 'Registrera ärendet',
    'intake.suggested': 'Förslag utifrån {words}; ändra om det inte stämmer.',
    'intake.noSuggestion': 'Inget ord i meddelandet pekar ut en typ; välj själv.',
    'intake.receivedFromDate':
      'Svenska datumet då meddelandet skickades; ändra om det kom in en annan dag.',
    'intake.receivedToday': 'Meddelandet saknar ett användbart datum; dagens datum är förvalt.',
    'intake.create': 'Registrera ärendet',

    'collect.title': 'Uppgifter från andra system',
    'collect.hint':
      'Importera en export (CSV eller Excel) och välj vilka kolumner som hör till vilken kategori. Bara raderna om {name} tas med i registerutdraget.',
    'collect.choose': 'Välj exportfil',
    'collect.drop': 'eller dra filen hit',
    'collect.reading': 'Läser {name}',
    'collect.read':
      '{name}: {rows, plural, one {# rad} other {# rader}}, {columns, plural, one {# kolumn} other {# kolumner}}{encoding, select, none {} other { ({encoding})}}{delimiter, select, none {} other {, avgränsare {delimiter}}}.',
    'collect.source': 'Källsystem',
    'collect.sourceHint': 'Kolumnvalen sparas för källsystemet och föreslås nästa gång.',
    'collect.column': 'Kolumn',
    'collect.example': 'Exempel',
    'collect.match': 'Identifierar personen',
    'collect.category': 'Kategori i registerutdraget',
    'collect.none': '–',
    'collect.kind.personnummer': 'Personnummer',
    'collect.kind.email': 'E-post',
    'collect.kind.customerRef': 'Kundnummer',
    'collect.needMatch': 'Välj minst en kolumn som identifierar personen.',
    'collect.needCategory': 'Välj en kategori för minst en kolumn.',
    'collect.noIdentifiers':
      'Personen saknar personnummer, e-post och kundnummer i registret, så inga rader kan kopplas till hen.',
    'collect.filter': 'Hämta personens rader',
    'collect.found':
      '{matched, plural, =0 {Inga rader gäller personen.} one {# rad gäller personen.} other {# rader gäller personen.}}',
    'collect.attachRaw': 'Bifoga exportfilen till ärendet',
    'collect.save': 'Lägg till i registerutdraget',
    'collect.saved':
      '{rows, plural, one {# rad} other {# rader}} från {source} finns nu med i registerutdraget.',
    'collect.rawSubject': 'Export från {source} ({name})',
    'collect.cancel': 'Avbryt importen',
    'collect.imported': 'Importerat',
    'collect.importedLine':
      '{category}: {rows, plural, one {# rad} other {# rader}} från {source} ({date})',
    'collect.remove': 'Ta bort',
    'collect.removed': 'De importerade raderna är borttagna.',

    'calendar.export': 'Exportera frister (.ics)',
    'calendar.exportCase': 'Frister till kalendern (.ics)',
    'calendar.none': 'Det finns inga öppna ärenden med frister att exportera.',
    'calendar.saved':
      '{count, plural, one {# kalenderpost} other {# kalenderposter}} sparade i {path}. De visar bara ärendenummer och typ.',
    'calendar.kind.due': 'sista dag att svara',
    'calendar.kind.extendedDue': 'sista dag att svara (förlängd frist)',
    'calendar.kind.postBy': 'posta svaret senast',
    'calendar.description':
      'Tidsfrist enligt artikel 12.3 i dataskyddsförordningen. Se ärendet i DPO Desk.',
    'calendar.name': 'DPO Desk – frister',
    'calendar.fileAll': 'DPO Desk frister',

    'error.INTAKE_TOO_LARGE':
      'Filen är större än {maxMb} MB och läses inte in. Ingenting har sparats.',
    'error.INTAKE_UNSUPPORTED':
      'Filen {name} kan inte läsas här: programmet läser e-post som .eml eller .msg och exporter som .csv eller .xlsx. Ingenting har sparats.',
    'error.INTAKE_MALFORMED':
      'Filen {name} är skadad eller inte det som filnamnet säger. Ingenting har sparats.',
    'error.INTAKE_MALFORMED_ROW':
      'Filen {name} kan inte läsas: rad {row} har ett citattecken som aldrig avslutas eller fler värden än det finns kolumner. Ingenting har importerats.',
    'error.INTAKE_NO_SENDER':
      'Meddelandet {name} har inte en enda tydlig avsändaradress och kan inte registreras. Ingenting har sparats.',
    'error.INTAKE_ENCODED_WORD_TRICK':
      'Meddelandet har dolda tecken i {field, select, subject {ämnesraden} from {avsändaren} other {ett filnamn}} (radbrytningar, styrtecken eller omvänd textriktning) och kan vara ett bedrägeriförsök. Det har inte lästs in.',
    'error.INTAKE_SENDER_MISMATCH':
      'Avsändarens namn visar adressen {shown}, men meddelandet kommer från {address}. Det kan vara ett bedrägeriförsök och har inte lästs in.',
    'error.INTAKE_NESTED_TOO_DEEP':
      'Meddelandet innehåller meddelanden i meddelanden i fler led än programmet följer ({name}). Det har inte lästs in.',
    'error.INTAKE_TOO_MANY_PARTS':
      'Meddelandet har fler delar eller bilagor än ett vanligt meddelande och har inte lästs in.',
    'error.INTAKE_ZIP_BOMB':
      'Bilagan {name} packas upp till mycket mer än sin storlek (en så kallad zip-bomb). Meddelandet har inte lästs in.',
    'error.INTAKE_TYPE_MISMATCH':
      'Bilagan {name} är inte vad den utger sig för att vara: den anges som {claimed} men är {actual, select, unknown {något annat} other {{actual}}}. Meddelandet har inte lästs in.',
    'error.INTAKE_EXECUTABLE':
      'Bilagan {name} är ett program. Program tas inte emot, så meddelandet har inte lästs in.',
    'error.INTAKE_TOO_COMPLEX':
      'Filen tog för lång tid eller för mycket minne att läsa och kan vara skadad eller skadlig. Ingenting har sparats.',
    'error.INTAKE_EMPTY_TABLE':
      'Filen {name} har ingen rubrikrad med rader under. Ingenting har importerats.',
    'error.INTAKE_TABLE_TOO_LARGE':
      'Exporten har fler än {maxRows} rader eller {maxColumns} kolumner. Dela upp den och försök igen; ingenting har importerats.',
    'error.INTAKE_TOO_MANY_MATCHES':
      '{rows} rader gäller personen, fler än de {max} som ett registerutdrag tar med. Dela upp exporten; ingenting har importerats.',
    'error.INTAKE_SESSION_GONE':
      'Importen har avslutats (den stängdes eller lämnades orörd för länge). Välj filen igen.',
    'error.COLLECTED_INVALID':
      'De importerade uppgifterna kan inte sparas: högst {maxRows} rader och {maxColumns} kolumner per kategori.',
    'error.COLLECTED_EMPTY': 'Inga rader gäller personen, så ingenting har importerats.',
    'error.COLLECTED_TOO_MANY':
      'Ärendet har redan {max} importerade tabeller; ta bort någon först.',
    'error.COLLECTED_NOT_FOUND': 'Den importerade tabellen finns inte längre.'
  },
  {
    'intake.choose': 'Import e-mail',
    'intake.chooseAnother': 'Choose an e-mail file',
    'intake.title': 'Import e-mail',
    'intake.hint':
      'Drag an e-mail (.eml or Outlook .msg) onto the app or choose a file. The message is shown as plain text; nothing is fetched from the internet.',
    'intake.reading': 'Reading {name}…',
    'intake.refused': 'The message was not imported',
    'intake.message': 'The message',
    'intake.from': 'From',
    'intake.date': 'Sent (Swedish time)',
    'intake.noDate': "Missing – today's date is used",
    'intake.subject': 'Subject',
    'intake.noSubject': '(no subject)',
    'intake.file': 'File',
    'intake.htmlAsText': 'The message was written in HTML and is shown here as text.',
    'intake.noText': '(the message has no text)',
    'intake.attachments': '{count, plural, one {# attachment} other {# attachments}}',
    'intake.inline': 'inline image',
    'intake.originalKept':
      'The attachments and the original file {name} are kept encrypted in the case as incoming e-mail.',
    'intake.person': 'Data subject',
    'intake.matched': 'The sender is {name}',
    'intake.noMatch': 'No registered person has the address {address}.',
    'intake.register': 'Register the sender as a new person',
    'intake.subjectRequired': 'Choose or register the data subject first.',
    'intake.createTitle': 'Register the case',
    'intake.suggested': 'Suggested from {words}; change it if it is wrong.',
    'intake.noSuggestion': 'No word in the message points to a type; choose one.',
    'intake.receivedFromDate':
      'The Swedish date the message was sent; change it if it arrived on another day.',
    'intake.receivedToday': "The message has no usable date; today's date is preselected.",
    'intake.create': 'Register the case',

    'collect.title': 'Data from other systems',
    'collect.hint':
      'Import an export (CSV or Excel) and choose which columns belong to which category. Only the rows about {name} go into the copy.',
    'collect.choose': 'Choose an export file',
    'collect.drop': 'or drag the file here',
    'collect.reading': 'Reading {name}',
    'collect.read':
      '{name}: {rows, plural, one {# row} other {# rows}}, {columns, plural, one {# column} other {# columns}}{encoding, select, none {} other { ({encoding})}}{delimiter, select, none {} other {, delimiter {delimiter}}}.',
    'collect.source': 'Source system',
    'collect.sourceHint':
      'The column choices are saved for the source system and offered next time.',
    'collect.column': 'Column',
    'collect.example': 'Example',
    'collect.match': 'Identifies the person',
    'collect.category': 'Category in the copy',
    'collect.none': '–',
    'collect.kind.personnummer': 'Personal identity number',
    'collect.kind.email': 'E-mail',
    'collect.kind.customerRef': 'Customer number',
    'collect.needMatch': 'Choose at least one column that identifies the person.',
    'collect.needCategory': 'Choose a category for at least one column.',
    'collect.noIdentifiers':
      'The person has no personal identity number, e-mail or customer number in the register, so no rows can be linked to them.',
    'collect.filter': "Find the person's rows",
    'collect.found':
      '{matched, plural, =0 {No rows concern the person.} one {# row concerns the person.} other {# rows concern the person.}}',
    'collect.attachRaw': 'Attach the export file to the case',
    'collect.save': 'Add to the copy',
    'collect.saved':
      '{rows, plural, one {# row} other {# rows}} from {source} are now in the copy.',
    'collect.rawSubject': 'Export from {source} ({name})',
    'collect.cancel': 'Cancel the import',
    'collect.imported': 'Imported',
    'collect.importedLine':
      '{category}: {rows, plural, one {# row} other {# rows}} from {source} ({date})',
    'collect.remove': 'Remove',
    'collect.removed': 'The imported rows are removed.',

    'calendar.export': 'Export deadlines (.ics)',
    'calendar.exportCase': 'Deadlines to the calendar (.ics)',
    'calendar.none': 'There are no open cases with deadlines to export.',
    'calendar.saved':
      '{count, plural, one {# calendar entry} other {# calendar entries}} saved in {path}. They show only the case reference and type.',
    'calendar.kind.due': 'last day to answer',
    'calendar.kind.extendedDue': 'last day to answer (extended)',
    'calendar.kind.postBy': 'post the answer by',
    'calendar.description':
      'Time limit under Article 12(3) of the General Data Protection Regulation. See the case in DPO Desk.',
    'calendar.name': 'DPO Desk – deadlines',
    'calendar.fileAll': 'DPO Desk deadlines',

    'error.INTAKE_TOO_LARGE':
      'The file is larger than {maxMb} MB and is not imported. Nothing was saved.',
    'error.INTAKE_UNSUPPORTED':
      'The file {name} cannot be read here: the app reads e-mail as .eml or .msg and exports as .csv or .xlsx. Nothing was saved.',
    'error.INTAKE_MALFORMED':
      'The file {name} is damaged or not what its name says. Nothing was saved.',
    'error.INTAKE_MALFORMED_ROW':
      'The file {name} cannot be read: row {row} has a quote that never ends or more values than there are columns. Nothing was imported.',
    'error.INTAKE_NO_SENDER':
      'The message {name} does not have one clear sender address and cannot be registered. Nothing was saved.',
    'error.INTAKE_ENCODED_WORD_TRICK':
      'The message has hidden characters in {field, select, subject {the subject} from {the sender} other {a file name}} (line breaks, control characters or reversed text direction) and may be a fraud attempt. It was not imported.',
    'error.INTAKE_SENDER_MISMATCH':
      "The sender's name shows the address {shown}, but the message comes from {address}. It may be a fraud attempt and was not imported.",
    'error.INTAKE_NESTED_TOO_DEEP':
      'The message contains messages within messages more levels deep than the app follows ({name}). It was not imported.',
    'error.INTAKE_TOO_MANY_PARTS':
      'The message has more parts or attachments than an ordinary message and was not imported.',
    'error.INTAKE_ZIP_BOMB':
      'The attachment {name} unpacks to far more than its size (a so-called zip bomb). The message was not imported.',
    'error.INTAKE_TYPE_MISMATCH':
      'The attachment {name} is not what it claims to be: it is given as {claimed} but is {actual, select, unknown {something else} other {{actual}}}. The message was not imported.',
    'error.INTAKE_EXECUTABLE':
      'The attachment {name} is a program. Programs are not accepted, so the message was not imported.',
    'error.INTAKE_TOO_COMPLEX':
      'The file took too long or too much memory to read and may be damaged or hostile. Nothing was saved.',
    'error.INTAKE_EMPTY_TABLE':
      'The file {name} has no header row with rows below it. Nothing was imported.',
    'error.INTAKE_TABLE_TOO_LARGE':
      'The export has more than {maxRows} rows or {maxColumns} columns. Split it and try again; nothing was imported.',
    'error.INTAKE_TOO_MANY_MATCHES':
      '{rows} rows concern the person, more than the {max} one copy carries. Split the export; nothing was imported.',
    'error.INTAKE_SESSION_GONE':
      'The import has ended (it was closed or left untouched too long). Choose the file again.',
    'error.COLLECTED_INVALID':
      'The imported data cannot be saved: at most {maxRows} rows and {maxColumns} columns per category.',
    'error.COLLECTED_EMPTY': 'No rows concern the person, so nothing was imported.',
    'error.COLLECTED_TOO_MANY': 'The case already has {max} imported tables; remove one first.',
    'error.COLLECTED_NOT_FOUND': 'The imported table no longer exists.'
  }
)
