#!/usr/bin/env node
/**
 * Electronegativity in CI (issue 14 item 9). Scans `src` and the build output `out` with
 * @doyensec/electronegativity and fails when a finding is not in
 * `security/electronegativity-accepted.json` (each accepted finding carries its justification
 * and the test that proves the configuration), when an accepted finding no longer occurs (the
 * file must stay true), or when a file could not be parsed (a silent parse failure would hide
 * every finding in that file; the tool itself exits 0 in all these cases).
 *
 * The tool's parser predates ES2022 class syntax (static blocks, private fields) that the
 * bundles in `out` contain, so the bundles are scanned from a copy lowered to ES2021 with the
 * TypeScript compiler (syntax only; same behaviour). Offline: the tool's optional downloads
 * (translations, Electron release list) time out and are not needed; the check that compares
 * against the newest Electron releases is excluded because its answer would depend on the
 * network (Electron updates are a dependency-update matter, not a configuration finding).
 *
 * Usage: node security/electronegativity.mjs   (after `npm run build`)
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = require('@doyensec/electronegativity')
const ts = require('typescript')

/** `--src`, `--out` and `--accepted` point elsewhere (the script's own test uses fixtures). */
function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 && process.argv[index + 1] ? path.resolve(process.argv[index + 1]) : fallback
}
const SRC_DIR = argument('src', path.join(root, 'src'))
const OUT_DIR = argument('out', path.join(root, 'out'))
const ACCEPTED_FILE = argument(
  'accepted',
  path.join(root, 'security', 'electronegativity-accepted.json')
)
/** By the tool's check class names (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK). */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
).version

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return jsFiles(file)
    return /\.(c|m)?js$/.test(name) ? [file] : []
  })
}

/** A copy of `out` whose JavaScript is lowered to ES2021, for the tool's parser. */
function loweredCopyOfOut() {
  const out = OUT_DIR
  for (const required of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
    try {
      statSync(path.join(out, required))
    } catch {
      throw new Error(`out/${required} is missing: run "npm run build" first`)
    }
  }
  const copy = mkdtempSync(path.join(tmpdir(), 'dpo-electronegativity-'))
  cpSync(out, copy, { recursive: true })
  for (const file of jsFiles(copy)) {
    const source = readFileSync(file, 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        target: ts.ScriptTarget.ES2021,
        module: ts.ModuleKind.Preserve,
        allowJs: true,
        checkJs: false,
        removeComments: false
      },
      fileName: path.basename(file)
    })
    writeFileSync(file, outputText)
  }
  return copy
}

async function scan(target, input) {
  const result = await run({
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: []
  })
  const unparsed = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => `${target}/${path.relative(input, error.file)}: ${error.message}`)
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    target,
    file: issue.file,
    sample: String(issue.sample ?? '')
      .trim()
      .slice(0, 200),
    severity: issue.severity?.name ?? String(issue.severity),
    confidence: issue.confidence?.name ?? String(issue.confidence),
    line: issue.location?.line ?? 0,
    description: issue.description
  }))
  return { findings, unparsed }
}

/** A finding is identified by check, target, file and code sample (not the line, which moves). */
const keyOf = (entry) => `${entry.check}|${entry.target}|${entry.file}|${entry.sample}`

async function main() {
  const accepted = JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')).accepted
  for (const entry of accepted) {
    if (!entry.justification || !entry.provenBy)
      throw new Error(`Accepted finding without justification or proof: ${keyOf(entry)}`)
  }
  const lowered = loweredCopyOfOut()
  let findings = []
  let unparsed = []
  try {
    for (const [target, input] of [
      ['src', SRC_DIR],
      ['out', lowered]
    ]) {
      const result = await scan(target, input)
      findings = findings.concat(result.findings)
      unparsed = unparsed.concat(result.unparsed)
    }
  } finally {
    rmSync(lowered, { recursive: true, force: true })
  }

  const acceptedKeys = new Set(accepted.map(keyOf))
  const foundKeys = new Set(findings.map(keyOf))
  const fresh = findings.filter((finding) => !acceptedKeys.has(keyOf(finding)))
  const stale = accepted.filter((entry) => !foundKeys.has(keyOf(entry)))

  console.log(
    `Electronegativity ${require('@doyensec/electronegativity/package.json').version} on src and out (Electron ${electronVersion}): ` +
      `${findings.length} finding(s), ${findings.length - fresh.length} accepted in ${path.relative(root, ACCEPTED_FILE)}`
  )
  for (const finding of findings) {
    const mark = acceptedKeys.has(keyOf(finding)) ? 'accepted' : 'NEW'
    console.log(
      `  [${mark}] ${finding.check} ${finding.severity}|${finding.confidence} ${finding.target}/${finding.file}:${finding.line} ${finding.sample.slice(0, 80)}`
    )
  }
  let failed = false
  if (unparsed.length) {
    failed = true
    console.error('Files Electronegativity could not parse (their findings would be missing):')
    for (const line of unparsed) console.error(`  ${line}`)
  }
  if (fresh.length) {
    failed = true
    console.error(
      `${fresh.length} new finding(s): fix them, or add them with a justification and the test that proves the configuration to ${path.relative(root, ACCEPTED_FILE)}:`
    )
    for (const finding of fresh)
      console.error(
        `  ${JSON.stringify({ check: finding.check, target: finding.target, file: finding.file, sample: finding.sample })}`
      )
  }
  if (stale.length) {
    failed = true
    console.error('Accepted findings that no longer occur (remove them from the file):')
    for (const entry of stale) console.error(`  ${keyOf(entry)}`)
  }
  if (failed) process.exit(1)
  console.log('Electronegativity: no new findings.')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
