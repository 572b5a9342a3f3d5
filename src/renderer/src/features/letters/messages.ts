import { defineMessages } from '../../lib/i18n/define'

export const letterMessages = defineMessages(
  {
    'letters.title': 'Brev och registerutdrag',
    'letters.template': 'Brev',
    'letters.language': 'Språk',
    'letters.freeText': 'Text till brevet',
    'letters.freeTextHint':
      'Används för den del av brevet som gäller just det här ärendet (till exempel vilka uppgifter som behövs, vad som rättats eller skälen för ett beslut).',
    'letters.sign': 'Signera digitalt',
    'letters.toPost': 'Lägg i utskickskön (ska postas)',
    'letters.create': 'Skapa brev',
    'letters.createRegisterutdrag': 'Skapa registerutdrag',
    'letters.created': '{name} är skapat och sparat i ärendet.',
    'letters.noAddress':
      'Den registrerade saknar postadress. Lägg till adressen under Registrerade innan du skapar brev.',
    'letters.noSigning':
      'Ingen signeringsnyckel är upplåst; brevet skapas osignerat. Skapa eller importera ett certifikat under Inställningar.',
    'letters.savePdf': 'Spara PDF',
    'auto.title': 'Det här följde av brevet',
    'auto.task': 'Uppgiften ”{task}” är avbockad.',
    'auto.status': 'Ärendet har status {status}.',
    'auto.copy':
      'Kopian är registrerad i registret över kopior: {scope}{period}, lämnad {date} ({free, select, true {kostnadsfri} other {avgiftsbelagd}}).',
    'auto.undo': 'Ångra',
    'auto.undone': 'Det som följde av brevet är ångrat; brevet finns kvar.',
    'auto.stopClock': 'Stoppa klockan från i dag',
    'auto.clockStopped': 'Klockan står still från i dag i väntan på svaret.',
    'letters.preview': 'Förhandsgranska',
    'letters.copyScope': 'Kopian omfattar',
    'letters.requestedCopy': 'Kopian som begärs',
    'letters.copyScopeHint':
      'Tomt betyder alla uppgifter. Omfattning och period förs in i registret över lämnade kopior.',
    'letters.scopeAll': 'Alla uppgifter',
    'letters.periodFrom': 'Period från',
    'letters.periodTo': 'Period till',
    'letters.periodInvalid': 'Ange både början och slutet av perioden, början först.',
    'letters.sectionsInvalid':
      'Registerutdraget skapades inte: en uppgiftsruta är för lång (se meddelandet vid rutan).',
    'letters.previewTitle': 'Förhandsgranskning: {name}',
    'letters.file': 'Spara i ärendet',
    'letters.fileAnyway': 'Spara ändå',
    'letters.filed': '{name} är sparat i ärendet.',
    'letters.previewHint':
      'Så här ser brevet ut. Det sparas i ärendet först när du väljer Spara i ärendet.',
    'letters.envelopeOverflow':
      'Adressen får inte plats i kuvertets fönster ens med mindre text ({lines} rader). Korta adressen hos den registrerade (till exempel c/o-raden) innan brevet skickas.',
    'letters.envelopeShrunk': 'Adressen är satt i {size} punkter för att rymmas i fönstret.',
    'letters.feeAmount': 'Avgift (kronor)',
    'letters.feeReason': 'Skäl till avgiften',
    'letters.feeHint':
      'Beloppet står i brevet; när brevet sparas dateras avgiftsbeskedet i dag. Avgiften får tas ut först efter beskedet.',
    'letters.feeAmountInvalid': 'Ange ett belopp i hela kronor, större än noll och högst 100 000.',
    'letters.void': 'Makulera',
    'letters.voidTitle': 'Makulera brevet?',
    'letters.voidReason': 'Varför makuleras brevet?',
    'letters.voidIntro':
      'Brevet finns kvar i ärendets historik och i granskningsloggen, märkt som makulerat, och tas ur utskickskön.',
    'letters.voided': 'Makulerat {date}: {reason}',
    'letters.voidDone': 'Brevet är makulerat.',
    'letters.unqueue': 'Ta ur kön',
    'letters.unqueued': 'Brevet är taget ur utskickskön.',
    'detail.attachmentSave': 'Spara som fil',
    'detail.attachmentOpen': 'Visa',
    'detail.attachmentRemove': 'Ta bort bilagan',
    'detail.attachmentRemoveTitle': 'Ta bort bilagan {name}?',
    'detail.attachmentRemoveReason': 'Varför tas bilagan bort?',
    'detail.attachmentRemoveIntro':
      'Filen raderas. Ärendet behåller filnamnet, när och varför; granskningsloggen noterar borttagningen.',
    'detail.attachmentRemoved': 'Bilagan {name} togs bort {date}: {reason}',
    'detail.attachmentMeta': '{type} · {size} · tillagd {date}',
    'detail.previewPage': 'Sida {page} av {pages}',
    'detail.previewRegion': 'Förhandsvisning',
    'detail.previewMorePages':
      '{count, plural, one {# sida till} other {# sidor till}} visas inte här; spara filen för att se hela.',
    'detail.previewNone':
      'Den här filtypen kan inte visas i programmet. Spara filen och öppna den i ett annat program.',
    'detail.previewFailed':
      'Filen kunde inte visas (den kan vara skadad eller komprimerad på ett sätt som inte stöds). Spara filen och öppna den i ett annat program.',
    'error.LETTER_NEEDS_EXTENSION':
      'Ett förlängningsbesked kan bara skickas i ett ärende som har förlängts. Förläng ärendet först.',
    'error.LETTER_NEEDS_PREVIOUS_COPY':
      'Ett avgiftsbesked gäller en ytterligare kopia av samma uppgifter inom tolv månader, och någon sådan kostnadsfri kopia finns inte. Den här kopian är kostnadsfri.',
    'error.LETTER_NEEDS_ERASURE_DECISION':
      'Besluta först för varje kategori om uppgifterna raderas eller spärras.',
    'error.LETTER_NEEDS_REFUSAL':
      'Registrera först beslutet om avslag med skälen; brevet återger dem.',
    'error.LETTER_NEEDS_STOPPED':
      'Registrera först vad som har stoppats, i vilket system och från vilken dag; brevet räknar upp det.',
    'error.LETTER_NOT_FOUND': 'Brevet finns inte längre i ärendet.',
    'error.LETTER_ALREADY_VOID': 'Brevet är redan makulerat.',
    'error.LETTER_REASON_REQUIRED': 'Ange skälet.',
    'error.LETTER_ATTACHMENT_NOT_FOUND': 'Bilagan finns inte längre i ärendet.',
    'error.FILE_WRITE_MISMATCH':
      'Filen som sparades stämmer inte med den som finns i ärendet. Försök igen eller välj en annan plats.',
    'letters.dataTitle': 'Uppgifter i registerutdraget',
    'letters.dataHint':
      'En rad per uppgift i formen "Rubrik: värde". Lämna en kategori tom om inga uppgifter finns där.',
    'letter.receiptAcknowledgement': 'Mottagningsbekräftelse',
    'letter.registerutdrag': 'Registerutdrag',
    'letter.restrictionDone': 'Bekräftelse på begränsning',
    'letter.objectionDone': 'Besked om invändning',
    'letter.portabilityDelivery': 'Följebrev till uppgifter (dataportabilitet)',
    'letter.identificationRequest': 'Begäran om identifiering',
    'letter.extensionNotice': 'Förlängningsbesked',
    'letter.feeWarning': 'Avgiftsbesked',
    'letter.rectificationDone': 'Rättelse genomförd',
    'letter.erasureDone': 'Besked om radering',
    'letter.erasurePartial': 'Besked om radering: delvis raderat och spärrat',
    'letter.erasureBlocked': 'Besked om radering: spärrat, inget raderat',
    'letter.refusal': 'Avslag med skäl',
    'letter.marketingOptOutConfirmation': 'Bekräftelse på avregistrering',
    'decision.grant': 'Bifall',
    'decision.partialGrant': 'Delvis bifall',
    'decision.refuse': 'Avslag',
    'decision.noData': 'Inga uppgifter finns',
    'decision.fee': 'Avgift',
    'decision.other': 'Annat beslut',
    'nav.mail': 'Utskick',
    'mail.title': 'Utskickskö',
    'mail.intro':
      'Brev som ska postas. Skriv ut dem i ett dokument, lägg dem i fönsterkuvert och markera dem som postade.',
    'mail.empty': 'Inga brev väntar på att postas.',
    'mail.print': 'Skapa utskrift ({count} brev)',
    'mail.markPosted': 'Markera som postade i dag',
    'mail.posted': '{count} brev är markerade som postade.',
    'mail.saved': 'Utskriften är sparad: {path}',
    'mail.alignment': 'Skriv ut provsida för fönsterkuvert',
    'error.SIGNING_LOCKED': 'Signeringsnyckeln är låst. Lås upp programmet igen.',
    'error.SIGNING_NO_IDENTITY':
      'Inget signeringscertifikat finns. Skapa eller importera ett under Inställningar.',
    'error.SIGNING_IDENTITY_UNREADABLE':
      'Signeringscertifikatet kan inte läsas. Skapa eller importera ett nytt.',
    'error.SIGNING_P12_WRONG_PASSWORD':
      'Fel lösenord för certifikatfilen (eller så är filen skadad). Försök igen.',
    'error.SIGNING_P12_UNREADABLE':
      'Filen är ingen läsbar PKCS#12-fil (.p12/.pfx). Kontrollera att du valde rätt fil.',
    'error.SIGNING_P12_LEGACY_ENCRYPTION':
      'Certifikatfilen är krypterad med en gammal metod (RC2/3DES) som inte godtas. Exportera certifikatet igen med AES-256 (i Windows: "AES256-SHA256") och importera den nya filen.',
    'error.SIGNING_P12_UNSUPPORTED_KEY':
      'Certifikatets nyckel kan inte användas för signering här. Det krävs en RSA-nyckel på minst 2048 bitar eller en EC-nyckel (P-256, P-384 eller P-521).',
    'error.SIGNING_P12_NO_KEY':
      'Filen innehåller ingen privat nyckel, bara certifikat. Exportera certifikatet tillsammans med den privata nyckeln.',
    'error.SIGNING_P12_NO_CERTIFICATE': 'Filen innehåller inget certifikat som hör till nyckeln.',
    'error.SIGNING_CERTIFICATE_EXPIRED':
      'Certifikatet har gått ut. Förnya eller importera ett nytt.',
    'error.SIGNING_CERTIFICATE_NOT_YET_VALID': 'Certifikatet gäller inte ännu.',
    'error.PDF_INVENTORY_EMPTY':
      'Registerutdraget kan inte skapas: behandlingsinventeringen är tom. Lägg till minst en kategori under Inställningar → Register över behandlingar, så kan ändamål, mottagare och lagringstider anges.',
    'error.PDF_MODEL_INVALID':
      'Dokumentet kan inte skapas eftersom några uppgifter saknas eller har fel format. Kontrollera ärendets och organisationens uppgifter.'
  },
  {
    'letters.title': 'Letters and copies',
    'letters.template': 'Letter',
    'letters.language': 'Language',
    'letters.freeText': 'Text for the letter',
    'letters.freeTextHint':
      'Used for the part of the letter specific to this case (for example what is needed, what was rectified or the reasons for a decision).',
    'letters.sign': 'Sign digitally',
    'letters.toPost': 'Add to the mail queue (to be posted)',
    'letters.create': 'Create letter',
    'letters.createRegisterutdrag': 'Create copy of data',
    'letters.created': '{name} was created and saved in the case.',
    'letters.noAddress':
      'The data subject has no postal address. Add it under Data subjects before creating letters.',
    'letters.noSigning':
      'No signing key is unlocked; the letter is created unsigned. Create or import a certificate in Settings.',
    'letters.savePdf': 'Save PDF',
    'auto.title': 'This followed from the letter',
    'auto.task': 'The task “{task}” is ticked.',
    'auto.status': 'The case has the status {status}.',
    'auto.copy':
      'The copy is recorded in the ledger of copies: {scope}{period}, delivered {date} ({free, select, true {free} other {charged}}).',
    'auto.undo': 'Undo',
    'auto.undone': 'What followed from the letter is undone; the letter stays.',
    'auto.stopClock': 'Stop the clock from today',
    'auto.clockStopped': 'The clock is stopped from today while waiting for the answer.',
    'letters.preview': 'Preview',
    'letters.copyScope': 'The copy covers',
    'letters.requestedCopy': 'The copy requested',
    'letters.copyScopeHint':
      'Empty means all data. Scope and period go into the ledger of delivered copies.',
    'letters.scopeAll': 'All data',
    'letters.periodFrom': 'Period from',
    'letters.periodTo': 'Period to',
    'letters.periodInvalid': 'Enter both the start and the end of the period, the start first.',
    'letters.sectionsInvalid':
      'The copy was not made: a data box is too long (see the message by the box).',
    'letters.previewTitle': 'Preview: {name}',
    'letters.file': 'Save in the case',
    'letters.fileAnyway': 'Save anyway',
    'letters.filed': '{name} is saved in the case.',
    'letters.previewHint':
      'This is how the letter looks. It is saved in the case only when you choose Save in the case.',
    'letters.envelopeOverflow':
      'The address does not fit the envelope window even in smaller type ({lines} lines). Shorten the data subject’s address (for example the c/o line) before sending the letter.',
    'letters.envelopeShrunk': 'The address is set in {size} points to fit the window.',
    'letters.feeAmount': 'Fee (SEK)',
    'letters.feeReason': 'Reason for the fee',
    'letters.feeHint':
      'The amount is stated in the letter; saving the letter dates the fee notice today. The fee may be charged only after the notice.',
    'letters.feeAmountInvalid': 'Enter an amount in whole kronor, above zero and at most 100 000.',
    'letters.void': 'Void',
    'letters.voidTitle': 'Void the letter?',
    'letters.voidReason': 'Why is the letter voided?',
    'letters.voidIntro':
      'The letter stays in the case history and the audit log, marked void, and leaves the mail queue.',
    'letters.voided': 'Voided {date}: {reason}',
    'letters.voidDone': 'The letter is voided.',
    'letters.unqueue': 'Take out of the queue',
    'letters.unqueued': 'The letter is taken out of the mail queue.',
    'detail.attachmentSave': 'Save as file',
    'detail.attachmentOpen': 'View',
    'detail.attachmentRemove': 'Remove the attachment',
    'detail.attachmentRemoveTitle': 'Remove the attachment {name}?',
    'detail.attachmentRemoveReason': 'Why is the attachment removed?',
    'detail.attachmentRemoveIntro':
      'The file is deleted. The case keeps the file name, when and why; the audit log notes the removal.',
    'detail.attachmentRemoved': 'Attachment {name} removed {date}: {reason}',
    'detail.attachmentMeta': '{type} · {size} · added {date}',
    'detail.previewPage': 'Page {page} of {pages}',
    'detail.previewRegion': 'Preview',
    'detail.previewMorePages':
      '{count, plural, one {# more page is} other {# more pages are}} not shown here; save the file to see all of it.',
    'detail.previewNone':
      'This type of file cannot be shown in the app. Save the file and open it in another program.',
    'detail.previewFailed':
      'The file could not be shown (it may be damaged or compressed in an unsupported way). Save the file and open it in another program.',
    'error.LETTER_NEEDS_EXTENSION':
      'An extension notice can only be sent in a case that has been extended. Extend the case first.',
    'error.LETTER_NEEDS_PREVIOUS_COPY':
      'A fee notice concerns a further copy of the same data within twelve months, and there is no such free copy. This copy is free.',
    'error.LETTER_NEEDS_ERASURE_DECISION':
      'First decide for each category whether the data is erased or blocked.',
    'error.LETTER_NEEDS_REFUSAL':
      'First record the refusal decision with its reasons; the letter states them.',
    'error.LETTER_NEEDS_STOPPED':
      'First record what was stopped, in which system and from which day; the letter lists it.',
    'error.LETTER_NOT_FOUND': 'The letter is no longer in the case.',
    'error.LETTER_ALREADY_VOID': 'The letter is already voided.',
    'error.LETTER_REASON_REQUIRED': 'Enter the reason.',
    'error.LETTER_ATTACHMENT_NOT_FOUND': 'The attachment is no longer in the case.',
    'error.FILE_WRITE_MISMATCH':
      'The saved file does not match the one in the case. Try again or choose another place.',
    'letters.dataTitle': 'Data in the copy',
    'letters.dataHint':
      'One line per item as "Label: value". Leave a category empty if it holds no data.',
    'letter.receiptAcknowledgement': 'Acknowledgement of receipt',
    'letter.registerutdrag': 'Copy of personal data',
    'letter.restrictionDone': 'Confirmation of restriction',
    'letter.objectionDone': 'Answer to an objection',
    'letter.portabilityDelivery': 'Covering letter for the data (portability)',
    'letter.identificationRequest': 'Request for identification',
    'letter.extensionNotice': 'Extension notice',
    'letter.feeWarning': 'Fee warning',
    'letter.rectificationDone': 'Rectification done',
    'letter.erasureDone': 'Erasure answer',
    'letter.erasurePartial': 'Erasure answer: partly erased and blocked',
    'letter.erasureBlocked': 'Erasure answer: blocked, nothing erased',
    'letter.refusal': 'Refusal with reasons',
    'letter.marketingOptOutConfirmation': 'Marketing opt-out confirmation',
    'decision.grant': 'Granted',
    'decision.partialGrant': 'Partly granted',
    'decision.refuse': 'Refused',
    'decision.noData': 'No data held',
    'decision.fee': 'Fee',
    'decision.other': 'Other decision',
    'nav.mail': 'Mail queue',
    'mail.title': 'Mail queue',
    'mail.intro':
      'Letters to be posted. Print them as one document, put them in window envelopes and mark them as posted.',
    'mail.empty': 'No letters are waiting to be posted.',
    'mail.print': 'Create print copy ({count, plural, one {# letter} other {# letters}})',
    'mail.markPosted': 'Mark as posted today',
    'mail.posted':
      '{count, plural, one {# letter was marked as posted} other {# letters were marked as posted}}.',
    'mail.saved': 'The print copy was saved: {path}',
    'mail.alignment': 'Print a window envelope test page',
    'error.SIGNING_LOCKED': 'The signing key is locked. Unlock the program again.',
    'error.SIGNING_NO_IDENTITY': 'No signing certificate exists. Create or import one in Settings.',
    'error.SIGNING_IDENTITY_UNREADABLE':
      'The signing certificate cannot be read. Create or import a new one.',
    'error.SIGNING_P12_WRONG_PASSWORD':
      'Wrong password for the certificate file (or the file is damaged). Try again.',
    'error.SIGNING_P12_UNREADABLE':
      'The file is not a readable PKCS#12 file (.p12/.pfx). Check that you chose the right file.',
    'error.SIGNING_P12_LEGACY_ENCRYPTION':
      'The certificate file uses an old encryption (RC2/3DES) that is not accepted. Export the certificate again with AES-256 (in Windows: "AES256-SHA256") and import the new file.',
    'error.SIGNING_P12_UNSUPPORTED_KEY':
      'The certificate key cannot sign here. An RSA key of at least 2048 bits or an EC key (P-256, P-384 or P-521) is needed.',
    'error.SIGNING_P12_NO_KEY':
      'The file holds no private key, only certificates. Export the certificate together with its private key.',
    'error.SIGNING_P12_NO_CERTIFICATE': 'The file holds no certificate matching its key.',
    'error.SIGNING_CERTIFICATE_EXPIRED':
      'The certificate has expired. Renew it or import a new one.',
    'error.SIGNING_CERTIFICATE_NOT_YET_VALID': 'The certificate is not valid yet.',
    'error.PDF_INVENTORY_EMPTY':
      'The copy of personal data cannot be made: the processing inventory is empty. Add at least one category under Settings → Record of processing so that purposes, recipients and retention can be stated.',
    'error.PDF_MODEL_INVALID':
      "The document cannot be made because some details are missing or malformed. Check the case's and the organisation's details."
  }
)
