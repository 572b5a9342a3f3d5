// Reads vitest JSON reports and prints one closing line "N passed, N failed, N skipped".
// In CI every test must run: a skipped or todo test fails the run.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`ci-summary: report ${file} is missing (the suite did not run)`)
    process.exit(1)
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
if (failed > 0 || skipped > 0 || passed === 0) process.exit(1)
