import { defineMessages } from '../../lib/i18n/define'

export const vaultMessages = defineMessages(
  {
    'vault.setup.title': 'Välkommen till DPO Desk',
    'vault.setup.intro':
      'Allt du registrerar krypteras på den här datorn. Välj en lösenfras som du använder för att låsa upp programmet. Den sparas ingenstans.',
    'vault.setup.passphrase': 'Lösenfras',
    'vault.setup.passphraseHint':
      'Minst 12 tecken och svår att gissa. Flera slumpvisa ord är lättare att minnas än krångliga tecken; undvik ett ord med årtal och utropstecken.',
    'vault.setup.confirm': 'Upprepa lösenfrasen',
    'vault.setup.submit': 'Skapa krypterat register',
    'vault.setup.working': 'Skapar nycklar …',
    'vault.recovery.title': 'Din återställningsnyckel',
    'vault.recovery.intro':
      'Om du glömmer lösenfrasen är detta enda sättet att komma åt uppgifterna, också när en säkerhetskopia läses in på en ny dator. Nyckeln visas bara nu.',
    'vault.recovery.instructions':
      'Skriv ner nyckeln eller skriv ut sidan och förvara den inlåst, till exempel i företagets kassaskåp. Spara den inte i samma dator.',
    'vault.recovery.print': 'Skriv ut',
    'vault.recovery.confirmLabel':
      'Skriv de fyra sista tecknen i nyckeln för att bekräfta att du har sparat den',
    'vault.recovery.confirmMismatch': 'Tecknen stämmer inte med nyckelns sista grupp.',
    'vault.recovery.continue': 'Jag har sparat nyckeln, fortsätt',
    'vault.unlock.title': 'Lås upp DPO Desk',
    'vault.unlock.passphrase': 'Lösenfras',
    'vault.unlock.submit': 'Lås upp',
    'vault.unlock.working': 'Låser upp …',
    'vault.unlock.useRecovery': 'Jag har glömt lösenfrasen – använd återställningsnyckeln',
    'vault.unlock.usePassphrase': 'Använd lösenfrasen i stället',
    'vault.unlock.recoveryKey': 'Återställningsnyckel',
    'vault.unlock.recoveryHint':
      '36 tecken i grupper om fyra. Bindestreck och mellanslag spelar ingen roll.',
    'vault.unlock.reason.idle': 'Programmet låstes eftersom det inte användes på en stund.',
    'vault.unlock.reason.lock-screen': 'Programmet låstes när datorns skärm låstes.',
    'vault.unlock.reason.suspend': 'Programmet låstes när datorn gick i viloläge.',
    'vault.unlock.reason.user': 'Programmet är låst.',
    'vault.newPassphrase.title': 'Välj en ny lösenfras',
    'vault.newPassphrase.intro':
      'Du låste upp med återställningsnyckeln. Välj en ny lösenfras innan du fortsätter; återställningsnyckeln gäller som förut.',
    'vault.newPassphrase.submit': 'Spara ny lösenfras',
    'vault.lock': 'Lås',
    'vault.settings.title': 'Säkerhet',
    'vault.settings.change': 'Byt lösenfras',
    'vault.settings.current': 'Nuvarande lösenfras',
    'vault.settings.new': 'Ny lösenfras',
    'vault.settings.confirm': 'Upprepa ny lösenfras',
    'vault.settings.changed': 'Lösenfrasen är bytt. Uppgifterna är oförändrade.',
    'vault.settings.idle': 'Lås automatiskt efter (minuter utan aktivitet)',
    'vault.settings.idleHint':
      'Mellan 1 och 120 minuter. Programmet låses också när datorns skärm låses eller datorn går i viloläge.',
    'vault.settings.idleSaved': 'Tiden för automatisk låsning är sparad.',
    'vault.problem.tooShort': 'Lösenfrasen måste ha minst 12 tecken.',
    'vault.problem.tooLong': 'Lösenfrasen är för lång (högst 1024 tecken).',
    'vault.problem.onlySpaces': 'Lösenfrasen får inte vara tom.',
    'vault.problem.tooSimple': 'Lösenfrasen är för lätt att gissa.',
    'vault.strength.warning.straightRow': 'Tangenter som sitter i rad är lätta att gissa.',
    'vault.strength.warning.keyPattern': 'Korta tangentbordsmönster är lätta att gissa.',
    'vault.strength.warning.simpleRepeat': 'Upprepade tecken som "aaa" är lätta att gissa.',
    'vault.strength.warning.extendedRepeat':
      'Upprepade teckenföljder som "abcabcabc" är lätta att gissa.',
    'vault.strength.warning.sequences': 'Vanliga följder som "abc" och "123" är lätta att gissa.',
    'vault.strength.warning.recentYears': 'Årtal från de senaste åren är lätta att gissa.',
    'vault.strength.warning.dates': 'Datum är lätta att gissa.',
    'vault.strength.warning.topTen': 'Det här är ett av de tio vanligaste lösenorden.',
    'vault.strength.warning.topHundred': 'Det här är ett av de hundra vanligaste lösenorden.',
    'vault.strength.warning.common': 'Det här är ett vanligt lösenord.',
    'vault.strength.warning.similarToCommon': 'Det här liknar ett vanligt lösenord.',
    'vault.strength.warning.wordByItself': 'Ett enstaka ord är lätt att gissa.',
    'vault.strength.warning.namesByThemselves': 'Ett förnamn eller efternamn är lätt att gissa.',
    'vault.strength.warning.commonNames': 'Vanliga förnamn och efternamn är lätta att gissa.',
    'vault.strength.warning.userInputs':
      'Uppgifter om dig eller organisationen är lätta att gissa.',
    'vault.strength.warning.pwned': 'Lösenordet finns i listor över läckta lösenord.',
    'vault.strength.warning.decoratedWord':
      'Ett vanligt ord med siffror och tecken före eller efter är det första en angripare provar.',
    'vault.strength.warning.commonWords':
      'Vanliga ord och namn är lätta att gissa, också flera i rad.',
    'vault.strength.suggestion.l33t':
      'Att byta bokstäver mot liknande tecken (@ för a) hjälper inte.',
    'vault.strength.suggestion.reverseWords': 'Vanliga ord baklänges är lätta att gissa.',
    'vault.strength.suggestion.allUppercase': 'Versaler i några bokstäver, inte i alla.',
    'vault.strength.suggestion.capitalization': 'Stor bokstav först gör nästan ingen skillnad.',
    'vault.strength.suggestion.dates': 'Undvik datum och årtal som hör till dig.',
    'vault.strength.suggestion.recentYears': 'Undvik årtal från de senaste åren.',
    'vault.strength.suggestion.associatedYears': 'Undvik årtal som hör till dig.',
    'vault.strength.suggestion.sequences': 'Undvik vanliga teckenföljder.',
    'vault.strength.suggestion.repeated': 'Undvik upprepade ord och tecken.',
    'vault.strength.suggestion.longerKeyboardPattern':
      'Använd längre tangentbordsmönster som byter riktning flera gånger.',
    'vault.strength.suggestion.anotherWord': 'Lägg till fler ord som är mindre vanliga.',
    'vault.strength.suggestion.useWords': 'Använd flera slumpvisa ord, inte en känd fras.',
    'vault.strength.suggestion.noNeed':
      'En stark lösenfras behöver inga symboler, siffror eller versaler.',
    'vault.strength.suggestion.pwned':
      'Använder du lösenordet någon annanstans, byt det där också.',
    'vault.suggest.button': 'Föreslå en lösenfras',
    'vault.suggest.shown':
      'Förslag: {passphrase}. Skriv ner den och förvara den säkert; den är ifylld i båda fälten.',
    'vault.weak.title': 'Byt till en starkare lösenfras',
    'vault.weak.intro':
      'Din lösenfras är lätt att gissa. Den skyddar uppgifterna på datorn och i varje säkerhetskopia på nätverksenheten, där den kan prövas utan gräns. Välj en ny lösenfras nu; uppgifterna och återställningsnyckeln påverkas inte.',
    'vault.weak.submit': 'Byt lösenfras',
    'vault.weak.later': 'Fortsätt utan att byta (du får frågan igen nästa gång)',
    'vault.problem.mismatch': 'Lösenfraserna är inte likadana.',
    'error.VAULT_WRONG_PASSPHRASE': 'Fel lösenfras. Försök igen.',
    'error.VAULT_WRONG_RECOVERY_KEY': 'Återställningsnyckeln hör inte till de här uppgifterna.',
    'error.VAULT_RECOVERY_KEY_FORMAT':
      'En återställningsnyckel har 36 tecken (siffror och bokstäver) i grupper om fyra.',
    'error.VAULT_RECOVERY_KEY_CHECKSUM':
      'Nyckeln innehåller ett skrivfel. Kontrollera tecknen grupp för grupp.',
    'error.VAULT_KEYRING_INVALID': 'Nyckelfilen är skadad. Återställ från en säkerhetskopia.',
    'error.VAULT_KEYRING_FROM_FUTURE':
      'Uppgifterna är skapade av en nyare version av DPO Desk. Uppdatera programmet.',
    'error.VAULT_KDF_TOO_WEAK': 'Nyckelfilen har ändrats och godtas inte.',
    'error.VAULT_KDF_PARAMS_REFUSED':
      'Nyckelfilen begär en nyckelhärledning som den här versionen inte använder. Den kan ha ändrats, eller kommer från en nyare version av DPO Desk.',
    'error.VAULT_KDF_BUSY': 'En annan upplåsning pågår redan. Vänta tills den är klar.',
    'error.VAULT_LOCKED': 'Programmet är låst. Lås upp och försök igen.',
    'error.VAULT_RECORD_TAMPERED':
      'En post i databasen har ändrats utanför programmet och kan inte läsas.',
    'error.VAULT_STORED_DATA_INVALID': 'En sparad post har ett oväntat format.'
  },
  {
    'vault.setup.title': 'Welcome to DPO Desk',
    'vault.setup.intro':
      'Everything you record is encrypted on this computer. Choose a passphrase to unlock the program. It is not stored anywhere.',
    'vault.setup.passphrase': 'Passphrase',
    'vault.setup.passphraseHint':
      'At least 12 characters and hard to guess. Several random words are easier to remember than odd characters; avoid a word with a year and exclamation marks.',
    'vault.setup.confirm': 'Repeat the passphrase',
    'vault.setup.submit': 'Create encrypted register',
    'vault.setup.working': 'Creating keys …',
    'vault.recovery.title': 'Your recovery key',
    'vault.recovery.intro':
      'If you forget the passphrase, this is the only way to reach the data, also when a backup is restored on a new computer. The key is shown only now.',
    'vault.recovery.instructions':
      'Write the key down or print this page and keep it locked away, for example in the company safe. Do not store it on this computer.',
    'vault.recovery.print': 'Print',
    'vault.recovery.confirmLabel':
      'Type the last four characters of the key to confirm you have saved it',
    'vault.recovery.confirmMismatch': 'The characters do not match the last group of the key.',
    'vault.recovery.continue': 'I have saved the key, continue',
    'vault.unlock.title': 'Unlock DPO Desk',
    'vault.unlock.passphrase': 'Passphrase',
    'vault.unlock.submit': 'Unlock',
    'vault.unlock.working': 'Unlocking …',
    'vault.unlock.useRecovery': 'I forgot the passphrase – use the recovery key',
    'vault.unlock.usePassphrase': 'Use the passphrase instead',
    'vault.unlock.recoveryKey': 'Recovery key',
    'vault.unlock.recoveryHint':
      '36 characters in groups of four. Hyphens and spaces do not matter.',
    'vault.unlock.reason.idle': 'The program was locked because it was not used for a while.',
    'vault.unlock.reason.lock-screen': 'The program was locked when the screen was locked.',
    'vault.unlock.reason.suspend': 'The program was locked when the computer went to sleep.',
    'vault.unlock.reason.user': 'The program is locked.',
    'vault.newPassphrase.title': 'Choose a new passphrase',
    'vault.newPassphrase.intro':
      'You unlocked with the recovery key. Choose a new passphrase before you continue; the recovery key stays valid.',
    'vault.newPassphrase.submit': 'Save new passphrase',
    'vault.lock': 'Lock',
    'vault.settings.title': 'Security',
    'vault.settings.change': 'Change passphrase',
    'vault.settings.current': 'Current passphrase',
    'vault.settings.new': 'New passphrase',
    'vault.settings.confirm': 'Repeat new passphrase',
    'vault.settings.changed': 'The passphrase was changed. The data is unchanged.',
    'vault.settings.idle': 'Lock automatically after (minutes without activity)',
    'vault.settings.idleHint':
      'Between 1 and 120 minutes. The program also locks when the screen locks or the computer sleeps.',
    'vault.settings.idleSaved': 'The automatic lock time was saved.',
    'vault.problem.tooShort': 'The passphrase must have at least 12 characters.',
    'vault.problem.tooLong': 'The passphrase is too long (at most 1024 characters).',
    'vault.problem.onlySpaces': 'The passphrase cannot be empty.',
    'vault.problem.tooSimple': 'The passphrase is too easy to guess.',
    'vault.strength.warning.straightRow': 'Keys in a row are easy to guess.',
    'vault.strength.warning.keyPattern': 'Short keyboard patterns are easy to guess.',
    'vault.strength.warning.simpleRepeat': 'Repeated characters like "aaa" are easy to guess.',
    'vault.strength.warning.extendedRepeat':
      'Repeated character patterns like "abcabcabc" are easy to guess.',
    'vault.strength.warning.sequences': 'Common sequences like "abc" and "123" are easy to guess.',
    'vault.strength.warning.recentYears': 'Recent years are easy to guess.',
    'vault.strength.warning.dates': 'Dates are easy to guess.',
    'vault.strength.warning.topTen': 'This is one of the ten most common passwords.',
    'vault.strength.warning.topHundred': 'This is one of the hundred most common passwords.',
    'vault.strength.warning.common': 'This is a common password.',
    'vault.strength.warning.similarToCommon': 'This is similar to a common password.',
    'vault.strength.warning.wordByItself': 'A single word is easy to guess.',
    'vault.strength.warning.namesByThemselves': 'A first name or surname is easy to guess.',
    'vault.strength.warning.commonNames': 'Common first names and surnames are easy to guess.',
    'vault.strength.warning.userInputs': 'Details about you or the organisation are easy to guess.',
    'vault.strength.warning.pwned': 'This password appears in lists of leaked passwords.',
    'vault.strength.warning.decoratedWord':
      'A common word with digits and symbols before or after it is the first thing an attacker tries.',
    'vault.strength.warning.commonWords':
      'Common words and names are easy to guess, also several in a row.',
    'vault.strength.suggestion.l33t': 'Replacing letters with look-alikes (@ for a) does not help.',
    'vault.strength.suggestion.reverseWords': 'Common words spelt backwards are easy to guess.',
    'vault.strength.suggestion.allUppercase': 'Capitalise some letters, not all.',
    'vault.strength.suggestion.capitalization':
      'A capital first letter makes almost no difference.',
    'vault.strength.suggestion.dates': 'Avoid dates and years connected to you.',
    'vault.strength.suggestion.recentYears': 'Avoid recent years.',
    'vault.strength.suggestion.associatedYears': 'Avoid years connected to you.',
    'vault.strength.suggestion.sequences': 'Avoid common character sequences.',
    'vault.strength.suggestion.repeated': 'Avoid repeated words and characters.',
    'vault.strength.suggestion.longerKeyboardPattern':
      'Use longer keyboard patterns that change direction several times.',
    'vault.strength.suggestion.anotherWord': 'Add more words that are less common.',
    'vault.strength.suggestion.useWords': 'Use several random words, not a known phrase.',
    'vault.strength.suggestion.noNeed':
      'A strong passphrase needs no symbols, digits or capital letters.',
    'vault.strength.suggestion.pwned': 'If you use this password elsewhere, change it there too.',
    'vault.suggest.button': 'Suggest a passphrase',
    'vault.suggest.shown':
      'Suggestion: {passphrase}. Write it down and keep it safe; it is filled in both fields.',
    'vault.weak.title': 'Change to a stronger passphrase',
    'vault.weak.intro':
      'Your passphrase is easy to guess. It protects the data on this computer and in every backup on the network share, where it can be tried without limit. Choose a new passphrase now; the data and the recovery key are not affected.',
    'vault.weak.submit': 'Change passphrase',
    'vault.weak.later': 'Continue without changing it (you will be asked again next time)',
    'vault.problem.mismatch': 'The passphrases are not the same.',
    'error.VAULT_WRONG_PASSPHRASE': 'Wrong passphrase. Try again.',
    'error.VAULT_WRONG_RECOVERY_KEY': 'This recovery key does not belong to this data.',
    'error.VAULT_RECOVERY_KEY_FORMAT':
      'A recovery key has 36 characters (digits and letters) in groups of four.',
    'error.VAULT_RECOVERY_KEY_CHECKSUM':
      'The key contains a typing error. Check it group by group.',
    'error.VAULT_KEYRING_INVALID': 'The key file is damaged. Restore from a backup.',
    'error.VAULT_KEYRING_FROM_FUTURE':
      'The data was created by a newer version of DPO Desk. Update the program.',
    'error.VAULT_KDF_TOO_WEAK': 'The key file was changed and is not accepted.',
    'error.VAULT_KDF_PARAMS_REFUSED':
      'The key file asks for a key derivation this version does not use. It may have been changed, or come from a newer version of DPO Desk.',
    'error.VAULT_KDF_BUSY': 'Another unlock is already running. Wait until it has finished.',
    'error.VAULT_LOCKED': 'The program is locked. Unlock it and try again.',
    'error.VAULT_RECORD_TAMPERED':
      'A record in the database was changed outside the program and cannot be read.',
    'error.VAULT_STORED_DATA_INVALID': 'A stored record has an unexpected format.'
  }
)
