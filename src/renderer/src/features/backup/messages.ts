import { defineMessages } from '../../lib/i18n/define'

export const backupMessages = defineMessages(
  {
    'backup.title': 'Säkerhetskopior',
    'backup.folder': 'Mapp för säkerhetskopior',
    'backup.folderNone':
      'Ingen mapp vald ännu. Välj en mapp på nätverksenheten, till exempel \\\\server\\dpo.',
    'backup.chooseFolder': 'Välj mapp …',
    'backup.automatic': 'Säkerhetskopiera automatiskt en gång per dygn när programmet är öppet',
    'backup.now': 'Säkerhetskopiera nu',
    'backup.last': 'Senaste kontrollerade säkerhetskopia: {when}',
    'backup.lastNone': 'Ingen säkerhetskopia har gjorts ännu.',
    'backup.progress.reading': 'Läser databasen …',
    'backup.progress.writing': 'Skriver {percent} % …',
    'backup.progress.verifying': 'Kontrollerar säkerhetskopian …',
    'backup.progress.restoring': 'Återställer {percent} % …',
    'backup.progress.checking': 'Kontrollerar de återställda uppgifterna …',
    'backup.done': 'Säkerhetskopian {name} är skriven och kontrollerad.',
    'backup.list': 'Säkerhetskopior i mappen',
    'backup.listEmpty': 'Mappen innehåller inga säkerhetskopior.',
    'backup.col.created': 'Skapad',
    'backup.col.size': 'Storlek',
    'backup.col.records': 'Ärenden',
    'backup.col.status': 'Status',
    'backup.verified': 'Kontrollerad',
    'backup.notVerified': 'Okänd (inte gjord här)',
    'backup.restore': 'Återställ',
    'backup.restoreFromFile': 'Återställ från fil …',
    'backup.prune': 'Rensa gamla',
    'backup.pruned':
      '{count, plural, one {# gammal säkerhetskopia togs bort} other {# gamla säkerhetskopior togs bort}} (7 dagliga, 4 veckovisa och 12 månatliga sparas).',
    'restore.title': 'Återställ från säkerhetskopia',
    'restore.fromSetup': 'Återställ från en säkerhetskopia (till exempel på en ny dator)',
    'restore.preview':
      'Säkerhetskopia från {created}, DPO Desk {version}: {cases, plural, one {# ärende} other {# ärenden}}, {subjects, plural, one {# registrerad} other {# registrerade}}.',
    'restore.warning':
      'Uppgifterna i säkerhetskopian ersätter de uppgifter som finns i programmet nu. Nuvarande uppgifter lämnas orörda om något går fel.',
    'restore.usePassphrase': 'Lösenfrasen som gällde när kopian gjordes',
    'restore.useRecovery': 'Återställningsnyckeln',
    'restore.secret': 'Lås upp säkerhetskopian med',
    'restore.start': 'Återställ',
    'restore.done':
      'Återställningen är klar och kontrollerad. Lås upp programmet med lösenfrasen eller återställningsnyckeln som hör till säkerhetskopian.',
    'restore.continue': 'Fortsätt till upplåsning',
    'restore.cancel': 'Avbryt',
    'error.BACKUP_NO_FOLDER': 'Välj först en mapp för säkerhetskopior.',
    'error.BACKUP_NOT_A_FOLDER': 'Det valda är ingen mapp.',
    'error.BACKUP_FOLDER_GONE':
      'Mappen för säkerhetskopior går inte att nå. Kontrollera att nätverksenheten är ansluten.',
    'error.BACKUP_SHARE_UNAVAILABLE':
      'Nätverksenheten svarar inte. Försök igen när anslutningen fungerar. Ingen halvfärdig fil ligger kvar.',
    'error.BACKUP_NO_SPACE':
      'Det finns inte plats för säkerhetskopian i mappen. Frigör utrymme och försök igen. Ingen halvfärdig fil ligger kvar.',
    'error.BACKUP_READ_ONLY': 'Mappen går bara att läsa. Välj en mapp där du får skriva.',
    'error.BACKUP_NO_ACCESS':
      'Du har inte behörighet att skriva i mappen. Be IT om skrivrätt eller välj en annan mapp.',
    'error.BACKUP_VERIFY_FAILED':
      'Säkerhetskopian gick inte att läsa tillbaka korrekt och räknas inte. Försök igen.',
    'error.BACKUP_FAILED': 'Säkerhetskopieringen misslyckades. Ingen halvfärdig fil ligger kvar.',
    'error.BACKUP_EXISTS': 'En fil med samma namn finns redan. Försök igen.',
    'error.BACKUP_UNKNOWN_SESSION': 'Säkerhetskopieringen avbröts. Försök igen.',
    'error.BACKUP_NOT_A_BACKUP': 'Filen är ingen säkerhetskopia från DPO Desk.',
    'error.BACKUP_FROM_FUTURE':
      'Säkerhetskopian är skapad av en nyare version av DPO Desk. Uppdatera programmet först.',
    'error.BACKUP_HEADER_DAMAGED':
      'Säkerhetskopians huvud är skadat. Välj en annan säkerhetskopia.',
    'error.BACKUP_CHUNK_DAMAGED':
      'Säkerhetskopian är skadad eller hör inte till de här nycklarna. Inget har återställts.',
    'error.BACKUP_TRUNCATED': 'Säkerhetskopian är ofullständig (avklippt). Inget har återställts.',
    'error.BACKUP_TRAILING_DATA':
      'Säkerhetskopian har extra data i slutet och godtas inte. Inget har återställts.',
    'error.BACKUP_CHECKSUM_MISMATCH':
      'Säkerhetskopians kontrollsumma stämmer inte. Inget har återställts.',
    'error.BACKUP_COUNT_MISMATCH':
      'Säkerhetskopian innehåller inte det den säger. Inget har återställts.',
    'error.BACKUP_DUPLICATE_ID': 'Säkerhetskopian innehåller dubbla poster. Inget har återställts.',
    'error.BACKUP_RECORD_DAMAGED': 'En post i säkerhetskopian är skadad. Inget har återställts.',
    'error.BACKUP_CHANGED_DURING_RESTORE':
      'Säkerhetskopian ändrades medan den återställdes (till exempel på nätverksenheten). Inget har återställts; försök igen.',
    'error.FILE_NO_SPACE': 'Det finns inte plats för filen. Frigör utrymme och försök igen.',
    'error.FILE_READ_ONLY': 'Mappen går bara att läsa. Välj en mapp där du får skriva.',
    'error.FILE_NO_ACCESS': 'Du har inte behörighet att skriva där. Välj en annan mapp.',
    'error.FILE_FOLDER_GONE': 'Mappen finns inte (längre). Välj en annan mapp.',
    'error.FILE_EXISTS': 'Det finns redan en fil med det namnet.',
    'error.FILE_WRITE_FAILED': 'Filen kunde inte sparas. Försök igen.',
    'error.BACKUP_RESTORE_CHECK_FAILED':
      'De återställda uppgifterna gick inte att kontrollera. Nuvarande uppgifter är orörda.'
  },
  {
    'backup.title': 'Backups',
    'backup.folder': 'Backup folder',
    'backup.folderNone':
      'No folder chosen yet. Choose a folder on the network share, for example \\\\server\\dpo.',
    'backup.chooseFolder': 'Choose folder …',
    'backup.automatic': 'Back up automatically once a day while the program is open',
    'backup.now': 'Back up now',
    'backup.last': 'Last verified backup: {when}',
    'backup.lastNone': 'No backup has been made yet.',
    'backup.progress.reading': 'Reading the database …',
    'backup.progress.writing': 'Writing {percent} % …',
    'backup.progress.verifying': 'Verifying the backup …',
    'backup.progress.restoring': 'Restoring {percent} % …',
    'backup.progress.checking': 'Checking the restored data …',
    'backup.done': 'The backup {name} was written and verified.',
    'backup.list': 'Backups in the folder',
    'backup.listEmpty': 'The folder holds no backups.',
    'backup.col.created': 'Created',
    'backup.col.size': 'Size',
    'backup.col.records': 'Cases',
    'backup.col.status': 'Status',
    'backup.verified': 'Verified',
    'backup.notVerified': 'Unknown (not made here)',
    'backup.restore': 'Restore',
    'backup.restoreFromFile': 'Restore from file …',
    'backup.prune': 'Remove old',
    'backup.pruned':
      '{count, plural, one {# old backup was removed} other {# old backups were removed}} (7 daily, 4 weekly and 12 monthly are kept).',
    'restore.title': 'Restore from backup',
    'restore.fromSetup': 'Restore from a backup (for example on a new computer)',
    'restore.preview':
      'Backup from {created}, DPO Desk {version}: {cases, plural, one {# case} other {# cases}}, {subjects, plural, one {# data subject} other {# data subjects}}.',
    'restore.warning':
      'The data in the backup replaces the data in the program now. The current data stays untouched if anything fails.',
    'restore.usePassphrase': 'The passphrase in use when the backup was made',
    'restore.useRecovery': 'The recovery key',
    'restore.secret': 'Unlock the backup with',
    'restore.start': 'Restore',
    'restore.done':
      'The restore is finished and checked. Unlock the program with the passphrase or recovery key that belongs to the backup.',
    'restore.continue': 'Continue to unlock',
    'restore.cancel': 'Cancel',
    'error.BACKUP_NO_FOLDER': 'Choose a backup folder first.',
    'error.BACKUP_NOT_A_FOLDER': 'What you chose is not a folder.',
    'error.BACKUP_FOLDER_GONE':
      'The backup folder cannot be reached. Check that the network share is connected.',
    'error.BACKUP_SHARE_UNAVAILABLE':
      'The network share does not answer. Try again when the connection works. No partial file was left.',
    'error.BACKUP_NO_SPACE':
      'There is no room for the backup in the folder. Free some space and try again. No partial file was left.',
    'error.BACKUP_READ_ONLY': 'The folder is read-only. Choose a folder you can write to.',
    'error.BACKUP_NO_ACCESS':
      'You may not write in the folder. Ask IT for write access or choose another folder.',
    'error.BACKUP_VERIFY_FAILED':
      'The backup did not read back correctly and does not count. Try again.',
    'error.BACKUP_FAILED': 'The backup failed. No partial file was left.',
    'error.BACKUP_EXISTS': 'A file with the same name already exists. Try again.',
    'error.BACKUP_UNKNOWN_SESSION': 'The backup was interrupted. Try again.',
    'error.BACKUP_NOT_A_BACKUP': 'The file is not a DPO Desk backup.',
    'error.BACKUP_FROM_FUTURE':
      'The backup was made by a newer version of DPO Desk. Update the program first.',
    'error.BACKUP_HEADER_DAMAGED': 'The backup header is damaged. Choose another backup.',
    'error.BACKUP_CHUNK_DAMAGED':
      'The backup is damaged or does not belong to these keys. Nothing was restored.',
    'error.BACKUP_TRUNCATED': 'The backup is incomplete (cut off). Nothing was restored.',
    'error.BACKUP_TRAILING_DATA':
      'The backup has extra data at the end and is refused. Nothing was restored.',
    'error.BACKUP_CHECKSUM_MISMATCH': 'The backup checksum does not match. Nothing was restored.',
    'error.BACKUP_COUNT_MISMATCH': 'The backup does not hold what it says. Nothing was restored.',
    'error.BACKUP_DUPLICATE_ID': 'The backup contains duplicate records. Nothing was restored.',
    'error.BACKUP_RECORD_DAMAGED': 'A record in the backup is damaged. Nothing was restored.',
    'error.BACKUP_CHANGED_DURING_RESTORE':
      'The backup changed while it was being restored (on the network share, for example). Nothing was restored; try again.',
    'error.FILE_NO_SPACE': 'There is no room for the file. Free some space and try again.',
    'error.FILE_READ_ONLY': 'The folder is read-only. Choose a folder you can write to.',
    'error.FILE_NO_ACCESS': 'You may not write there. Choose another folder.',
    'error.FILE_FOLDER_GONE': 'The folder does not exist (any more). Choose another folder.',
    'error.FILE_EXISTS': 'A file with that name already exists.',
    'error.FILE_WRITE_FAILED': 'The file could not be saved. Try again.',
    'error.BACKUP_RESTORE_CHECK_FAILED':
      'The restored data could not be checked. The current data is untouched.'
  }
)
