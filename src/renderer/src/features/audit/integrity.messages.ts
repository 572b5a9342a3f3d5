import { defineMessages } from '../../lib/i18n/define'

/** Texts of the audit log's completeness check (high-water mark, core/audit/auditMark.ts). */
export const auditIntegrityMessages = defineMessages(
  {
    'auditIntegrity.checking': 'Kontrollerar att granskningsloggen är fullständig … {percent} %',
    'auditIntegrity.title': 'Granskningsloggen är inte fullständig',
    'auditIntegrity.truncated':
      'De senaste {missing} händelserna saknas i granskningsloggen (nr {from}–{to}): de registrerades efter {since} och fram till {until}.',
    'auditIntegrity.truncatedUntilUnknown':
      'De senaste {missing} händelserna saknas i granskningsloggen (nr {from}–{to}): de registrerades efter {since}.',
    'auditIntegrity.truncatedAll':
      'Hela granskningsloggen saknas: {missing} händelser som registrerades fram till {until} finns inte längre.',
    'auditIntegrity.truncatedAllUntilUnknown':
      'Hela granskningsloggen saknas: {missing} händelser finns inte längre.',
    'auditIntegrity.replaced':
      'Granskningsloggen har bytts ut: händelse nr {seq} är inte den som registrerades, så händelserna fram till nr {seq} kan ha ersatts.',
    'auditIntegrity.broken.edited':
      'Granskningsloggen har ändrats i efterhand: händelse nr {seq} stämmer inte längre.',
    'auditIntegrity.broken.removed':
      'Granskningsloggen har ändrats i efterhand: händelser saknas före nr {seq}.',
    'auditIntegrity.broken.reordered':
      'Granskningsloggen har ändrats i efterhand: händelse nr {seq} ligger på fel plats.',
    'auditIntegrity.markForged':
      'Kontrollvärdet för granskningsloggen i programmets datamapp har ändrats och godtas inte. Det går inte att visa att loggen är fullständig.',
    'auditIntegrity.advice':
      'Någon kan ha ändrat programmets filer direkt. Kontrollera vem som har haft åtkomst till datorn; en säkerhetskopia från tiden innan kan innehålla det som saknas.',
    'auditIntegrity.acknowledge': 'Anteckna avvikelsen i loggen',
    'auditIntegrity.acknowledgeHint':
      'Avvikelsen skrivs in i granskningsloggen som en egen händelse. Därefter skyddas nya händelser igen och varningen visas inte mer.',
    'auditIntegrity.acknowledged': 'Avvikelsen är antecknad i granskningsloggen.',
    'auditIntegrity.failed': 'Granskningsloggen kunde inte kontrolleras: {error}',
    'auditIntegrity.afterRestore': 'Den återställda granskningsloggen:',
    'audit.vault.audit-gap':
      'Avvikelse i granskningsloggen antecknad: {kind, select, truncated {{missing} händelser (nr {from}–{to}) saknades} replaced {loggen var utbytt fram till händelse nr {seq}} other {kontrollvärdet i programmets datamapp var ändrat}}'
  },
  {
    'auditIntegrity.checking': 'Checking that the audit log is complete … {percent} %',
    'auditIntegrity.title': 'The audit log is not complete',
    'auditIntegrity.truncated':
      'The last {missing} events are missing from the audit log (no. {from}–{to}): they were recorded after {since} and up to {until}.',
    'auditIntegrity.truncatedUntilUnknown':
      'The last {missing} events are missing from the audit log (no. {from}–{to}): they were recorded after {since}.',
    'auditIntegrity.truncatedAll':
      'The whole audit log is missing: {missing} events recorded up to {until} no longer exist.',
    'auditIntegrity.truncatedAllUntilUnknown':
      'The whole audit log is missing: {missing} events no longer exist.',
    'auditIntegrity.replaced':
      'The audit log has been replaced: event no. {seq} is not the one that was recorded, so the events up to no. {seq} may have been substituted.',
    'auditIntegrity.broken.edited':
      'The audit log was changed afterwards: event no. {seq} no longer checks out.',
    'auditIntegrity.broken.removed':
      'The audit log was changed afterwards: events are missing before no. {seq}.',
    'auditIntegrity.broken.reordered':
      'The audit log was changed afterwards: event no. {seq} is out of place.',
    'auditIntegrity.markForged':
      "The audit log's check value in the program's data folder was changed and is not accepted. The log cannot be shown to be complete.",
    'auditIntegrity.advice':
      "Someone may have changed the program's files directly. Check who has had access to the computer; a backup from before may hold what is missing.",
    'auditIntegrity.acknowledge': 'Record the gap in the log',
    'auditIntegrity.acknowledgeHint':
      'The gap is written into the audit log as an event of its own. New events are then protected again and the warning is no longer shown.',
    'auditIntegrity.acknowledged': 'The gap has been recorded in the audit log.',
    'auditIntegrity.failed': 'The audit log could not be checked: {error}',
    'auditIntegrity.afterRestore': 'The restored audit log:',
    'audit.vault.audit-gap':
      "Gap in the audit log recorded: {kind, select, truncated {{missing} events (no. {from}–{to}) were missing} replaced {the log had been replaced up to event no. {seq}} other {the check value in the program's data folder had been changed}}"
  }
)
