import { defineMessages } from '../../lib/i18n/define'

/** The app's own retention of closed cases (issue 16). */
export const retentionMessages = defineMessages(
  {
    'caseRetention.title': 'Gallring av avslutade ärenden',
    'caseRetention.intro':
      'Ärendena är personuppgifter om den som begärde något. Ett avslutat ärende raderas {years, plural, one {# år} other {# år}} efter att det avslutades: ärendet, dess bilagor och personer som inte har andra ärenden. Kvar blir en anonym post som årsrapporten räknar med (typ, kanal, månad, om svaret kom i tid, utfall) och händelserna i granskningsloggen.',
    'caseRetention.period': 'Lagringstid efter avslut',
    'caseRetention.periodHint':
      'Fem år täcker tiden då Integritetsskyddsmyndigheten kan ta upp hanteringen (dataskyddslagen 6 kap. 3 §).',
    'caseRetention.years': '{years, plural, one {# år} other {# år}}',
    'caseRetention.savePeriod': 'Spara lagringstiden',
    'caseRetention.periodSaved': 'Lagringstiden är sparad.',
    'caseRetention.due':
      '{count, plural, =0 {Inga ärenden ska gallras nu} one {# ärende ska gallras} other {# ärenden ska gallras}}',
    'caseRetention.closedOn': 'Avslutat',
    'caseRetention.deletableFrom': 'Raderas från',
    'caseRetention.held': '{count, plural, one {# ärende får vänta} other {# ärenden får vänta}}',
    'caseRetention.heldBlocked': 'har spärrade uppgifter som sparas till {date}',
    'caseRetention.heldLetter': 'har ett brev som inte har postats',
    'caseRetention.delete': '{count, plural, one {Radera # ärende} other {Radera # ärenden}}',
    'caseRetention.confirmTitle':
      '{count, plural, one {Radera # ärende för gott?} other {Radera # ärenden för gott?}}',
    'caseRetention.confirmText':
      'Ärendena, deras bilagor och personer som inte har andra ärenden raderas och kan inte tas tillbaka. Säkerhetskopior innehåller dem tills de själva gallras. Årsrapporten räknar fortfarande med ärendena.',
    'caseRetention.confirm': '{count, plural, one {Radera ärendet} other {Radera ärendena}}',
    'caseRetention.deleted':
      '{cases, plural, one {# ärende} other {# ärenden}} raderade ({attachments, plural, one {# bilaga} other {# bilagor}}, {subjects, plural, one {# person} other {# personer}}). Årsrapporten räknar med dem.',
    'caseRetention.inReport':
      '{count, plural, one {# av ärendena har raderats när lagringstiden gick ut och räknas genom en anonym post.} other {# av ärendena har raderats när lagringstiden gick ut och räknas genom anonyma poster.}}',
    'error.CASE_NOT_DELETABLE':
      'Ärendet {reference} är inte avslutat eller har spärrade uppgifter och raderas inte.'
  },
  {
    'caseRetention.title': 'Deleting closed cases',
    'caseRetention.intro':
      'The cases are personal data about whoever made the request. A closed case is deleted {years, plural, one {# year} other {# years}} after it was closed: the case, its attachments and people who have no other case. What stays is an anonymous record the annual report counts (type, channel, month, whether the answer was in time, outcome) and the events in the audit log.',
    'caseRetention.period': 'Kept after closing',
    'caseRetention.periodHint':
      'Five years cover the time in which the Swedish Authority for Privacy Protection can take up the handling (Data Protection Act, ch. 6 s. 3).',
    'caseRetention.years': '{years, plural, one {# year} other {# years}}',
    'caseRetention.savePeriod': 'Save the period',
    'caseRetention.periodSaved': 'The period is saved.',
    'caseRetention.due':
      '{count, plural, =0 {No cases are due for deletion} one {# case is due for deletion} other {# cases are due for deletion}}',
    'caseRetention.closedOn': 'Closed',
    'caseRetention.deletableFrom': 'Deleted from',
    'caseRetention.held': '{count, plural, one {# case has to wait} other {# cases have to wait}}',
    'caseRetention.heldBlocked': 'has blocked data kept until {date}',
    'caseRetention.heldLetter': 'has a letter that has not been posted',
    'caseRetention.delete': '{count, plural, one {Delete # case} other {Delete # cases}}',
    'caseRetention.confirmTitle':
      '{count, plural, one {Delete # case for good?} other {Delete # cases for good?}}',
    'caseRetention.confirmText':
      'The cases, their attachments and people who have no other case are deleted and cannot be brought back. Backups hold them until those are pruned themselves. The annual report still counts the cases.',
    'caseRetention.confirm': '{count, plural, one {Delete the case} other {Delete the cases}}',
    'caseRetention.deleted':
      '{cases, plural, one {# case} other {# cases}} deleted ({attachments, plural, one {# attachment} other {# attachments}}, {subjects, plural, one {# person} other {# people}}). The annual report counts them.',
    'caseRetention.inReport':
      '{count, plural, one {# of the cases was deleted when its retention period ended and counts through an anonymous record.} other {# of the cases were deleted when their retention period ended and count through anonymous records.}}',
    'error.CASE_NOT_DELETABLE':
      'The case {reference} is not closed or has blocked data and is not deleted.'
  }
)
