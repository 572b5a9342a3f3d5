/**
 * Writes a backup and kills its own process (SIGKILL, no cleanup) at the phase named in
 * CRASH_AT, as a power cut or a killed app would. Run by backup.test.ts with tsx.
 */
import { randomBytes } from 'node:crypto'
import { nodeBackupFs } from '../../src/main/services/backup/backupFs'
import { BackupWriter, type WriterPhase } from '../../src/main/services/backup/writer'
import { countRows, syntheticRows } from './backupFixtures'

const folder = process.argv[2]!
const crashAt = process.env['CRASH_AT'] as WriterPhase
const rows = syntheticRows(300, 5, 200_000)
const writer = new BackupWriter({
  fs: nodeBackupFs,
  folder,
  backupKey: new Uint8Array(randomBytes(32)),
  now: new Date(),
  chunkSize: 64 * 1024,
  header: {
    appVersion: 'test',
    schemaVersion: 1,
    keyring: {},
    counts: countRows(rows),
    sidecars: [],
    attachmentBytes: 0
  },
  onPhase: (phase) => {
    if (phase === crashAt) process.kill(process.pid, 'SIGKILL')
  }
})
async function main(): Promise<void> {
  await writer.start()
  for (let i = 0; i < rows.length; i += 50) await writer.appendRows(rows.slice(i, i + 50))
  await writer.finish([])
  console.log('finished without crashing')
}

void main()
