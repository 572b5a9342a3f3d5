import { defineMessages } from '../../lib/i18n/define'

/**
 * The audit log's events (`audit.<action>`, from the action's parameters) and why a chain
 * does not verify. Events stored before actions had parameters show their own Swedish text.
 */
export const auditMessages = defineMessages(
  {
    'audit.case.create': '{reference}: registrerad ({type}, mottagen {receivedAt})',
    'audit.case.status': '{reference}: status {from} → {to}',
    'audit.case.extend': '{reference}: förlängd till {newDue} ({reason})',
    'audit.case.clock-stop':
      '{reference}: klockan stoppad från {from} ({reason}, frågan skickad {questionSentAt})',
    'audit.case.clock-resume': '{reference}: klockan startad igen {to}',
    'audit.case.decision': '{reference}: beslut: {kind}',
    'audit.case.close': '{reference}: avslutat (status var {from})',
    'audit.case.reopen': '{reference}: öppnat igen',
    'audit.case.task': '{reference}: uppgift {done, select, true {klar} other {inte klar}}: {task}',
    'audit.case.task-add': '{reference}: egen uppgift tillagd',
    'audit.case.correspondence':
      '{reference}: {direction} post ({medium}){attachments, plural, =0 {} one { med # bilaga} other { med # bilagor}}',
    'audit.case.posted': '{reference}: {count} brev postade {postedAt}',
    'audit.case.fee': '{reference}: avgift {amountSek} kr (avgiftsbesked {warnedAt})',
    'audit.case.fee-remove': '{reference}: avgift borttagen',
    'audit.case.erasure':
      '{reference}: kategori {category}: {action, select, erase {radera} other {spärra till {releaseDate}}}',
    'audit.case.erased': '{reference}: kategori {category} raderad {erasedAt}',
    'audit.case.art19':
      '{reference}: {notifiedAt, select, null {en mottagare behöver inte underrättas (art. 19)} other {en mottagare underrättad {notifiedAt} (art. 19)}}',
    'audit.case.art19-remove':
      '{reference}: en uppgift om underrättad mottagare togs bort (art. 19)',
    'audit.case.copy':
      '{reference}: kopia lämnad {deliveredAt} ({free, select, true {kostnadsfri} other {avgiftsbelagd}})',
    'audit.case.data-import':
      '{reference}: {rows, plural, one {# rad} other {# rader}} ur {source} importerade ({tables, plural, one {# kategori} other {# kategorier}})',
    'audit.case.data-remove':
      '{reference}: importerade uppgifter ur {source} borttagna ({rows, plural, one {# rad} other {# rader}})',
    'audit.case.retention-delete':
      '{reference}: raderat när lagringstiden gått ut ({type}, avslutat {closedMonth})',
    'audit.subject.retention-delete':
      'Registrerad person raderad när lagringstiden för personens ärenden gått ut',
    'audit.subject.create': 'Registrerad person skapad',
    'audit.subject.update':
      'Registrerad person ändrad: {fields}{reference, select, null {} other { (rättelse i {reference})}}',
    'audit.subject.merge':
      'Registrerad person sammanslagen med en annan post för samma person ({cases, plural, =0 {inga ärenden} one {# ärende flyttat} other {# ärenden flyttade}})',
    'audit.case.subject-move': '{reference}: flyttat till den sammanslagna posten för personen',
    'audit.case.attachment-remove': '{reference}: en bilaga borttagen (skälet står i ärendet)',
    'audit.vault.attachment-sweep':
      '{count, plural, one {# bilaga} other {# bilagor}} som ingen post i något ärende hänvisade till togs bort (kvar efter en sparning som inte blev av)',
    'audit.case.letter-void': '{reference}: ett brev makulerat (skälet står i ärendet)',
    'audit.case.letter-unqueue': '{reference}: ett brev taget ur utskickskön',
    'audit.case.automatic':
      '{reference}: följde av brevet:{tasks, plural, =0 {} one { # uppgift avbockad} other { # uppgifter avbockade}}{status, select, null {} other {, status {status}}}{copy, select, true {, kopian registrerad} other {}}',
    'audit.case.automatic-undo': '{reference}: det som följde av ett brev ångrades',
    'audit.case.stopped': '{reference}: det som upphört har registrerats',
    'audit.inventory.save': 'Kategori i registret sparad',
    'audit.inventory.delete': 'Kategori i registret borttagen',
    'audit.inventory.restore': 'Borttagen kategori i registret återställd',
    'audit.broken.edited': 'Händelse {seq} har ändrats i efterhand.',
    'audit.broken.removed':
      'Kedjan bryts före händelse {seq}: en eller flera händelser före den saknas eller har bytts ut.',
    'audit.broken.reordered': 'Händelse {seq} ligger på fel plats i granskningsloggen.',
    'audit.broken.truncated':
      'Granskningsloggen slutar före den senast kända händelsen {expectedSeq}.'
  },
  {
    'audit.case.create': '{reference}: registered ({type}, received {receivedAt})',
    'audit.case.status': '{reference}: status {from} → {to}',
    'audit.case.extend': '{reference}: extended to {newDue} ({reason})',
    'audit.case.clock-stop':
      '{reference}: clock stopped from {from} ({reason}, question sent {questionSentAt})',
    'audit.case.clock-resume': '{reference}: clock restarted {to}',
    'audit.case.decision': '{reference}: decision: {kind}',
    'audit.case.close': '{reference}: closed (status was {from})',
    'audit.case.reopen': '{reference}: reopened',
    'audit.case.task': '{reference}: task {done, select, true {done} other {not done}}: {task}',
    'audit.case.task-add': '{reference}: own task added',
    'audit.case.correspondence':
      '{reference}: {direction} item ({medium}){attachments, plural, =0 {} one { with # attachment} other { with # attachments}}',
    'audit.case.posted':
      '{reference}: {count, plural, one {# letter} other {# letters}} posted {postedAt}',
    'audit.case.fee': '{reference}: fee SEK {amountSek} (fee warning {warnedAt})',
    'audit.case.fee-remove': '{reference}: fee removed',
    'audit.case.erasure':
      '{reference}: category {category}: {action, select, erase {erase} other {block until {releaseDate}}}',
    'audit.case.erased': '{reference}: category {category} erased {erasedAt}',
    'audit.case.art19':
      '{reference}: {notifiedAt, select, null {a recipient need not be notified (Art. 19)} other {a recipient notified {notifiedAt} (Art. 19)}}',
    'audit.case.art19-remove':
      '{reference}: a record of a notified recipient was removed (Art. 19)',
    'audit.case.copy':
      '{reference}: copy delivered {deliveredAt} ({free, select, true {free of charge} other {charged}})',
    'audit.case.data-import':
      '{reference}: {rows, plural, one {# row} other {# rows}} imported from {source} ({tables, plural, one {# category} other {# categories}})',
    'audit.case.data-remove':
      '{reference}: imported data from {source} removed ({rows, plural, one {# row} other {# rows}})',
    'audit.case.retention-delete':
      '{reference}: deleted when its retention period ended ({type}, closed {closedMonth})',
    'audit.subject.retention-delete':
      "Data subject deleted when the retention period of the person's cases ended",
    'audit.subject.create': 'Data subject created',
    'audit.subject.update':
      'Data subject changed: {fields}{reference, select, null {} other { (rectification in {reference})}}',
    'audit.subject.merge':
      'Data subject merged with another record of the same person ({cases, plural, =0 {no cases} one {# case moved} other {# cases moved}})',
    'audit.case.subject-move': '{reference}: moved to the merged record of the person',
    'audit.case.attachment-remove':
      '{reference}: an attachment removed (the reason is in the case)',
    'audit.vault.attachment-sweep':
      '{count, plural, one {# attachment} other {# attachments}} that no case entry referred to removed (left by a save that did not complete)',
    'audit.case.letter-void': '{reference}: a letter voided (the reason is in the case)',
    'audit.case.letter-unqueue': '{reference}: a letter taken out of the mail queue',
    'audit.case.automatic':
      '{reference}: followed from the letter:{tasks, plural, =0 {} one { # task ticked} other { # tasks ticked}}{status, select, null {} other {, status {status}}}{copy, select, true {, the copy recorded} other {}}',
    'audit.case.automatic-undo': '{reference}: what followed from a letter was undone',
    'audit.case.stopped': '{reference}: what was stopped has been recorded',
    'audit.inventory.save': 'Category of the inventory saved',
    'audit.inventory.delete': 'Category of the inventory removed',
    'audit.inventory.restore': 'Removed category of the inventory restored',
    'audit.broken.edited': 'Event {seq} was changed afterwards.',
    'audit.broken.removed':
      'The chain breaks before event {seq}: one or more events before it are missing or were replaced.',
    'audit.broken.reordered': 'Event {seq} is in the wrong place in the audit log.',
    'audit.broken.truncated': 'The audit log ends before the last known event, {expectedSeq}.'
  }
)
