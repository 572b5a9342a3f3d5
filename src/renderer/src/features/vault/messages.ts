import { defineMessages } from '../../lib/i18n/define'

export const vaultMessages = defineMessages(
  {
    'vault.setup.title': 'Välkommen till DPO Desk',
    'vault.setup.intro':
      'Allt du registrerar krypteras på den här datorn. Välj en lösenfras som du använder för att låsa upp programmet. Den sparas ingenstans.',
    'vault.setup.passphrase': 'Lösenfras',
    'vault.setup.passphraseHint':
      'Minst 12 tecken. Flera ord är lättare att minnas än krångliga tecken, till exempel fyra slumpvisa ord.',
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
    'vault.settings.idleInvalid': 'Ange ett heltal mellan 1 och 120.',
    'vault.problem.tooShort': 'Lösenfrasen måste ha minst 12 tecken.',
    'vault.problem.tooLong': 'Lösenfrasen är för lång (högst 1024 tecken).',
    'vault.problem.onlySpaces': 'Lösenfrasen får inte vara tom.',
    'vault.problem.tooSimple': 'Lösenfrasen är för enkel att gissa. Välj flera ord.',
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
      'At least 12 characters. Several words are easier to remember than odd characters, for example four random words.',
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
    'vault.settings.idleInvalid': 'Enter a whole number from 1 to 120.',
    'vault.problem.tooShort': 'The passphrase must have at least 12 characters.',
    'vault.problem.tooLong': 'The passphrase is too long (at most 1024 characters).',
    'vault.problem.onlySpaces': 'The passphrase cannot be empty.',
    'vault.problem.tooSimple': 'The passphrase is too easy to guess. Use several words.',
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
    'error.VAULT_LOCKED': 'The program is locked. Unlock it and try again.',
    'error.VAULT_RECORD_TAMPERED':
      'A record in the database was changed outside the program and cannot be read.',
    'error.VAULT_STORED_DATA_INVALID': 'A stored record has an unexpected format.'
  }
)
