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
    'letters.dataTitle': 'Uppgifter i registerutdraget',
    'letters.dataHint':
      'En rad per uppgift i formen "Rubrik: värde". Lämna en kategori tom om inga uppgifter finns där.',
    'letter.receiptAcknowledgement': 'Mottagningsbekräftelse',
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
    'error.SIGNING_CERTIFICATE_NOT_YET_VALID': 'Certifikatet gäller inte ännu.'
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
    'letters.dataTitle': 'Data in the copy',
    'letters.dataHint':
      'One line per item as "Label: value". Leave a category empty if it holds no data.',
    'letter.receiptAcknowledgement': 'Acknowledgement of receipt',
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
    'error.SIGNING_CERTIFICATE_NOT_YET_VALID': 'The certificate is not valid yet.'
  }
)
